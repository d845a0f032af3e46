import { buildPack, cellPackFigures, packFiguresMassKg, type BatterySpec } from '../battery/pack';
import { CELLS, findCell, findModel, withPlanningDefault, type Cell } from '../catalog';
import type { PlanInput } from './schema';

/**
 * Domain edits of a plan: pure functions from a plan document (the file's shape, `PlanInput`) to a new one.
 * The UI's named commands and the CLI's scenarios both call these, so "switch to cells", "use this catalog
 * cell", "apply the sized pack", "swap the chip", "add a workload" mean the same everywhere. None mutates its
 * input; each returns a new object for the part it changes.
 */

type BatteryIn = PlanInput['battery'];
type CellIn = NonNullable<NonNullable<BatteryIn['cells']>['cell']>;
type PackIn = NonNullable<BatteryIn['pack']>;
type DeviceIn = NonNullable<PlanInput['compute']>[number];
type WorkloadIn = NonNullable<PlanInput['workloads']>[number];
type SegmentIn = PlanInput['dutyCycle']['segments'][number];

/** Pack-level mass overhead (housing, BMS, wiring) when a pack is built from cells: the schema's default. */
const DEFAULT_PACK_MASS_OVERHEAD_PERCENT = 25;

/** A catalog cell's figures as a plan cell (sourced values, else their marked planning defaults). */
export function cellFromCatalog(cell: Cell): CellIn {
  const fig = (k: keyof Cell & string) => {
    const s = cell[k] as { value: number | null } | undefined;
    const d = cell.planningDefaults[k as keyof Cell['planningDefaults']];
    return withPlanningDefault(s as never, d as never)?.value as number | undefined;
  };
  const ah = cell.capacityAh.value ?? 1;
  const out: CellIn = {
    capacityAh: ah,
    nominalVoltageV: fig('nominalV') ?? 3.6,
    maxVoltageV: fig('maxV') ?? 4.2,
    minVoltageV: fig('minV') ?? 2.5,
    internalResistanceOhm: fig('internalResistanceOhm') ?? 0.03,
    massKg: fig('massKg') ?? 0.07,
    maxDischargeCRate: (fig('maxContDischargeA') ?? ah) / ah,
    maxChargeCRate: (fig('maxChargeA') ?? ah * 0.5) / ah,
  };
  const life = fig('cycleLifeCycles');
  if (life !== undefined) out.cycleLife = life;
  return out;
}

/** The battery with a catalog cell's figures (and its chemistry), keeping S, P and the overhead. */
export function withCatalogCell(b: BatteryIn, cellId: string): BatteryIn {
  const cell = findCell(cellId);
  if (!cell || !b.cells) return b;
  return {
    ...b,
    chemistry: cell.chemistry,
    cells: { ...b.cells, preset: cellId, cell: cellFromCatalog(cell) },
  };
}

/** The catalog cells of a chemistry, the plan's own first when it names one. */
export function cellsOfChemistry(chemistry: BatteryIn['chemistry']): readonly Cell[] {
  return CELLS.filter((c) => c.chemistry === chemistry);
}

/**
 * Pack figures → cells × S × P, keeping the plan's meaning: the same chemistry, a catalog cell of it, S for
 * the nominal voltage and P for the energy (each at least 1), and the housing overhead that keeps the pack's
 * mass (within 0–300 %). The pack's resistance becomes the cell's S/P times; the summary shows both.
 */
export function packToCells(b: BatteryIn, cellId?: string): BatteryIn {
  if (!b.pack) return b;
  const cell = (cellId ? findCell(cellId) : undefined) ?? cellsOfChemistry(b.chemistry)[0] ?? CELLS[0]!;
  const c = cellFromCatalog(cell);
  const series = Math.max(1, Math.round(b.pack.nominalVoltageV / c.nominalVoltageV));
  const stringWh = cellPackFigures(c, series, 1, 0).energyWh;
  const parallel = Math.max(1, Math.round(b.pack.energyWh / stringWh));
  const cellsMassKg = cellPackFigures(c, series, parallel, 0).massKg; // the bare cells
  const packMassKg = packFiguresMassKg(b.pack);
  const overhead =
    packMassKg > 0 && cellsMassKg > 0
      ? Math.min(300, Math.max(0, Math.round((packMassKg / cellsMassKg - 1) * 100)))
      : DEFAULT_PACK_MASS_OVERHEAD_PERCENT;
  const { pack: _pack, ...rest } = b;
  return {
    ...rest,
    chemistry: cell.chemistry,
    cells: { preset: cell.id, cell: c, series, parallel, packMassOverheadPercent: overhead },
  };
}

/**
 * Cells × S × P → pack figures with the same energy, voltage window, resistance, mass (pinned), rate limits
 * and cycle life.
 */
export function cellsToPack(b: BatteryIn): BatteryIn {
  if (!b.cells) return b;
  const { cell, series, parallel } = b.cells;
  const f = cellPackFigures(
    cell,
    series,
    parallel,
    b.cells.packMassOverheadPercent ?? DEFAULT_PACK_MASS_OVERHEAD_PERCENT,
  );
  const pack: PackIn = {
    energyWh: f.energyWh,
    nominalVoltageV: f.nominalVoltageV,
    maxVoltageV: f.maxVoltageV,
    minVoltageV: f.minVoltageV,
    internalResistanceOhm: f.resistanceOhm,
    massKg: f.massKg,
    maxDischargeCRate: cell.maxDischargeCRate,
    maxChargeCRate: cell.maxChargeCRate,
  };
  if (cell.cycleLife !== undefined) pack.cycleLife = cell.cycleLife;
  const { cells: _cells, ...rest } = b;
  return { ...rest, pack };
}

/**
 * A new pack energy: with a specific energy the mass follows by itself; a pinned mass stays. The resistance
 * is kept (the user changes what they change).
 */
export function withPackEnergy(pack: PackIn, energyWh: number): PackIn {
  return { ...pack, energyWh };
}

/** Pin the pack's mass (it stays when the energy changes), or let it follow the energy at its Wh/kg. */
export function withPackMassPinned(pack: PackIn, pinned: boolean): PackIn {
  const massKg = packFiguresMassKg(pack);
  const { massKg: _m, specificEnergyWhPerKg: _s, ...rest } = pack;
  if (pinned) return { ...rest, massKg };
  return { ...rest, specificEnergyWhPerKg: massKg > 0 ? pack.energyWh / massKg : 150 };
}

/** The battery with a sized pack's size (from sizing's plan): P strings, or the pack's energy, mass and R. */
export function withSizedBattery(b: BatteryIn, sized: BatteryIn): BatteryIn {
  if (b.cells && sized.cells) return { ...b, cells: { ...b.cells, parallel: sized.cells.parallel } };
  if (b.pack && sized.pack) {
    const p = sized.pack;
    return {
      ...b,
      pack: {
        ...b.pack,
        energyWh: p.energyWh,
        internalResistanceOhm: p.internalResistanceOhm,
        ...(b.pack.massKg !== undefined ? { massKg: p.massKg } : {}),
      },
    };
  }
  return b;
}

/** Device figures a catalog chip supplies: a chip swap drops the device's own so the new chip's apply. */
export const CHIP_FIGURES = [
  'idlePowerW',
  'maxPowerW',
  'peakTops',
  'memory',
  'computeEnergyPjPerOp',
  'name',
  // A power mode and a runtime belong to a chip: the new chip's reference mode and default runtime apply.
  'powerMode',
  'runtime',
] as const;

/** The device on another catalog chip (its own power, compute and memory figures give way to the chip's). */
export function withChip(d: DeviceIn, presetId: string, overrides: Record<string, unknown> = {}): DeviceIn {
  const out: Record<string, unknown> = { ...d, preset: presetId };
  for (const f of CHIP_FIGURES) delete out[f];
  return { ...out, ...overrides } as DeviceIn;
}

/** The label a workload shows: its own, else its model's name, else its id. */
export function workloadLabel(w: {
  id: string;
  label?: string | undefined;
  model?: string | undefined;
}): string {
  return w.label ?? (w.model ? findModel(w.model)?.name : undefined) ?? w.id;
}

/**
 * The workload on another catalog model. A label that was generated from the old model (its name) goes, so
 * the new model's name shows; a label the user wrote stays.
 */
export function withWorkloadModel(w: WorkloadIn, modelId: string | undefined): WorkloadIn {
  const oldName = w.model ? findModel(w.model)?.name : undefined;
  const out: Record<string, unknown> = { ...w };
  if (modelId) out.model = modelId;
  else delete out.model;
  if (out.label === undefined || out.label === oldName || out.label === w.id) delete out.label;
  return out as WorkloadIn;
}

/** A new workload of a kind, on a catalog model, at a modest rate. */
export function newWorkload(kind: 'llm' | 'vision' | 'worldModel', id: string, label?: string): WorkloadIn {
  const named = label ? { label } : {};
  if (kind === 'llm') return { id, ...named, kind, model: 'llama-3.2-1b', decodeTokensPerS: 5 };
  if (kind === 'vision') return { id, ...named, kind, model: 'yolov8n', framesPerS: 10 };
  return { id, ...named, kind, model: 'vjepa2-vitl', clipsPerS: 0.2 };
}

/** An id not yet used in a list: `stem1`, `stem2`, … */
export function freshId(existing: readonly { id: string }[], stem: string): string {
  const ids = new Set(existing.map((x) => x.id));
  for (let i = 1; ; i++) if (!ids.has(`${stem}${i}`)) return `${stem}${i}`;
}

/**
 * Add a workload and switch it on where the user is: in the given segment (an activity segment), on the given
 * device (else the first), alongside whatever the device already runs there.
 */
export function addWorkload(
  plan: PlanInput,
  kind: 'llm' | 'vision' | 'worldModel',
  at: { segmentIndex?: number; deviceId?: string; label?: string } = {},
): { plan: PlanInput; id: string } {
  const workloads = plan.workloads ?? [];
  const id = freshId(workloads, kind === 'llm' ? 'llm' : kind === 'vision' ? 'vision' : 'world');
  const w = newWorkload(kind, id, at.label);
  let segments = plan.dutyCycle.segments;
  const deviceId = at.deviceId ?? plan.compute?.[0]?.id;
  const seg = at.segmentIndex !== undefined ? segments[at.segmentIndex] : undefined;
  if (deviceId && seg && seg.kind === 'activity') {
    const load = seg.compute?.[deviceId];
    const running = load?.workloads ?? [];
    segments = segments.map((s, i) =>
      i === at.segmentIndex && s.kind === 'activity'
        ? { ...s, compute: { ...(s.compute ?? {}), [deviceId]: { workloads: [...running, id] } } }
        : s,
    );
  }
  return {
    plan: { ...plan, workloads: [...workloads, w], dutyCycle: { ...plan.dutyCycle, segments } },
    id,
  };
}

/**
 * A new activity segment after `index`: the same activity and compute loads as the one before it (a robot
 * that walks with its detector on keeps it on), 15 minutes long.
 */
export function newSegmentAfter(plan: PlanInput, index: number): SegmentIn {
  const before = plan.dutyCycle.segments[index];
  const firstActivity = plan.robot.activities[0]?.id ?? 'activity1';
  if (before?.kind === 'activity') {
    const seg: SegmentIn = { kind: 'activity', activity: before.activity, durationMin: 15 };
    if (before.compute) seg.compute = structuredClone(before.compute);
    if (before.accessoriesOn) seg.accessoriesOn = [...before.accessoriesOn];
    return seg;
  }
  return { kind: 'activity', activity: firstActivity, durationMin: 15 };
}

/** The pack a battery describes, in the figures a reader checks: energy, voltages, capacity, R, mass, rates. */
export interface PackSummaryFigures {
  energyKWh: number;
  nominalVoltageV: number;
  minVoltageV: number;
  maxVoltageV: number;
  capacityAh: number;
  resistanceMilliOhm: number;
  massKg: number;
  specificEnergyWhPerKg: number;
  maxContinuousCurrentA: number;
  /** "14S9P" for cells, null for pack figures. */
  configuration: string | null;
}

/** The derived pack summary of a valid battery (shown in both modes, so switching keeps its meaning visible). */
export function packSummary(b: BatterySpec): PackSummaryFigures {
  const p = buildPack(b);
  return {
    energyKWh: p.ratedEnergyWh / 1000,
    nominalVoltageV: p.ratedCapacityAh > 0 ? p.ratedEnergyWh / p.ratedCapacityAh : 0,
    minVoltageV: p.minVoltageV,
    maxVoltageV: p.maxVoltageV,
    capacityAh: p.ratedCapacityAh,
    resistanceMilliOhm: p.resistanceOhm * 1000,
    massKg: p.massKg,
    specificEnergyWhPerKg: p.massKg > 0 ? p.ratedEnergyWh / p.massKg : 0,
    maxContinuousCurrentA: p.maxDischargeCRate * p.ratedCapacityAh,
    configuration:
      p.configuration.kind === 'cells' ? `${p.configuration.series}S${p.configuration.parallel}P` : null,
  };
}

/** How a switch between pack figures and cells changed the pack: the summaries before and after. */
export interface BuildChange {
  before: PackSummaryFigures;
  after: PackSummaryFigures;
  /** (after − before) ÷ before of the energy, resistance and mass, in per cent. */
  energyPercent: number;
  resistancePercent: number;
  massPercent: number;
  /** Whether any of them moved by more than 1 %: the switch then says so. */
  changed: boolean;
}

/**
 * What the closest cells × S × P build (or the pack figures of a build) changes: whole cells in series and
 * parallel rarely hit the pack's energy exactly, and a catalog cell brings its own resistance. Shown with the
 * switch, so the change is never silent.
 */
export function buildChange(before: BatterySpec, after: BatterySpec): BuildChange {
  const a = packSummary(before);
  const b = packSummary(after);
  const rel = (x: number, y: number) => (x > 0 ? ((y - x) / x) * 100 : 0);
  const energyPercent = rel(a.energyKWh, b.energyKWh);
  const resistancePercent = rel(a.resistanceMilliOhm, b.resistanceMilliOhm);
  const massPercent = rel(a.massKg, b.massKg);
  return {
    before: a,
    after: b,
    energyPercent,
    resistancePercent,
    massPercent,
    changed: [energyPercent, resistancePercent, massPercent].some((x) => Math.abs(x) > 1),
  };
}

/** How an LLM workload's weights are stored: a catalog format, nominal bits, or its runtime's default. */
export type WeightChoice = { kind: 'format'; id: string } | { kind: 'nominal' } | { kind: 'runtime-default' };

/** The workload's weight choice as the plan says it. */
export function weightChoiceOf(w: {
  quantisation?: string | undefined;
  bitsPerWeight?: number | undefined;
}): WeightChoice {
  if (w.quantisation !== undefined) return { kind: 'format', id: w.quantisation };
  if (w.bitsPerWeight !== undefined) return { kind: 'nominal' };
  return { kind: 'runtime-default' };
}

/**
 * An LLM workload with another weight choice: a format drops the nominal bits (they cannot both hold), nominal
 * bits drop the format (keeping bits already given, else 4), the runtime's default drops both.
 */
export function withWeightChoice(w: WorkloadIn, choice: WeightChoice): WorkloadIn {
  const out: Record<string, unknown> = { ...w };
  delete out.quantisation;
  if (choice.kind === 'format') {
    delete out.bitsPerWeight;
    out.quantisation = choice.id;
  } else if (choice.kind === 'nominal') {
    out.bitsPerWeight = (w as { bitsPerWeight?: number }).bitsPerWeight ?? 4;
  } else delete out.bitsPerWeight;
  return out as WorkloadIn;
}
