import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startHarness, type Harness } from './harness';

// The honest-answers walk, in the real UI: a plan that cannot run shows no green tick; every catalog chip
// works in the editor; the field refuses a mistake before it becomes an undo step; a damaged recovery never
// stops the start.

let h: Harness;
beforeAll(async () => {
  h = await startHarness(4321);
}, 60_000);
afterAll(async () => h?.close());

const example = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, 'examples', `${name}.powerplan.json`), 'utf8')) as Record<
    string,
    unknown
  >;

async function ready(page: Page) {
  await page.goto(h.url);
  await page.getByTestId('card-runtime').waitFor();
}

async function openDoc(page: Page, doc: unknown, name = 'plan.powerplan.json') {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open').click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
}

const cardStatus = (page: Page, id: string) => page.getByTestId(`card-${id}`).getAttribute('data-status');

describe('no green tick on a plan that cannot run', () => {
  it('an 8B model that does not fit DX-M1: a red verdict in words, "—" on the load cards, no ✓', async () => {
    const page = await h.newPage();
    await ready(page);
    await openDoc(page, example('humanoid-8b-llm-does-not-fit'));
    const banner = page.getByTestId('verdict-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-feasibility')).toBe('infeasible');
    expect(await banner.textContent()).toMatch(/cannot run as written[\s\S]*do not fit DEEPX DX-M1/);
    for (const id of ['runtime', 'eol', 'years', 'charges']) {
      expect(await page.getByTestId(`card-${id}-value`).textContent()).toBe('—');
      expect(await cardStatus(page, id)).toBe('bad');
    }
    const cards = await page.locator('.cards').textContent();
    expect(cards).not.toContain('✓');
    expect(cards).toMatch(/infeasible/);
    // "Compare chips that fit": the comparison lists catalog chips with their verdicts; AGX Orin can run it.
    await page.getByTestId('verdict-compare-chips').click();
    const verdicts = page.getByTestId('compare-verdicts');
    await verdicts.waitFor({ timeout: 30_000 });
    const head = await page.locator('[data-testid="compare-table"] thead').textContent();
    expect(head).toContain('Jetson AGX Orin');
    expect(await verdicts.textContent()).toMatch(/cannot run[\s\S]*can run/);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it('a chip without published figures: an "enter figures" prompt and a field error, not a silent 0 W', async () => {
    const page = await h.newPage();
    await ready(page);
    await page.getByTestId('chip-npu').selectOption('deepx-dx-v1-v3');
    await page.getByTestId('chip-prompt-npu').waitFor();
    expect(await page.getByTestId('chip-prompt-npu').textContent()).toMatch(
      /no published power or compute figures/,
    );
    const errors = page.getByTestId('plan-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toMatch(/Device “npu” › Peak compute/);
    expect(await errors.textContent()).not.toContain('compute[0].peakTops');
    // Entering the figures makes it a plan again (unknown power → the answer tells so until entered).
    await page.getByTestId('tops-npu').fill('20');
    await page.getByTestId('tops-npu').press('Enter');
    await errors.waitFor({ state: 'detached' });
    expect(await page.getByTestId('verdict-banner').getAttribute('data-feasibility')).toBe('unknown');
    await page.getByTestId('verdict-enter-figures').click();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement)?.dataset.required)).toBe('1');
  });
});

describe('every catalog chip works in the plan editor', () => {
  it('DX-M2: claim-implied figures shown with their source, the plan runs, no error banner', async () => {
    const page = await h.newPage();
    await ready(page);
    await page.getByTestId('chip-npu').selectOption('deepx-dx-m2');
    await page.getByTestId('chip-target-npu').waitFor();
    expect(await page.getByTestId('plan-errors').count()).toBe(0);
    expect(await page.getByTestId('verdict-banner').count()).toBe(0);
    expect(await page.getByTestId('tops-npu').getAttribute('placeholder')).toBe('50');
    expect(await page.getByTestId('device-npu').textContent()).toMatch(/implied by the vendor's claim/);
    expect(Number(await page.getByTestId('card-runtime-value').getAttribute('data-value'))).toBeGreaterThan(
      7,
    );
    expect(await cardStatus(page, 'runtime')).toBe('ok');
  });
});

describe('editing mistakes', () => {
  it('a negative or zero duration is refused at the field: no commit, no undo step', async () => {
    const page = await h.newPage();
    await ready(page);
    for (const bad of ['-5', '0', 'abc']) {
      await page.getByTestId('segment-duration').fill(bad);
      await page.getByTestId('segment-duration').press('Enter');
      await page.locator('.field-error').first().waitFor();
      expect(await page.getByTestId('undo').isDisabled()).toBe(true);
      expect(await page.getByTestId('doc-title').textContent()).not.toContain('●');
    }
  });

  it('focusing a field and leaving it without typing changes nothing', async () => {
    const page = await h.newPage();
    await ready(page);
    const doc = example('optimus-class-dx-m1');
    (doc.battery as { pack: { energyWh: number } }).pack.energyWh = 2300.123456;
    await openDoc(page, doc);
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('[data-testid="pack-energy"]')?.value === '2300.123456',
    );
    await page.getByTestId('pack-energy').focus();
    await page.getByTestId('reserve').focus();
    await page.waitForTimeout(200);
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
    expect(await page.getByTestId('doc-title').textContent()).not.toContain('●');
  });

  it('a new workload has a name field and is switched on in the selected segment; its label follows the model', async () => {
    const page = await h.newPage();
    await ready(page);
    await page.getByTestId('segment-1').locator('.block-body').click();
    await page.getByTestId('new-workload-kind').selectOption('vision');
    await page.getByTestId('add-workload').click();
    const card = page.getByTestId('workload-vision1');
    await card.waitFor();
    expect(await page.getByTestId('workload-label-vision1').count()).toBe(1);
    expect(await page.getByTestId('workload-where-vision1').textContent()).toMatch(/runs in: Sitting/);
    const inspector = page.getByTestId('segment-inspector');
    expect(await inspector.getByLabel('YOLOv8n').isChecked()).toBe(true);
    await page.getByTestId('workload-model-vision1').selectOption('yolov8s');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="workload-vision1"] legend')?.textContent?.includes('YOLOv8s'),
    );
    await page.getByTestId('undo').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="workload-vision1"] legend')?.textContent?.includes('YOLOv8n'),
    );
  });

  it('a new segment inherits the compute loads of the one before', async () => {
    const page = await h.newPage();
    await ready(page);
    await page.getByTestId('segment-1').locator('.block-body').click();
    await page.getByTestId('add-segment').click();
    await page.getByTestId('segment-2').waitFor();
    const inspector = page.getByTestId('segment-inspector');
    expect(await inspector.getByLabel('Assistant LLM (Llama 3.2 3B, 4-bit)').isChecked()).toBe(true);
    expect(await inspector.getByLabel('Person detection (YOLOv8n, 15 fps)').isChecked()).toBe(true);
  });

  it('switching pack figures ↔ cells keeps the pack: chemistry, voltage, energy within a string, summary in both', async () => {
    const page = await h.newPage();
    await ready(page);
    const before = await page.getByTestId('pack-summary').textContent();
    await page.getByTestId('battery-mode').selectOption('cells');
    await page.getByTestId('cells-series').waitFor();
    const after = (await page.getByTestId('pack-summary').textContent())!;
    expect(before).toMatch(/2\.3 kWh/);
    expect(after).toMatch(/^14S\d+P/);
    const kwh = Number(/([\d.]+) kWh/.exec(after)![1]);
    expect(Math.abs(kwh - 2.3)).toBeLessThan(0.15);
    expect(await page.locator('select').first().inputValue()).toBe('NMC');
    expect(await page.getByTestId('plan-errors').count()).toBe(0);
  });
});

describe('opportunity charging', () => {
  it('a shift that never reaches the reserve says it is sustainable, and the chart can show one charge', async () => {
    const page = await h.newPage();
    await ready(page);
    const doc = example('wheeled-amr-lfp') as { dutyCycle: { repeat: unknown } };
    doc.dutyCycle.repeat = { mode: 'untilReserve' };
    const segs = (doc.dutyCycle as unknown as { segments: { durationMin?: number; kind: string }[] })
      .segments;
    segs[2]!.durationMin = 30;
    await openDoc(page, doc);
    const line = page.getByTestId('shift-line');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="shift-line"]')?.textContent?.includes('Sustainable'),
    );
    expect(await line.textContent()).toMatch(
      /Sustainable: .* each cycle ends at [\d.]+ % and dips to [\d.]+ %/,
    );
    await page.getByTestId('soc-view-runtime').click();
    expect(await page.getByTestId('soc-view-runtime').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('nothing a file can do to the user', () => {
  it('a damaged autosave never stops the start: the example opens, the raw text is offered', async () => {
    const page = await h.newPage();
    await page.context().addInitScript(() => {
      if (sessionStorage.getItem('pp-bad-autosave')) return;
      sessionStorage.setItem('pp-bad-autosave', '1');
      localStorage.setItem(
        'powerplan.autosave.v1',
        JSON.stringify({
          text: '{"format":"powerplan","version":1,"name":"\u001b"}',
          name: 'lost',
          savedAt: '2026-01-01',
        }),
      );
    });
    await ready(page);
    expect(await page.getByTestId('doc-title').textContent()).toContain('Optimus-class humanoid');
    const banner = page.getByTestId('banner');
    expect(await banner.textContent()).toMatch(/could not be opened/);
    expect(await page.getByTestId('banner-action').textContent()).toMatch(/Download the recovered text/);
    const download = page.waitForEvent('download');
    await page.getByTestId('banner-action').click();
    expect((await download).suggestedFilename()).toBe('recovered-unreadable.txt');
    // It was moved aside: the next start is clean.
    expect(await page.evaluate(() => localStorage.getItem('powerplan.autosave.v1'))).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('powerplan.autosave.corrupt'))).toContain('lost');
  });
});
