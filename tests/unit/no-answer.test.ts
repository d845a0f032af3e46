import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compare,
  evaluateAnswer,
  runSweepSync,
  screenChips,
  sensitivity,
  sizeForTargets,
  swapChipScenario,
} from '../../src/analysis';
import { runCli } from '../../src/cli/main';
import { describePath } from '../../src/plan/describe-path';
import { buildChange, packToCells } from '../../src/plan/edits';
import { planSchema, type Plan, type PlanInput } from '../../src/plan/schema';
import { sweepToCsv } from '../../src/report/csv';
import { unknownDeviceFigures } from '../../src/sim/device-figures';
import { simulate, simulateRuntimeAnswer } from '../../src/sim/simulate';
import { isHypotheticalRemark } from '../../src/sim/verdict';
import { makeI18n } from '../../renderer/i18n';
import { ROOT } from './plan-helpers';

// What a plan with no answer shows everywhere: no figure of a plan that cannot run passes for an answer, in
// the summary, the remarks, compare, sizing, sensitivity and sweep; a chip with no figure is never "better";
// a target chip's claimed figures are said to be claims; and the advice is right for the plan it is given.

const example = (name: string): PlanInput =>
  JSON.parse(readFileSync(join(ROOT, 'examples', `${name}.powerplan.json`), 'utf8')) as PlanInput;
const parse = (doc: PlanInput): Plan => planSchema.parse(doc);
const EIGHT_B = () => example('humanoid-8b-llm-does-not-fit');
const OPTIMUS = () => example('optimus-class-dx-m1');

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
const TMP = mkdtempSync(join(tmpdir(), 'pp-no-answer-'));
let n = 0;
function writeTmp(doc: unknown): string {
  const p = join(TMP, `plan-${n++}.powerplan.json`);
  writeFileSync(p, JSON.stringify(doc));
  return p;
}

/** The Optimus example with its pack rated for `c` C of continuous discharge. */
function ratedAt(c: number): PlanInput {
  const doc = OPTIMUS();
  (doc.battery.pack as { maxDischargeCRate: number }).maxDischargeCRate = c;
  return doc;
}

describe('a pack driven past its current rating cannot run', () => {
  it('0.2C on a pack that peaks at 0.26C: infeasible, in words that say "pack", and simulate exits 3', async () => {
    const r = simulate(parse(ratedAt(0.2)));
    expect(r.peakCRate).toBeGreaterThan(0.2);
    expect(r.feasibility).toBe('infeasible');
    const reason = r.infeasibleReasons.find((x) => x.code === 'DISCHARGE_C_RATE_EXCEEDED')!;
    // I = P_peak / V at the peak, over the rated capacity: the same figures the message prints.
    expect(reason.message).toMatch(/the pack is rated for 0\.2C, so its protection would cut the load off/);
    expect(reason.message).not.toMatch(/the cell/);
    expect(r.targetStatus.find((t) => t.id === 'runtime')!.because).toBe('infeasible');
    const { code, out } = await cli('simulate', writeTmp(ratedAt(0.2)));
    expect(code).toBe(3);
    expect(out).not.toContain('✓');
    // At 2C the same pack is fine.
    expect(simulate(parse(ratedAt(2))).feasible).toBe(true);
  });

  it('with cells, the message names the cell and the parallel strings that would carry the peak', () => {
    const doc = OPTIMUS();
    doc.battery = packToCells(doc.battery);
    doc.battery.cells!.cell.maxDischargeCRate = 0.1;
    const r = simulate(parse(doc));
    const msg = r.infeasibleReasons.find((x) => x.code === 'DISCHARGE_C_RATE_EXCEEDED')!.message;
    const p = doc.battery.cells!.parallel;
    const need = Math.ceil((p * r.peakCRate) / 0.1);
    expect(msg).toMatch(/the cell is rated for 0\.1C/);
    expect(msg).toContain(`${doc.battery.cells!.series}S${need}P`);
  });

  it('sizing cures it: the sized pack keeps its peak within the rating and runs', () => {
    const plan = parse(ratedAt(0.2));
    const s = sizeForTargets(plan, { runtimeHours: 5 });
    expect(s.blockedBy).toBeNull();
    expect(s.feasible).toBe(true);
    expect(s.peakCRate!).toBeLessThanOrEqual(0.2 * (1 + 1e-9));
    expect(simulate(s.plan!).feasible).toBe(true);
  });
});

describe('a plan that cannot run gives no advice about how long it would have run', () => {
  it('the 8B plan: no runtime, lifetime, shift or ageing remark; the infeasible reasons and the charge remark stay', () => {
    const r = simulate(parse(EIGHT_B()));
    const codes = r.warnings.map((w) => w.code);
    expect(codes.filter(isHypotheticalRemark)).toEqual([]);
    expect(codes).toEqual(expect.arrayContaining(['AI_MEMORY_TOO_SMALL', 'CHARGE_TARGET_MISSED']));
    // The same plan on a chip that fits keeps them (its lifetime misses 3 years).
    const doc = EIGHT_B();
    doc.compute = [{ id: 'npu', preset: 'jetson-agx-orin-64gb' }];
    const fits = simulate(parse(doc));
    expect(fits.feasible).toBe(true);
    expect(fits.warnings.map((w) => w.code)).toContain('LIFETIME_BELOW_TARGET');
  });

  it('simulate prints "—" with the figure as if it could run, and no ✓ or ✗ on the load-dependent targets', async () => {
    const { code, out } = await cli(
      'simulate',
      join(ROOT, 'examples', 'humanoid-8b-llm-does-not-fit.powerplan.json'),
    );
    expect(code).toBe(3);
    const line = (k: string) => out.split('\n').find((l) => l.startsWith(k))!;
    // The headline rows read as the app's cards: no figure, a ✗ and why; the detail rows give the figures
    // "if it could run", labelled.
    expect(line('Runtime per charge')).toBe(
      'Runtime per charge             ✗ — · target ≥ 5 h · Cannot run: this plan cannot run as written',
    );
    expect(line('Years to 80 %')).toMatch(/✗ — · target ≥ 3 years · Cannot run/);
    expect(line('Charges per day')).toMatch(/✗ — · Cannot run/);
    expect(line('Energy')).toMatch(/— cannot run as written \(if it could: locomotion/);
    expect(out).not.toContain('✓');
    // The charge time depends on the pack and charger alone: it keeps its verdict.
    expect(line('Charge time')).toMatch(
      /^Charge time \(reserve → full\)\s+✗ 1 h 21 min · .* · target ≤ 30 min$/,
    );
  });
});

describe('the fast verdict is the full verdict', () => {
  it('simulateRuntimeAnswer reads the same feasibility as simulate on the examples and the hard cases', () => {
    const docs = [OPTIMUS(), EIGHT_B(), ratedAt(0.2), example('wheeled-amr-lfp'), example('spot-quadruped')];
    const noPower = OPTIMUS();
    noPower.compute = [{ id: 'npu', preset: 'deepx-dx-v1-v3', peakTops: 10 }];
    docs.push(noPower);
    for (const d of docs) {
      const plan = parse(d);
      const full = simulate(plan, { skipSeries: true, skipLifetime: true });
      const fast = simulateRuntimeAnswer(plan);
      expect(fast.feasibility).toBe(full.feasibility);
      expect(fast.runtimeHours).toBeCloseTo(full.runtimeHours!, 12);
    }
  });

  it('evaluateAnswer gives no load-dependent figure of a plan that cannot run, but keeps the charge time', () => {
    const plan = parse(EIGHT_B());
    expect(evaluateAnswer(plan, 'runtimeHours')).toEqual({ value: null, feasibility: 'infeasible' });
    expect(evaluateAnswer(plan, 'yearsTo80PercentSoH').value).toBeNull();
    const charge = evaluateAnswer(plan, 'chargeTimeToFullHours');
    expect(charge.value).toBeCloseTo(simulate(plan).chargeTimeToFullHours!, 12);
  });
});

describe('compare: no figure, no change and no colour for a column that cannot run or lacks a figure', () => {
  it('an infeasible base: no deltas on load-dependent rows; a chip that fits shows its answers', () => {
    const c = compare(parse(EIGHT_B()), [swapChipScenario('npu', 'jetson-agx-orin-64gb', 'AGX')]);
    const [base, agx] = c.columns;
    expect(base!.feasibility).toBe('infeasible');
    expect(base!.cells.runtimeHours).toMatchObject({ value: null, status: 'infeasible', delta: null });
    expect(agx!.cells.runtimeHours!.value).toBeGreaterThan(5);
    expect(agx!.cells.runtimeHours!.delta).toBeNull(); // nothing to change from
    // The charge time is the pack's and the charger's: the same in both, an answer in both.
    expect(base!.cells.chargeTimeToFullHours!.status).toBe('value');
    expect(agx!.cells.chargeTimeToFullHours!.delta).toBe(0);
  });

  it('a device with no power figure: "unknown", never 0 W and never better than the base', () => {
    const c = compare(parse(OPTIMUS()), [
      {
        name: 'no power',
        changes: [
          {
            op: 'set',
            path: 'compute[0]',
            value: {
              id: 'npu',
              preset: 'deepx-dx-v1-v3',
              peakTops: 25,
              memory: { bandwidthGBps: 50, capacityGB: 8 },
            },
          },
        ],
      },
    ]);
    const col = c.columns[1]!;
    expect(col.feasibility).toBe('unknown');
    for (const key of ['computeAveragePowerW', 'runtimeHours', 'packMassForTargetKg'] as const) {
      expect(col.cells[key]).toMatchObject({ value: null, status: 'unknown', delta: null, better: null });
    }
  });

  it('compare --seed prints "— (cannot run)" for a column that cannot run, and no change against a base that cannot', async () => {
    const { out } = await cli(
      'compare',
      join(ROOT, 'examples', 'humanoid-8b-llm-does-not-fit.powerplan.json'),
      '--seed',
    );
    const runtime = out.split('\n').find((l) => l.startsWith('Runtime per charge'))!;
    expect(runtime).toMatch(/^Runtime per charge\s+— \(cannot run\)\s+[\d.]+ h ✓\s+— \(cannot run\)/);
    // No change figure anywhere (the legend under the table names the arrows; no cell carries one).
    expect(out).not.toMatch(/\([+−][^)]*\)/);
  });

  it('a claim-implied chip is feasible but provisional, in compare and in the CLI summary', async () => {
    const c = compare(parse(OPTIMUS()), [swapChipScenario('npu', 'deepx-dx-m2', 'DX-M2')]);
    expect(c.columns[0]!.caveats).toEqual([]);
    expect(c.columns[1]!.feasibility).toBe('feasible');
    expect(c.columns[1]!.caveats[0]!.message).toMatch(
      /not on sale: its power, compute, memory bandwidth and memory size are implied by the vendor's published claims/,
    );
    const { code, out } = await cli(
      'simulate',
      join(ROOT, 'examples', 'optimus-class-dx-m2-target.powerplan.json'),
    );
    expect(code).toBe(0);
    expect(out).toMatch(/^PROVISIONAL: this answer rests on figures that are claimed, not measured:$/m);
  });
});

describe('"chips that fit"', () => {
  it('the 8B assistant: the fit list runs it; the rest are left out with the reason, unknowns apart', () => {
    const plan = parse(EIGHT_B());
    const s = screenChips(plan, 'npu');
    const presets = (list: { changes: { op: string; preset?: string }[] }[]) =>
      list.map((x) => x.changes[0]!.preset);
    expect(presets(s.fit)).toContain('jetson-agx-orin-64gb');
    expect(presets(s.fit)).not.toContain('deepx-dx-m1'); // the plan's own chip is the base
    const nx = s.cannot.find((x) => x.preset === 'jetson-orin-nx-16gb')!;
    expect(nx.reasons.map((r) => r.code)).toContain('AI_BANDWIDTH_EXCEEDED');
    // Coral keeps its weights on chip: 4 GB of them cannot be there.
    expect(s.cannot.map((x) => x.preset)).toContain('google-coral-edge-tpu');
    expect(s.unknown.map((x) => x.preset)).toContain('mobilint-aries-mla100');
    // Every chip in the fit list is a feasible column of the comparison.
    const c = compare(plan, s.fit);
    for (const col of c.columns.slice(1)) expect(col.feasibility).toBe('feasible');
  });
});

describe('sizing, sensitivity and sweep withhold what the plan cannot answer', () => {
  it('sizing an AI payload that does not fit: blocked with the reasons, exit 3', async () => {
    const s = sizeForTargets(parse(EIGHT_B()), { runtimeHours: 5, lifetimeYears: 3 });
    expect(s.feasible).toBe(false);
    expect(s.blockedBy?.feasibility).toBe('infeasible');
    expect(s.blockedBy!.reasons.map((r) => r.code)).toContain('AI_MEMORY_TOO_SMALL');
    expect(s.plan).toBeNull();
    const { code, out } = await cli(
      'size',
      join(ROOT, 'examples', 'humanoid-8b-llm-does-not-fit.powerplan.json'),
    );
    expect(code).toBe(3);
    expect(out).toMatch(/Infeasible: no pack makes this plan run: .*do not fit DEEPX DX-M1/);
  });

  it('sizing with a charge target no charger meets: the size, and says the charge target is not met', () => {
    const s = sizeForTargets(parse(OPTIMUS()), { runtimeHours: 5, chargeTimeMin: 30 });
    expect(s.feasible).toBe(true);
    expect(s.chargeTargetReachable).toBe(false);
    expect(s.charger!.requiredPowerW).toBeNull();
  });

  it('sensitivity of a plan that cannot run: no bars, its reasons; the CLI exits 3', async () => {
    const s = sensitivity(parse(EIGHT_B()));
    expect(s.bars).toEqual([]);
    expect(s.baseOutput).toBeNull();
    expect(s.blockedBy!.feasibility).toBe('infeasible');
    const { code, out } = await cli(
      'sensitivity',
      join(ROOT, 'examples', 'humanoid-8b-llm-does-not-fit.powerplan.json'),
    );
    expect(code).toBe(3);
    expect(out).toMatch(/no answer — the plan cannot run as written/);
  });

  it('a perturbation that makes the plan infeasible is a side with no value, and says why', () => {
    // 0.27C rating, peak 0.26C: −10 % on the rating crosses it.
    const s = sensitivity(parse(ratedAt(0.27)));
    const bar = s.bars.find((b) => b.path === 'battery.pack.maxDischargeCRate')!;
    expect(bar.outputLow).toBeNull();
    expect(bar.lowNa).toBe('infeasible');
    expect(bar.highNa).toBeNull();
  });

  it("a sweep across the current rating: gaps where the plan cannot run, with each point's verdict in the CSV", () => {
    const plan = parse(OPTIMUS());
    const r = runSweepSync(plan, {
      axes: [{ path: 'battery.pack.maxDischargeCRate', values: [0.1, 0.2, 0.3, 1] }],
      outputs: ['runtimeHours', 'chargeTimeToFullHours'],
    });
    expect(r.feasibility).toEqual(['infeasible', 'infeasible', 'feasible', 'feasible']);
    expect(r.values.runtimeHours!.slice(0, 2)).toEqual([null, null]);
    expect(r.values.runtimeHours![2]).toBeGreaterThan(5);
    // The charge time does not depend on the loads: a value at every point.
    expect(r.values.chargeTimeToFullHours!.every((v) => v !== null)).toBe(true);
    const csv = sweepToCsv(r).split('\n');
    expect(csv[0]).toBe(
      'Battery › Max discharge rate (C),Runtime per charge (h),Charge time (reserve → full) (h),feasibility',
    );
    expect(csv[1]).toMatch(/^0\.1,,[\d.]+,infeasible$/);
  });
});

describe('advice that fits the plan it is given', () => {
  it('an LFP pack is not told that LFP lasts longer', () => {
    const r = simulate(parse(example('wheeled-amr-lfp')));
    const life = r.warnings.find((w) => w.code === 'LIFETIME_BELOW_TARGET');
    expect(life?.message).toBeDefined();
    expect(life!.message).not.toMatch(/LFP/);
    const nmc = simulate(parse(OPTIMUS())).warnings.find((w) => w.code === 'LIFETIME_BELOW_TARGET')!;
    expect(nmc.message).toMatch(/LFP cells last longer/);
  });

  it('an unreachable charge target names no C-rate the pack does not have and no file field', () => {
    const r = simulate(parse(OPTIMUS()));
    const m = r.warnings.find((w) => w.code === 'CHARGE_TARGET_MISSED')!.message;
    expect(m).toMatch(/whatever the charger and the cells' charge rating/);
    expect(m).not.toMatch(/20C|maxSocPercent/);
  });

  it("the ageing model's depth-of-discharge note reads as a sentence", () => {
    const r = simulate(parse(OPTIMUS()));
    const m = r.warnings.find((w) => w.code === 'AGEING_DOD_OUT_OF_RANGE')!.message;
    expect(m).toMatch(
      /was fitted at 100 % depth of discharge only; this plan cycles 90 % deep a day, so its life figure is an extrapolation\./,
    );
  });
});

describe('the editor asks for exactly what the answer lacks', () => {
  it('DX-V1 with power and compute entered: its LLM still needs memory bandwidth and capacity', () => {
    const doc = OPTIMUS();
    doc.compute = [{ id: 'npu', preset: 'deepx-dx-v1-v3', idlePowerW: 1, maxPowerW: 5, peakTops: 20 }];
    const r = simulate(parse(doc));
    expect(r.feasibility).toBe('unknown');
    expect(unknownDeviceFigures(r, 'npu').sort()).toEqual(['memoryBandwidthGBps', 'memoryCapacityGB']);
    doc.compute = [
      { id: 'npu', preset: 'deepx-dx-v1-v3', peakTops: 20, memory: { bandwidthGBps: 30, capacityGB: 8 } },
    ];
    expect(unknownDeviceFigures(simulate(parse(doc)), 'npu')).toEqual(['power']);
  });

  it('an unnamed device is named by its chip in messages', () => {
    const doc = OPTIMUS();
    expect(describePath(doc, 'compute[0].peakTops', 'en')).toBe(
      'Device “DEEPX DX-M1 (M.2 module)” › Peak compute',
    );
  });
});

describe('pack figures ↔ cells: the change is measured, not silent', () => {
  it('the Optimus pack as 14S10P LG M50LT cells: +5.2 % energy, 47 → 21 mΩ', () => {
    const doc = OPTIMUS();
    const before = planSchema.parse(doc).battery;
    const after = planSchema.parse({ ...doc, battery: packToCells(doc.battery) }).battery;
    const ch = buildChange(before, after);
    expect(ch.after.configuration).toBe('14S10P');
    // 14 × 10 × 4.8 Ah × 3.6 V = 2 419.2 Wh against 2 300 Wh.
    expect(ch.after.energyKWh).toBeCloseTo(2.4192, 9);
    expect(ch.energyPercent).toBeCloseTo((2419.2 / 2300 - 1) * 100, 9);
    // 14 × 15 mΩ / 10 = 21 mΩ against 47 mΩ.
    expect(ch.after.resistanceMilliOhm).toBeCloseTo(21, 9);
    expect(ch.changed).toBe(true);
    expect(buildChange(before, before).changed).toBe(false);
  });
});

describe("numbers read as counts, years and hours in the reader's language", () => {
  it('counts are whole when whole; small year changes read as days; Korean hours are 시간', () => {
    const en = makeI18n('en');
    const ko = makeI18n('ko');
    expect(en.count(2)).toBe('2');
    expect(en.count(22.000000000001)).toBe('22');
    expect(en.count(1.75)).toBe('1.8');
    expect(en.years(-0.0496)).toBe('−18 days');
    expect(ko.years(2.53)).toBe('2.53년');
    expect(ko.hours(1.35)).toBe('1.35 시간');
    expect(ko.hours(0.5)).toBe('30 분');
  });
});

describe('a second walk: what the first fixes missed', () => {
  it('a chip with no published power: an idle power alone, or a maximum alone, leaves its power unknown', () => {
    const doc = OPTIMUS();
    const figures = { peakTops: 20, memory: { bandwidthGBps: 30, capacityGB: 8 } };
    doc.compute = [{ id: 'npu', preset: 'deepx-dx-v1-v3', idlePowerW: 0.3, ...figures }];
    const idleOnly = simulate(parse(doc));
    expect(idleOnly.feasibility).toBe('unknown');
    expect(idleOnly.unknownReasons[0]!.message).toMatch(/has no maximum power .* Enter its maximum power\./);
    expect(idleOnly.figuresAreBounds).toBe(true);
    doc.compute = [{ id: 'npu', preset: 'deepx-dx-v1-v3', maxPowerW: 5, ...figures }];
    expect(simulate(parse(doc)).unknownReasons[0]!.message).toMatch(/has no idle power/);
    doc.compute = [{ id: 'npu', preset: 'deepx-dx-v1-v3', idlePowerW: 0.3, maxPowerW: 5, ...figures }];
    expect(simulate(parse(doc)).feasibility).toBe('feasible');
  });

  it('a charge segment lasts its planned time: 25 min of docking per 1.25 h cycle, 16 cycles in 20 h', () => {
    const doc = example('wheeled-amr-lfp');
    const charge = doc.dutyCycle.segments[2] as { durationMin: number };
    charge.durationMin = 25;
    const r = simulate(parse(doc));
    // 20 h operating day ÷ 1.25 h cycle = 16 charge segments, each adding charge.
    expect(r.chargeCounts.opportunity).toBe(16);
    // The segment runs to its end even when the pack is full first: time advances by whole cycles.
    const c = r.shift.lastCycle!;
    expect(c.hours).toBeCloseTo(1.25, 9);
    // It refills the pack each time: the cycle ends where it started.
    expect(Math.abs(c.socChangePercent)).toBeLessThan(0.05);
    // The 10-min top-ups of the example do not keep up: each 1 h cycle ends lower.
    const behind = simulate(parse(example('wheeled-amr-lfp'))).shift.lastCycle!;
    expect(behind.hours).toBeCloseTo(1, 9);
    expect(behind.socChangePercent).toBeLessThan(-1);
  });

  it('sizing a pack rated 0.2C: the rating sets the size, and the curve marks the sizes that exceed it', async () => {
    const s = sizeForTargets(parse(ratedAt(0.2)), { runtimeHours: 5 });
    expect(s.binding).toBe('discharge-rate');
    expect(s.limitedBy).toBe('discharge-rate');
    expect(s.peakCRate!).toBeLessThanOrEqual(0.2 * (1 + 1e-9));
    expect(s.curve.some((p) => p.peakCRate > 0.2)).toBe(true);
    const runtimeOnly = ratedAt(0.2);
    delete runtimeOnly.targets!.lifetimeYears;
    const { out } = await cli('size', writeTmp(runtimeOnly), '--target-hours', '5');
    expect(out).toMatch(
      /Binds {5}the 0\.2C discharge-rate limit \(a smaller pack runs long enough but draws more than its rating\)/,
    );
  });

  it('chips without off-chip memory cannot hold gigabytes of LLM weights; a small vision model stays possible', () => {
    for (const preset of ['hailo-8', 'google-coral-edge-tpu']) {
      const doc = OPTIMUS();
      doc.compute = [{ id: 'npu', preset }];
      const r = simulate(parse(doc));
      const memory = r.infeasibleReasons.find((x) => x.code === 'AI_MEMORY_TOO_SMALL');
      expect(memory?.message).toMatch(/has no off-chip memory, so .* not gigabytes/);
    }
    const doc = OPTIMUS();
    doc.compute = [{ id: 'npu', preset: 'hailo-8', defaultWorkloads: ['detector'] }];
    doc.dutyCycle.segments = doc.dutyCycle.segments.map((s) =>
      s.kind === 'activity' ? { ...s, compute: { npu: { workloads: ['detector'] } } } : s,
    );
    const r = simulate(parse(doc));
    expect(r.infeasibleReasons.map((x) => x.code)).not.toContain('AI_MEMORY_TOO_SMALL');
  });

  it('"chips that fit" lists the chips with no published figures too, instead of dropping them', () => {
    const s = screenChips(parse(OPTIMUS()), 'npu');
    const apple = s.unknown.find((x) => x.preset === 'deepx-dx-v1-v3')!;
    expect(apple.reasons[0]!.code).toBe('CHIP_FIGURES_MISSING');
    expect(apple.reasons[0]!.message).toMatch(/has no published power or compute figure/);
  });

  it('sensitivity draws no bar for an input that does not move the output', async () => {
    const { out } = await cli(
      'sensitivity',
      join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json'),
      '--output',
      'chargeTimeToFullHours',
      '--top',
      '40',
    );
    const accessory = out.split('\n').find((l) => l.includes('Accessory'))!;
    expect(accessory).not.toContain('█');
  });
});
