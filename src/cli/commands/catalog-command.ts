import {
  ACCELERATORS,
  acceleratorPlanningFigure,
  CATALOG_VERSION,
  CELLS,
  MEMORY_TYPES,
  MODELS,
  ROBOTS,
  RUNTIMES,
  WEIGHT_FORMATS,
  type Sourced,
} from '../../catalog';
import { LLAMA2_7B_ARCHITECTURE, referenceBitsPerWeight, weightBits } from '../../ai/quantisation';
import { fmtNum } from '../../sim/remarks';
import { choiceFlag, type Command } from '../command';
import { UserError } from '../io';
import { textTable } from '../table';

const LISTS = ['robots', 'chips', 'modes', 'runtimes', 'formats', 'cells', 'models', 'memory'] as const;

type ListName = (typeof LISTS)[number];

/** A figure for a table: value, with a mark when it is not a sourced fact (e = estimate, t = target, …). */
function cell(s: Sourced | undefined, digits = 3): string {
  if (!s || s.value === null) return '—';
  const mark =
    s.confidence === 'estimate'
      ? ' e'
      : s.confidence === 'target'
        ? ' t'
        : s.confidence === 'unverified'
          ? ' ?'
          : s.confidence === 'derived'
            ? ' d'
            : s.confidence === 'fitted'
              ? ' f'
              : '';
  return `${fmtNum(s.value, digits)}${mark}`;
}

function table(list: ListName): string {
  switch (list) {
    case 'robots':
      return textTable(
        ['id', 'name', 'type', 'battery Wh', 'mass kg', 'runtime h'],
        ROBOTS.map((r) => [
          r.id,
          r.name.slice(0, 48),
          r.type,
          cell(r.batteryEnergyWh),
          cell(r.massKg),
          cell(r.claimedRuntimeH),
        ]),
      );
    case 'chips':
      return textTable(
        ['id', 'name', 'status', 'TOPS', 'idle W', 'typ W', 'max W', 'memory', 'GB/s', 'GB'],
        ACCELERATORS.map((a) => [
          a.id,
          a.name.slice(0, 36),
          a.status,
          `${cell(a.peakTops)}${a.peakTops.precision ? ' ' + a.peakTops.precision : ''}`,
          cell(acceleratorPlanningFigure(a, 'idlePowerW')),
          cell(acceleratorPlanningFigure(a, 'typicalPowerW')),
          cell(acceleratorPlanningFigure(a, 'maxPowerW')),
          a.memoryType.value ?? '—',
          cell(acceleratorPlanningFigure(a, 'memoryBandwidthGBps')),
          cell(a.memoryCapacityGB),
        ]),
      );
    case 'modes':
      return textTable(
        ['chip', 'mode', 'budget W', 'GB/s', 'GPU MHz', 'CPU MHz', 'κ bandwidth', 'σ overhead'],
        ACCELERATORS.flatMap((a) =>
          (a.powerModes ?? []).map((m, i) => [
            a.id,
            `${m.id}${i === 0 ? ' (reference)' : ''}`,
            cell(m.powerBudgetW),
            cell(m.memoryBandwidthGBps),
            cell(m.gpuMaxMHz, 4),
            cell(m.cpuMaxMHz, 4),
            cell(m.bandwidthScale),
            cell(m.overheadScale),
          ]),
        ),
      );
    case 'runtimes':
      return textTable(
        ['id', 'name', 'η bandwidth', 't₀ ms', 's ms/100k vocab', 'η prefill', 'default format'],
        RUNTIMES.map((r) => [
          r.offered ? r.id : `${r.id} (validation only)`,
          r.name,
          cell(r.bandwidthEfficiency),
          cell(r.perTokenOverheadMs),
          cell(r.perVocabOverheadMs),
          cell(r.prefillComputeEfficiency),
          r.defaultFormat ?? 'nominal bits',
        ]),
      );
    case 'formats':
      return (
        textTable(
          ['id', 'name', 'nominal', 'file bits*', 'block bits*', 'head bits*', 'embedding bits*'],
          WEIGHT_FORMATS.map((f) => {
            const b = weightBits(LLAMA2_7B_ARCHITECTURE, f.rule);
            return [
              f.id,
              f.name,
              `${f.nominalBits}`,
              fmtNum(referenceBitsPerWeight(f.rule), 3),
              fmtNum(b.blockBits, 4),
              fmtNum(b.headBits, 4),
              fmtNum(b.embeddingBits, 4),
            ];
          }),
        ) +
        '* on Llama 2 7B (bits per weight of the whole file and of each tensor group); GGUF mixes depend on the model (small hidden sizes fall back to wider types).\n'
      );
    case 'cells':
      return textTable(
        ['id', 'name', 'chem', 'Ah', 'V nom', 'mΩ', 'kg', 'cycles'],
        CELLS.map((c) => [
          c.id,
          c.name,
          c.chemistry,
          cell(c.capacityAh),
          cell(c.nominalV),
          c.internalResistanceOhm.value !== null
            ? cell({ ...c.internalResistanceOhm, value: c.internalResistanceOhm.value * 1000 })
            : cell(
                c.planningDefaults.internalResistanceOhm && {
                  ...c.planningDefaults.internalResistanceOhm,
                  value: (c.planningDefaults.internalResistanceOhm.value ?? 0) * 1000,
                },
              ),
          cell(c.massKg.value !== null ? c.massKg : c.planningDefaults.massKg),
          cell(c.cycleLifeCycles.value !== null ? c.cycleLifeCycles : c.planningDefaults.cycleLifeCycles),
        ]),
      );
    case 'models':
      return textTable(
        ['id', 'name', 'kind', 'size', 'per inference'],
        MODELS.map((m) =>
          m.kind === 'llm'
            ? [
                m.id,
                m.name,
                'llm',
                `${cell(m.paramsB)} B params`,
                `KV ${cell({ ...m.kvCacheBytesPerTokenFp16, value: (m.kvCacheBytesPerTokenFp16.value ?? 0) / 1024 })} KiB/token (FP16)`,
              ]
            : m.kind === 'vision'
              ? [
                  m.id,
                  m.name,
                  'vision',
                  `${cell(m.paramsM)} M params`,
                  `${cell(m.gflopsPerFrame)} GFLOPs/frame`,
                ]
              : [
                  m.id,
                  m.name,
                  'world',
                  `${cell(m.paramsM)} M params`,
                  `${cell(m.gflopsPerClip.value !== null ? m.gflopsPerClip : m.planningDefaults.gflopsPerClip)} GFLOPs/clip`,
                ],
        ),
      );
    case 'memory':
      return textTable(
        ['id', 'name', 'pJ/bit', 'range'],
        MEMORY_TYPES.map((m) => {
          const s = m.energyPjPerBit.value !== null ? m.energyPjPerBit : m.planningDefaults?.energyPjPerBit;
          return [m.id, m.name, cell(s), s?.range ? `${s.range[0]}–${s.range[1]}` : '—'];
        }),
      );
  }
}

function json(list: ListName | undefined): unknown {
  const all = {
    robots: ROBOTS,
    chips: ACCELERATORS,
    modes: ACCELERATORS.filter((a) => a.powerModes).map((a) => ({ chip: a.id, modes: a.powerModes })),
    runtimes: RUNTIMES,
    formats: WEIGHT_FORMATS,
    cells: CELLS,
    models: MODELS,
    memory: MEMORY_TYPES,
  };
  return list ? all[list] : { version: CATALOG_VERSION, ...all };
}

export const catalogCommand: Command = {
  name: 'catalog',
  summary:
    'List the preset catalog: robots, chips, power modes, LLM runtimes, weight formats, cells, models, memory — every figure with its source.',
  usage: 'catalog [robots|chips|modes|runtimes|formats|cells|models|memory] [--json]',
  description:
    'Marks: e = PowerPlan estimate (planning assumption), t = target (unreleased part), d = derived, f = fitted to\n' +
    'published measurements (docs/ai-validation.md), ? = unverified.\n' +
    '--json prints every figure with its unit, source and confidence.',
  options: { json: { type: 'boolean', description: 'Print JSON with sources and confidence' } },
  positionals: [0, 1],
  run([list], values, io) {
    const which = list === undefined ? undefined : choiceFlag({ list }, 'list', LISTS);
    if (list !== undefined && !which)
      throw new UserError(`unknown list "${list}": one of ${LISTS.join(', ')}`);
    if (values.json) {
      io.out(JSON.stringify(json(which), null, 2) + '\n');
      return 0;
    }
    const lists = which ? [which] : LISTS;
    io.out(
      `PowerPlan catalog ${CATALOG_VERSION} — e = estimate, t = target, d = derived, f = fitted, ? = unverified; sources: --json\n\n` +
        lists.map((l) => `${l.toUpperCase()}\n${table(l)}`).join('\n'),
    );
    return 0;
  },
};
