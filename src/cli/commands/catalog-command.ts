import {
  ACCELERATORS,
  acceleratorPlanningFigure,
  CATALOG_VERSION,
  CELLS,
  MEMORY_TYPES,
  MODELS,
  ROBOTS,
  type Sourced,
} from '../../catalog';
import { fmtNum } from '../../sim/remarks';
import { choiceFlag, type Command } from '../command';
import { UserError } from '../io';
import { textTable } from '../table';

const LISTS = ['robots', 'chips', 'cells', 'models', 'memory'] as const;
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
  const all = { robots: ROBOTS, chips: ACCELERATORS, cells: CELLS, models: MODELS, memory: MEMORY_TYPES };
  return list ? all[list] : { version: CATALOG_VERSION, ...all };
}

export const catalogCommand: Command = {
  name: 'catalog',
  summary: 'List the preset catalog: robots, chips, cells, models, memory — every figure with its source.',
  usage: 'catalog [robots|chips|cells|models|memory] [--json]',
  description:
    'Marks: e = PowerPlan estimate (planning assumption), t = target (unreleased part), d = derived, ? = unverified.\n' +
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
      `PowerPlan catalog ${CATALOG_VERSION} — e = estimate, t = target, d = derived, ? = unverified; sources: --json\n\n` +
        lists.map((l) => `${l.toUpperCase()}\n${table(l)}`).join('\n'),
    );
    return 0;
  },
};
