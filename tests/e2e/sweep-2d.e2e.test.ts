import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linspace, runSweepSync } from '../../src/analysis/sweep';
import { planSchema } from '../../src/plan/schema';
import { ROOT, startHarness, type Harness } from './harness';

// The sweep tab over two inputs: pack energy × walking power on the example plan, drawn as a heatmap with the
// target line and the base plan, the same numbers as the model, exported as CSV; the grid's size editable,
// the run cancellable; in Korean too.

let h: Harness;
beforeAll(async () => {
  h = await startHarness(4351);
}, 60_000);
afterAll(async () => h?.close());

const ENERGY = 'battery.pack.energyWh';
const WALKING = 'robot.activities[1].powerW';
const plan = planSchema.parse(
  JSON.parse(readFileSync(join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json'), 'utf8')),
);

async function openSweep(page: Page) {
  await page.goto(h.url);
  await page.getByTestId('card-runtime').waitFor();
  await page.getByTestId('tab-sweep').click();
  await page.getByTestId('sweep-view').waitFor();
}

/** Pick the two inputs and wait for the map of n × m cells. */
async function sweepTwo(page: Page, n = 12, m = 12) {
  await page.getByTestId('sweep-path').selectOption(ENERGY);
  await page.getByTestId('sweep-path-2').selectOption(WALKING);
  await waitForCells(page, n * m);
}

async function waitForCells(page: Page, count: number) {
  await page.waitForFunction(
    (c) =>
      document.querySelectorAll('[data-testid="heatmap-cell"]').length === c &&
      !document.querySelector('[data-testid="progress"]'),
    count,
    { timeout: 30_000 },
  );
}

describe('a 2-D sweep in the app', () => {
  it('pack energy × walking power: a 12 × 12 heatmap of the model’s runtimes, the target line, the base plan, CSV', async () => {
    const page = await h.newPage();
    await openSweep(page);
    await sweepTwo(page);
    const map = page.getByTestId('heatmap');
    expect(await map.getAttribute('data-nx')).toBe('12');
    expect(await map.getAttribute('data-ny')).toBe('12');
    expect(await page.getByTestId('heatmap-cell').count()).toBe(144);

    // The same runtimes as the model over the same grid (the suggested ranges: ±50 % of 2.3 kWh and 500 W).
    const r = runSweepSync(plan, {
      axes: [
        { path: ENERGY, values: linspace(1150, 3450, 12) },
        { path: WALKING, values: linspace(250, 750, 12) },
      ],
      outputs: ['runtimeHours'],
    });
    for (const [i, j] of [
      [0, 0],
      [5, 7],
      [11, 11],
      [3, 10],
    ] as const) {
      const v = await page
        .locator(`[data-testid="heatmap-cell"][data-i="${i}"][data-j="${j}"]`)
        .getAttribute('data-value');
      expect(Number(v)).toBeCloseTo(r.values.runtimeHours![i * 12 + j]!, 9);
    }

    // The 5 h runtime target's line, and the base plan at 2.3 kWh, 500 W.
    const contour = page.getByTestId('heatmap-contour');
    expect(Number(await contour.getAttribute('data-segments'))).toBeGreaterThan(3);
    expect(await contour.locator('path').first().getAttribute('d')).toMatch(/^M/);
    const base = page.getByTestId('heatmap-base');
    expect(await base.getAttribute('data-x')).toBe('2300');
    expect(await base.getAttribute('data-y')).toBe('500');
    expect(await base.isVisible()).toBe(true);
    expect(await page.getByTestId('heatmap-x-label').textContent()).toContain('Battery › Pack energy (Wh)');
    expect(await page.getByTestId('heatmap-y-label').textContent()).toContain(
      'Activity “Walking” › Power (W)',
    );
    const legend = (await page.getByTestId('heatmap-legend').textContent()) ?? '';
    expect(legend).toContain('Runtime per charge (h)');
    expect(legend).toContain('Target line: Runtime per charge ≥ 5 h');
    const summary = (await page.getByTestId('heatmap-summary').textContent()) ?? '';
    expect(summary).toContain('12 × 12 = 144 points');
    const met = r.feasibility.filter((f, k) => f === 'feasible' && r.values.runtimeHours![k]! >= 5).length;
    expect(summary).toContain(`${met} of 144 points meet the target`);

    // Hovering a cell: its inputs, value and verdict.
    await page.locator('[data-testid="heatmap-cell"][data-i="11"][data-j="0"]').hover({ force: true });
    const tip = (await page.getByTestId('heatmap-tip').textContent()) ?? '';
    expect(tip).toContain('Battery › Pack energy (Wh): 3,450');
    expect(tip).toContain('The plan can run here');
    expect(tip).toContain('meets target');

    // The CSV: one row per grid point, the inputs and the output in words with their units.
    const download = page.waitForEvent('download');
    await page.getByTestId('sweep-csv').click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(145);
    expect(lines[0]).toContain('Battery › Pack energy (Wh)');
    expect(lines[0]).toContain('Activity “Walking” › Power (W)');
    expect(lines[0]).toContain('Runtime per charge (h)');
    expect(lines[0]).toContain('feasibility');
    expect((page as Page & { errors?: string[] }).errors ?? []).toEqual([]);
  });

  it('the grid’s size is editable, any output can colour it, and a point where the plan cannot run is hatched with its reason', async () => {
    const page = await h.newPage();
    await openSweep(page);
    await sweepTwo(page);
    await page.getByTestId('sweep-points-2').fill('6');
    await page.getByTestId('sweep-points-2').press('Enter');
    await waitForCells(page, 72);
    // Walking up to 6 kW: more than the pack's 2C can give on the small packs.
    await page.getByTestId('sweep-to-2').fill('6000');
    await page.getByTestId('sweep-to-2').press('Enter');
    await waitForCells(page, 72);
    expect(await page.getByTestId('sweep-gaps').textContent()).toMatch(/hatched/);
    const infeasible = page.locator('[data-testid="heatmap-cell"][data-feasibility="infeasible"]');
    expect(await infeasible.count()).toBeGreaterThan(0);
    expect(await infeasible.first().getAttribute('data-status')).toBe('missed');
    await infeasible.first().hover({ force: true });
    const tip = (await page.getByTestId('heatmap-tip').textContent()) ?? '';
    expect(tip).toContain('The plan cannot run here');
    expect(tip).toMatch(/C/); // the reason: the current above the pack's rating

    // Any output: the charge time against its 30 min target (≤ 0.5 h).
    await page.getByTestId('sweep-output').selectOption('chargeTimeToFullHours');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="heatmap-legend"]')
        ?.textContent?.includes('Charge time (reserve → full) (h)'),
    );
    // Charging from the reserve takes over 30 min on every pack here: no point meets it, so no line.
    expect(await page.getByTestId('heatmap-summary').textContent()).toContain(
      '0 of 72 points meet the target (Charge time (reserve → full) ≤ 0.5 h)',
    );
    expect(await page.getByTestId('heatmap-contour').count()).toBe(0);
    // Back to one input: the line chart.
    await page.getByTestId('sweep-path-2').selectOption('');
    await page.waitForFunction(() => !document.querySelector('[data-testid="heatmap"]'));
    expect(await page.getByTestId('sweep-output').count()).toBe(0);
  });

  it('a large grid shows its progress and can be cancelled: the points not reached are left blank', async () => {
    const page = await h.newPage();
    await openSweep(page);
    await sweepTwo(page);
    await page.getByTestId('sweep-points').fill('60');
    await page.getByTestId('sweep-points').press('Enter');
    await waitForCells(page, 60 * 12);
    await page.getByTestId('sweep-points-2').fill('60');
    await page.getByTestId('sweep-points-2').press('Enter');
    const progress = page.getByTestId('progress');
    await page.waitForFunction(() =>
      /of 3,?600/.test(document.querySelector('[data-testid="progress"]')?.textContent ?? ''),
    );
    await progress.getByRole('button').click();
    await page.getByText('Cancelled.').waitFor();
    await waitForCells(page, 3600);
    expect(await page.locator('[data-testid="heatmap-cell"][data-feasibility=""]').count()).toBeGreaterThan(
      0,
    );
    expect(await page.getByTestId('heatmap-legend').textContent()).toContain('Not run');
  });

  it('in Korean: the axes, the legend and the summary', async () => {
    const page = await h.newPage({ lang: 'ko' });
    await openSweep(page);
    await sweepTwo(page);
    expect(await page.getByTestId('heatmap-x-label').textContent()).toContain('배터리 › 팩 에너지 (Wh)');
    expect(await page.getByTestId('heatmap-y-label').textContent()).toContain('동작 “Walking” › 전력 (W)');
    const legend = (await page.getByTestId('heatmap-legend').textContent()) ?? '';
    expect(legend).toContain('1회 충전 운용 시간 (시간)');
    expect(legend).toContain('목표선');
    expect(legend).toContain('기준 계획');
    expect(await page.getByTestId('heatmap-summary').textContent()).toContain('144개 점');
  });
});
