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
    expect(cards).toMatch(/Cannot run: this plan cannot run as written/);
    // The charges card says nothing of how the charges would split; the charts say they are no answer; no
    // remark tells how long it would have run or how long it would last.
    expect(await page.getByTestId('card-charges').textContent()).not.toMatch(/at the reserve|full cycles/);
    expect(await page.getByTestId('chart-not-answer').count()).toBe(4);
    expect(await page.getByTestId('shift-line').count()).toBe(0);
    const remarks = await page.getByTestId('remarks').textContent();
    expect(remarks).not.toMatch(/80 % state of health in|short of the|Runtime .* is below/);
    expect(remarks).not.toMatch(/[A-Z]+_[A-Z_]+/); // no remark codes in the prose
    // "Compare chips that fit": only chips that can run it are columns; the others are listed with why.
    await page.getByTestId('verdict-compare-chips').click();
    const verdicts = page.getByTestId('compare-verdicts');
    await verdicts.waitFor({ timeout: 30_000 });
    const head = await page.locator('[data-testid="compare-table"] thead').textContent();
    expect(head).toContain('Jetson AGX Orin');
    const cells = await verdicts.locator('td').allTextContents();
    expect(cells[0]).toMatch(/cannot run/);
    expect(cells.length).toBeGreaterThan(1);
    for (const c of cells.slice(1)) expect(c).toMatch(/^✓ can run/);
    // The base cannot run: no runtime in its column and no change against it anywhere.
    const table = await page.getByTestId('compare-table').textContent();
    expect(table).not.toMatch(/[▲▼]/);
    const leftOut = await page.getByTestId('compare-left-out').textContent();
    expect(leftOut).toMatch(/✗ NVIDIA Jetson Orin NX 16GB — cannot run it: .*memory bandwidth/);
    expect(leftOut).toMatch(/✗ Google Coral Edge TPU — cannot run it: .*has no off-chip memory/);
    expect(leftOut).toMatch(
      /\? Apple M4 Neural Engine \(SoC\) — figures missing: .*no published power figure/,
    );
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it('a chip without published figures: an "enter figures" prompt and a field error, not a silent 0 W', async () => {
    const page = await h.newPage();
    await ready(page);
    await page.getByTestId('chip-npu').selectOption('deepx-dx-v1-v3');
    const prompt = page.getByTestId('chip-prompt-npu');
    await prompt.waitFor();
    expect(await prompt.textContent()).toMatch(/still needs Idle power, Max power; Peak compute/);
    const errors = page.getByTestId('plan-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toMatch(
      /Device “DEEPX DX-V1 \/ DX-V3 \(vision SoCs\)” › Peak compute/,
    );
    expect(await errors.textContent()).toMatch(/runs "Person detection \(YOLOv8n, 15 fps\)"/);
    expect(await errors.textContent()).not.toContain('compute[0].peakTops');
    // The last valid plan's figures stay on screen, greyed, stamped, and with no verdict: no ✓ for DX-M1's
    // answer under DX-V1's name, and no remark that names the old chip.
    await page.getByTestId('cards-stale').waitFor();
    for (const id of ['runtime', 'charge', 'charges', 'years', 'eol'])
      expect(await cardStatus(page, id)).toBe('none');
    expect(await page.locator('.cards').textContent()).not.toMatch(/[✓✗]/);
    expect(await page.getByTestId('remarks').count()).toBe(0);
    expect(await page.getByTestId('verdict-banner').count()).toBe(0);
    // Entering the compute figure makes it a plan again, unknown until its power is entered.
    await page.getByTestId('tops-npu').fill('20');
    await page.getByTestId('tops-npu').press('Enter');
    await errors.waitFor({ state: 'detached' });
    expect(await page.getByTestId('verdict-banner').getAttribute('data-feasibility')).toBe('unknown');
    expect(await cardStatus(page, 'runtime')).toBe('unknown');
    await page.getByTestId('verdict-enter-figures').click();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement)?.dataset.required)).toBe('1');
    // A maximum power alone is not its power: the idle power is still asked for.
    await page.getByTestId('max-power-npu').fill('5');
    await page.getByTestId('max-power-npu').press('Enter');
    await page.waitForFunction(() =>
      /still needs Idle power; Memory bandwidth; Memory capacity/.test(
        document.querySelector('[data-testid="chip-prompt-npu"]')?.textContent ?? '',
      ),
    );
    expect(await page.getByTestId('card-runtime-value').textContent()).toMatch(/^≤ /);
    // With its power entered, the answer still lacks the memory figures its LLM needs — and says exactly so.
    const idle = page.getByTestId('device-npu').locator('input[data-required="1"]').first();
    await idle.fill('0.5');
    await idle.press('Enter');
    await page.waitForFunction(() =>
      /still needs Memory bandwidth; Memory capacity/.test(
        document.querySelector('[data-testid="chip-prompt-npu"]')?.textContent ?? '',
      ),
    );
    expect(await page.getByTestId('verdict-banner').getAttribute('data-feasibility')).toBe('unknown');
    expect(await page.getByTestId('ai-summary').textContent()).toMatch(/memory share unknown/);
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
    // Feasible, but on a target chip's claimed figures: said above the cards.
    expect(await page.getByTestId('verdict-provisional').textContent()).toMatch(
      /provisional[\s\S]*DEEPX DX-M2 \(target, gen-AI\) is not on sale/,
    );
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
    // The closest whole-cell build is not the pack exactly: the switch says what it changed.
    expect(await page.getByTestId('build-change').textContent()).toMatch(
      /closest build of whole catalog cells is 14S\d+P: [\d.]+ kWh \([+−][\d.]+ %\), [\d.]+ mΩ \(was 47 mΩ\)/,
    );
    // And switching straight back restores the pack as it was: the same summary, the same runtime.
    const runtimeBefore = await page.getByTestId('card-runtime-value').getAttribute('data-value');
    await page.getByTestId('battery-mode').selectOption('pack');
    await page.getByTestId('pack-energy').waitFor();
    expect(await page.getByTestId('pack-summary').textContent()).toBe(before);
    await page.waitForFunction(
      (v) => document.querySelector('[data-testid="card-runtime-value"]')?.getAttribute('data-value') !== v,
      runtimeBefore,
    );
    expect(await page.getByTestId('card-runtime-value').textContent()).toBe('8 h 03 min');
  });
});

describe('analyses withhold an answer the plan cannot give', () => {
  it('while the plan has a problem, the What-if tabs are stamped as its last valid version and apply nothing', async () => {
    const page = await h.newPage();
    await ready(page);
    await page.getByTestId('tab-sizing').click();
    await page.getByTestId('apply-size').waitFor({ timeout: 30_000 });
    await page.getByTestId('tab-plan').click();
    await page.getByTestId('chip-npu').selectOption('deepx-dx-v1-v3');
    await page.getByTestId('plan-errors').waitFor();
    await page.getByTestId('tab-sizing').click();
    expect(await page.getByTestId('whatif-stale').textContent()).toMatch(
      /Not an answer for the plan as it stands/,
    );
    await page.getByTestId('apply-size').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('apply-size').isDisabled()).toBe(true);
    await page.getByTestId('tab-compare').click();
    expect(await page.getByTestId('whatif-stale').count()).toBe(1);
  });

  it('sizing and sensitivity on a plan whose AI does not fit: the reasons, no pack to apply, no tornado', async () => {
    const page = await h.newPage();
    await ready(page);
    await openDoc(page, example('humanoid-8b-llm-does-not-fit'));
    await page.getByTestId('verdict-banner').waitFor();
    await page.getByTestId('tab-sizing').click();
    const blocked = page.getByTestId('analysis-blocked');
    await blocked.waitFor({ timeout: 30_000 });
    expect(await blocked.textContent()).toMatch(/cannot run as written\. No pack size changes that\./);
    expect(await page.getByTestId('apply-size').count()).toBe(0);
    await page.getByTestId('tab-sensitivity').click();
    await page.getByTestId('analysis-blocked').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('analysis-blocked').textContent()).toMatch(/do not fit DEEPX DX-M1/);
    expect(await page.locator('.recharts-bar-rectangle').count()).toBe(0);
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
