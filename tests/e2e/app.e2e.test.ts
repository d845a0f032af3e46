import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/plan/load';
import { simulate } from '../../src/sim/simulate';
import { runCli } from '../../src/cli/main';
import { badCorpus } from '../bad-corpus';
import { ROOT, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(4311);
}, 60_000);
afterAll(async () => h?.close());

const EXAMPLE = join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json');

async function cliRuntime(planPath: string): Promise<number> {
  let out = '';
  const code = await runCli(['simulate', planPath, '--json'], {
    out: (t) => (out += t),
    err: () => undefined,
  });
  expect(code).toBe(0);
  return JSON.parse(out).runtimeHours;
}

async function runtimeShown(page: Page): Promise<number> {
  return Number(await page.getByTestId('card-runtime-value').getAttribute('data-value'));
}

async function setNumber(page: Page, testId: string, value: string) {
  const input = page.getByTestId(testId);
  await input.fill(value);
  await input.press('Enter');
}

describe('the app in Chromium (web mode)', () => {
  it('opens on the example and shows the runtime the CLI gives for the same plan', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.getByTestId('card-runtime').waitFor();
    expect(await page.getByTestId('doc-title').textContent()).toContain('Optimus-class humanoid');
    expect(await runtimeShown(page)).toBeCloseTo(await cliRuntime(EXAMPLE), 9);
    // Remarks read as prose; their code is data on the item, not text.
    const remark = page.locator('[data-testid="remarks"] li[data-code="CHARGE_TARGET_MISSED"]');
    expect(await remark.textContent()).toMatch(/Charging from the reserve to full takes 1 h 21 min/);
  });

  it('changing the pack energy changes the runtime to the value the CLI gives', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.getByTestId('card-runtime').waitFor();
    const before = await runtimeShown(page);
    await setNumber(page, 'pack-energy', '3 kWh');
    await page.waitForFunction(
      (b) =>
        Number(document.querySelector('[data-testid="card-runtime-value"]')?.getAttribute('data-value')) !==
        b,
      before,
    );
    const dir = mkdtempSync(join(tmpdir(), 'pp-e2e-'));
    const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    doc.battery.pack.energyWh = 3000;
    const file = join(dir, 'bigger.powerplan.json');
    writeFileSync(file, JSON.stringify(doc));
    expect(await runtimeShown(page)).toBeCloseTo(await cliRuntime(file), 9);
    expect(await page.getByTestId('doc-title').textContent()).toContain('●');
  });

  it('adds a segment, resizes it by dragging (one undo step), and undoes/redoes', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.getByTestId('card-runtime').waitFor();
    const steps = () => page.getByTestId('steps').locator('li').allTextContents();
    expect(await steps()).toHaveLength(2);
    await page.getByTestId('add-segment').click();
    expect(await steps()).toHaveLength(3);
    expect((await steps())[1]).toMatch(/15 min/);
    const handle = page.getByTestId('segment-handle-1');
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let dx = 10; dx <= 120; dx += 10)
      await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2);
    await page.mouse.up();
    const resized = (await steps())[1]!;
    expect(resized).not.toMatch(/ 15 min/);
    const minutes = Number(/(\d+) min/.exec(resized)![1]);
    expect(minutes).toBeGreaterThan(15);
    // The whole drag is one undo step: undo brings back 15 min; a second undo removes the segment.
    await page.getByTestId('undo').click();
    expect((await steps())[1]).toMatch(/15 min/);
    await page.getByTestId('undo').click();
    expect(await steps()).toHaveLength(2);
    await page.getByTestId('redo').click();
    await page.getByTestId('redo').click();
    expect((await steps())[1]).toContain(`${minutes} min`);
    // Keyboard undo outside text fields.
    await page.locator('body').click({ position: { x: 5, y: 900 } });
    await page.keyboard.press('Control+z');
    expect((await steps())[1]).toMatch(/15 min/);
  });

  it('switches to Korean at run time', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.getByTestId('card-runtime').waitFor();
    await page.getByTestId('lang-toggle').click();
    expect(await page.getByTestId('card-runtime').textContent()).toContain('1회 충전 운용 시간');
    expect(await page.getByTestId('tab-compare').textContent()).toBe('비교');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
  });

  it('compares two chips side by side', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('swap-chip').selectOption('jetson-orin-nx-16gb');
    const table = page.getByTestId('compare-table');
    // The chip joins the plan's four scenarios as a column.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="compare-table"] thead .col-name').length === 5,
      undefined,
      { timeout: 30_000 },
    );
    expect(await table.locator('[data-testid="compare-col-0"]').textContent()).toBe('Base');
    const names = await table.locator('thead .col-name').allTextContents();
    expect(names.at(-1)).toBe('NVIDIA Jetson Orin NX 16GB');
    const text = await table.textContent();
    expect(text).toContain('Runtime per charge');
    expect(await table.locator('td.worse').count()).toBeGreaterThan(0);
  });

  it('opening an invalid file shows the error and keeps the current plan', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.getByTestId('card-runtime').waitFor();
    const before = await runtimeShown(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('open').click();
    const bad = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    bad.battery.pack.energyWh = -5;
    await (
      await chooser
    ).setFiles({
      name: 'broken.powerplan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const banner = page.getByTestId('banner');
    await banner.waitFor();
    // The field in words ("Battery › Pack energy"), not its JSON path.
    expect(await banner.textContent()).toMatch(
      /Could not open broken\.powerplan\.json[\s\S]*Battery › Pack energy/,
    );
    expect(await banner.textContent()).not.toContain('battery.pack.energyWh');
    expect(await runtimeShown(page)).toBe(before);
    expect(await page.getByTestId('doc-title').textContent()).toContain('Optimus-class humanoid');
  });

  it('opening each hostile file shows an error naming it, keeps the plan, and the app stays responsive', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.getByTestId('card-runtime').waitFor();
    const before = await runtimeShown(page);
    const title = await page.getByTestId('doc-title').textContent();
    const banner = page.getByTestId('banner');
    const corpus = badCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(14);
    for (const [name, path] of corpus) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('open').click();
      const started = Date.now();
      await (await chooser).setFiles(path);
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid="banner"]')?.textContent?.includes(n) ?? false,
        name,
        { timeout: 10_000 },
      );
      expect(Date.now() - started, name).toBeLessThan(5_000);
      const text = (await banner.textContent()) ?? '';
      // A reason beyond the file's name: the field path or what is wrong with the file.
      expect(text.replace(name, '').length, name).toBeGreaterThan(30);
      expect(await runtimeShown(page), name).toBe(before);
      expect(await page.getByTestId('doc-title').textContent(), name).toBe(title);
    }
    // Still the same live document: an edit recomputes.
    await setNumber(page, 'pack-energy', '3 kWh');
    await page.waitForFunction(
      (b) =>
        Number(document.querySelector('[data-testid="card-runtime-value"]')?.getAttribute('data-value')) !==
        b,
      before,
    );
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  }, 180_000);

  it('the example plan in the UI equals the model run directly', async () => {
    const r = parsePlanText(readFileSync(EXAMPLE, 'utf8'));
    if (!r.ok) throw new Error('example invalid');
    const page = await h.newPage();
    await page.goto(h.url);
    await page.getByTestId('card-charge').waitFor();
    expect(Number(await page.getByTestId('card-charge-value').getAttribute('data-value'))).toBeCloseTo(
      simulate(r.plan).chargeTimeToFullHours!,
      9,
    );
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
