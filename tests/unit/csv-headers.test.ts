import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, runSweepSync, sensitivity, swapChipScenario } from '../../src/analysis';
import { planSchema, type Plan, type PlanInput } from '../../src/plan/schema';
import { comparisonToCsv, sensitivityToCsv, sweepToCsv } from '../../src/report/csv';
import { ROOT } from './plan-helpers';

// CSV column names come from the registries: outputs by their names and units, inputs in words.

const plan: Plan = planSchema.parse(
  JSON.parse(readFileSync(join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json'), 'utf8')) as PlanInput,
);
const header = (csv: string) => csv.split('\n')[0]!;

describe('CSV headers', () => {
  it('a sweep names its input in words with its unit and its outputs by name and unit', () => {
    const r = runSweepSync(plan, {
      axes: [{ path: 'battery.pack.energyWh', values: [2000, 2500] }],
      outputs: ['runtimeHours', 'yearsTo80PercentSoH'],
    });
    expect(header(sweepToCsv(r))).toBe(
      'Battery › Pack energy (Wh),Runtime per charge (h),Years to 80 % state of health (years),feasibility',
    );
  });

  it('a sensitivity study keeps the path and adds the input in words; its outputs say the step', () => {
    const s = sensitivity(plan, { output: 'runtimeHours', deltaPercent: 10 });
    const csv = sensitivityToCsv(s);
    expect(header(csv)).toBe(
      'input,input_name,base_input,low_input,high_input,Runtime per charge (h) at −10 %,Runtime per charge (h) at +10 %,swing,low_na,high_na',
    );
    const walking = csv.split('\n').find((l) => l.startsWith('robot.activities[1].powerW,'));
    expect(walking).toContain('Activity “Walking” › Power');
  });

  it('a comparison names its rows by the output registry', () => {
    const c = compare(plan, [swapChipScenario('npu', 'deepx-dx-m2')]);
    const rows = comparisonToCsv(c)
      .split('\n')
      .map((l) => l.split(',')[0]);
    expect(rows).toContain('Runtime per charge');
    expect(rows).toContain('Years to 80 % state of health');
  });
});
