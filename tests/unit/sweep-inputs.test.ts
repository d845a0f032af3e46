import { describe, expect, it } from 'vitest';
import { checkSweep, linspace, runSweepSync, sweepInputs } from '../../src/analysis/sweep';
import { describePath } from '../../src/plan/describe-path';
import { fieldAt } from '../../src/plan/field-registry';
import { EXAMPLES, readExample } from './plan-helpers';

// The sweep's picker offers the plan's physical inputs from the field registry, each with a range a sweep can
// run, named in words in both languages (never a JSON path).

describe('sweep inputs', () => {
  for (const file of EXAMPLES) {
    const plan = readExample(file);
    const inputs = sweepInputs(plan);

    it(`${plan.name}: every input is an analysable registry field whose suggested range sweeps`, () => {
      expect(inputs.length).toBeGreaterThan(10);
      for (const x of inputs) {
        expect(fieldAt(x.path)?.analysable, x.path).toBe(true);
        expect(x.suggested.from).toBeLessThan(x.suggested.to);
        const values = linspace(x.suggested.from, x.suggested.to, 3).map((v) =>
          fieldAt(x.path) && /parallel|series/.test(x.path) ? Math.round(v) : v,
        );
        expect(
          checkSweep(plan, { axes: [{ path: x.path, values }], outputs: ['runtimeHours'] }),
          x.path,
        ).toEqual([]);
      }
    });

    it(`${plan.name}: inputs read as words in English and Korean`, () => {
      for (const x of inputs) {
        for (const lang of ['en', 'ko'] as const) {
          const label = describePath(plan, x.path, lang);
          expect(label, x.path).not.toMatch(/\[\d+\]|\.[a-z]+[A-Z]/);
        }
        expect(describePath(plan, x.path, 'ko')).toMatch(/[\uac00-\ud7a3]/);
      }
    });
  }

  it("the example's pack energy and its chip's catalog power are offered; sweeping the power moves the runtime", () => {
    const plan = readExample(EXAMPLES[0]!);
    const inputs = sweepInputs(plan);
    expect(inputs.find((x) => x.path === 'battery.pack.energyWh')?.value).toBe(plan.battery.pack!.energyWh);
    const chip = inputs.find((x) => x.path === 'compute[0].maxPowerW')!;
    expect(chip.from).toBe('catalog');
    const r = runSweepSync(plan, {
      axes: [{ path: chip.path, values: [chip.suggested.from, chip.suggested.to] }],
      outputs: ['runtimeHours'],
    });
    const [low, high] = r.values.runtimeHours!;
    expect(low!).toBeGreaterThan(high!);
  });
});
