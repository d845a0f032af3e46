import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withChip } from '../../src/plan/edits';
import { validatePlan } from '../../src/plan/load';
import { resolvePlan } from '../../src/plan/resolve';
import { ROOT, startHarness, type Harness } from './harness';

// Runtimes and power modes in the real UI: the device card offers the chip's modes and the runtimes, the AI
// line names what the prediction assumes and gives the rate the model gives, and Compare sets the modes side
// by side.

let h: Harness;
beforeAll(async () => {
  h = await startHarness(4331);
}, 60_000);
afterAll(async () => h?.close());

const EXAMPLE = join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json');

/** The assistant's fastest decode rate as the model gives it for the example with the NPU changed. */
function modelRate(device: Record<string, unknown>): number {
  const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  const { preset, ...rest } = device;
  doc.compute[0] = { ...withChip(doc.compute[0], preset as string), ...rest };
  const r = validatePlan(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const a = resolvePlan(r.plan).aiAnalyses.find((x) => x.workloadId === 'assistant')!;
  return a.inference!.maxTokensPerS!;
}

/** The rate the AI line shows ("at most N tok/s"). */
async function shownRate(page: Page): Promise<number> {
  const text = (await page.getByTestId('ai-inference').first().textContent()) ?? '';
  const m = /at most ([\d.,]+) tok\/s/.exec(text);
  if (!m) throw new Error(`no rate in "${text}"`);
  return Number(m[1]!.replace(/,/g, ''));
}

async function inferenceText(page: Page, expected: RegExp) {
  await page.waitForFunction(
    (src) => new RegExp(src).test(document.querySelector('[data-testid="ai-inference"]')?.textContent ?? ''),
    expected.source,
  );
  return (await page.getByTestId('ai-inference').first().textContent()) ?? '';
}

const sig3 = (x: number) => Number(x.toPrecision(3));

describe('runtimes and power modes in the editor', () => {
  it('a Jetson brings its power modes; 7 W slows the assistant as the model says; a runtime switch names itself', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.getByTestId('card-runtime').waitFor();
    // DX-M1 has no power modes, and its LLM line names DEEPX's runtime.
    expect(await page.getByTestId('power-mode-npu').count()).toBe(0);
    expect(await inferenceText(page, /DX-RT/)).toMatch(/DX-RT/);

    await page.getByTestId('chip-npu').selectOption('jetson-orin-nano-8gb-super');
    await page.getByTestId('power-mode-npu').waitFor();
    await inferenceText(page, /llama\.cpp/);
    const reference = await shownRate(page);
    expect(reference).toBeCloseTo(sig3(modelRate({ preset: 'jetson-orin-nano-8gb-super' })), 6);

    await page.getByTestId('power-mode-npu').selectOption('7W');
    const slow = await inferenceText(page, /7 W/);
    expect(slow).toMatch(/llama\.cpp/);
    const slowRate = await shownRate(page);
    expect(slowRate).toBeCloseTo(
      sig3(modelRate({ preset: 'jetson-orin-nano-8gb-super', powerMode: '7W' })),
      6,
    );
    expect(reference / slowRate).toBeGreaterThan(2);

    await page.getByTestId('device-runtime-npu').selectOption('mlc-llm');
    await inferenceText(page, /MLC/);
    expect(await shownRate(page)).toBeCloseTo(
      sig3(modelRate({ preset: 'jetson-orin-nano-8gb-super', powerMode: '7W', runtime: 'mlc-llm' })),
      6,
    );

    // Each choice is one undo step: undo the runtime, then the mode.
    await page.getByTestId('undo').click();
    await inferenceText(page, /llama\.cpp/);
    await page.getByTestId('undo').click();
    await page.waitForFunction(
      () => !/7 W/.test(document.querySelector('[data-testid="ai-inference"]')?.textContent ?? ''),
    );
    expect(await shownRate(page)).toBeCloseTo(reference, 6);
  });

  it("the workload's own runtime and weight format override the device's", async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.getByTestId('card-runtime').waitFor();
    await page.getByTestId('chip-npu').selectOption('jetson-orin-nano-8gb-super');
    await inferenceText(page, /llama\.cpp/);
    await page.getByTestId('workload-runtime-assistant').selectOption('tensorrt-edge-llm');
    const text = await inferenceText(page, /TensorRT/);
    expect(text).not.toMatch(/llama\.cpp/);
    await page.getByTestId('workload-format-assistant').selectOption('awq-int4');
    await inferenceText(page, /AWQ/);
    expect(await shownRate(page)).toBeCloseTo(sig3(modelRateWithWorkload()), 6);
  });

  it('Compare sets the power modes side by side', async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.getByTestId('card-runtime').waitFor();
    await page.getByTestId('chip-npu').selectOption('jetson-orin-nano-8gb-super');
    await page.getByTestId('power-mode-npu').waitFor();
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('mode-scenarios').click();
    // The modes join the plan's four scenarios as columns.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="compare-table"] thead .col-name').length === 7,
      undefined,
      { timeout: 30_000 },
    );
    const names = await page.locator('[data-testid="compare-table"] thead .col-name').allTextContents();
    expect(names.slice(-3)).toEqual(['25 W mode', '15 W mode', '7 W mode']);
  });
});

/** The assistant on an Orin Nano Super with TensorRT Edge-LLM and AWQ INT4 named on the workload. */
function modelRateWithWorkload(): number {
  const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  doc.compute[0] = withChip(doc.compute[0], 'jetson-orin-nano-8gb-super');
  const w = doc.workloads[0];
  delete w.bitsPerWeight;
  doc.workloads[0] = { ...w, runtime: 'tensorrt-edge-llm', quantisation: 'awq-int4' };
  const r = validatePlan(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return resolvePlan(r.plan).aiAnalyses.find((x) => x.workloadId === 'assistant')!.inference!.maxTokensPerS!;
}
