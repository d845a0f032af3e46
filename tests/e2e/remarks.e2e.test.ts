import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/plan/load';
import { simulate } from '../../src/sim/simulate';
import { renderPhrase } from '../../src/text/phrase';
import { ROOT, startHarness, type Harness } from './harness';

// Remarks as data in the real UI: they read in the reader's language, and a remark whose cure is a plan edit
// offers it as an Apply button that makes one undo step.

let h: Harness;
beforeAll(async () => {
  h = await startHarness(4333);
}, 60_000);
afterAll(async () => h?.close());

const SPOT = join(ROOT, 'examples', 'spot-quadruped.powerplan.json');

async function openFile(page: Page, path: string) {
  await page.goto(h.url);
  await page.getByTestId('card-runtime').waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open').click();
  await (await chooser).setFiles(path);
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="doc-title"]')?.textContent?.includes('Spot'),
  );
}

const runtimeShown = async (page: Page) =>
  Number(await page.getByTestId('card-runtime-value').getAttribute('data-value'));

describe('remarks in the UI', () => {
  it('a short runtime offers a bigger pack; Apply sets it in one undo step and the runtime rises', async () => {
    const page = await h.newPage();
    await openFile(page, SPOT);
    const doc = validatePlan(JSON.parse(readFileSync(SPOT, 'utf8')));
    if (!doc.ok) throw new Error('example invalid');
    const w = simulate(doc.plan).warnings.find((x) => x.code === 'RUNTIME_BELOW_TARGET')!;
    const change = w.fix!.changes[0]!;
    expect(change.op === 'set' && change.path).toBe('battery.pack.energyWh');

    const button = page.getByTestId('fix-RUNTIME_BELOW_TARGET');
    expect(await button.textContent()).toBe(`Apply: ${renderPhrase(w.fix!.label, 'en')}`);
    const before = await runtimeShown(page);
    await button.click();
    await page.waitForFunction(
      (b) =>
        Number(document.querySelector('[data-testid="card-runtime-value"]')?.getAttribute('data-value')) > b,
      before,
    );
    const value = change.op === 'set' ? (change.value as number) : NaN;
    expect(Number((await page.getByTestId('pack-energy').inputValue()).replace(/[^\d.]/g, ''))).toBe(value);
    expect(await page.getByTestId('undo').getAttribute('title')).toContain(renderPhrase(w.fix!.label, 'en'));
    await page.getByTestId('undo').click();
    await page.waitForFunction(
      (b) =>
        Number(document.querySelector('[data-testid="card-runtime-value"]')?.getAttribute('data-value')) ===
        b,
      before,
    );
  });

  it('in Korean, the remarks and the fix read in Korean, with no code in the text', async () => {
    const page = await h.newPage();
    await openFile(page, SPOT);
    await page.getByTestId('lang-toggle').click();
    const remarks = page.getByTestId('remarks');
    await page.waitForFunction(() =>
      /운용 시간/.test(document.querySelector('[data-testid="remarks"]')?.textContent ?? ''),
    );
    const text = (await remarks.textContent()) ?? '';
    expect(text).toMatch(/목표/);
    expect(text).toMatch(/적용: 팩을 .* kWh로 키우기/);
    expect(text).not.toMatch(/RUNTIME_BELOW_TARGET|is below the|Sizing finds/);
  });
});

describe('Report / PDF from the app', () => {
  it('asks for paper, language and contents, and the report holds the plan’s scenarios and the sensitivity in Korean', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.getByTestId('card-runtime').waitFor();
    await page.getByTestId('tab-compare').click();
    // The seed chips the example lacks join its four scenarios.
    await page.getByTestId('seed-scenarios').click();
    await page.getByTestId('compare-table').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Report / PDF' }).click();
    const dialog = page.getByTestId('export-pdf-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('pdf-plan-scenarios').textContent()).toMatch(/the plan's 6 scenarios/);
    await page.getByTestId('pdf-lang').selectOption('ko');
    await page.getByTestId('pdf-paper').selectOption('letter');
    await page.getByTestId('pdf-sensitivity').check();
    const popup = page.context().waitForEvent('page');
    await page.getByTestId('pdf-export').click();
    const report = await popup;
    expect(report.url()).toMatch(/#\/report\?paper=letter&lang=ko/);
    await report.waitForFunction(() => document.body.dataset.reportReady === '1', undefined, {
      timeout: 60_000,
    });
    const text = (await report.getByTestId('report').textContent()) ?? '';
    expect(text).toContain('시나리오');
    expect(text).toContain('운용 시간 민감도');
    // The plan's scenarios, by the names they have in the plan.
    expect(text).toContain('DX-M2 target');
    expect(text).toContain('Jetson Orin NX 16GB');
    expect(text).toContain('목표 대비 결과');
    expect(await page.getByTestId('export-pdf-dialog').count()).toBe(0);
  });

  it('Cancel closes the dialog without exporting', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.getByTestId('card-runtime').waitFor();
    await page.getByRole('button', { name: 'Report / PDF' }).click();
    // The example's scenarios are in the report; there is no other comparison to choose.
    expect(await page.getByTestId('pdf-plan-scenarios').textContent()).toMatch(/the plan's 4 scenarios/);
    expect(await page.getByTestId('pdf-comparison').count()).toBe(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('export-pdf-dialog').count()).toBe(0);
    expect(page.context().pages()).toHaveLength(1);
  });
});
