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
import type { Lang } from '../../text/phrase';
import type { PhraseId } from '../../text/phrases';
import { choiceFlag, langFlag, langOption, type Command } from '../command';
import { say } from '../format';
import { UserError } from '../../node/files';
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

/**
 * A column's name: a phrase in the reader's language, or a unit as is ("TOPS", "GB/s": the same in every
 * language).
 */
type Column = PhraseId | { unit: string };

function table(list: ListName, lang: Lang): string {
  const t = (id: PhraseId, params: Parameters<typeof say>[1] = {}) => say(id, params, lang);
  const head = (columns: readonly Column[]) => columns.map((c) => (typeof c === 'string' ? t(c) : c.unit));
  switch (list) {
    case 'robots':
      return textTable(
        head([
          'cli.cat.col.id',
          'cli.cat.col.name',
          'cli.cat.col.type',
          'cli.cat.col.batteryWh',
          'cli.cat.col.massKg',
          'cli.cat.col.runtimeH',
        ]),
        ROBOTS.map((r) => [
          r.id,
          r.name.slice(0, 48),
          t(`cli.cat.robot.${r.type}`),
          cell(r.batteryEnergyWh),
          cell(r.massKg),
          cell(r.claimedRuntimeH),
        ]),
      );
    case 'chips':
      return textTable(
        head([
          'cli.cat.col.id',
          'cli.cat.col.name',
          'cli.cat.col.status',
          { unit: 'TOPS' },
          'cli.cat.col.idleW',
          'cli.cat.col.typicalW',
          'cli.cat.col.maxW',
          'cli.cat.col.memory',
          { unit: 'GB/s' },
          { unit: 'GB' },
        ]),
        ACCELERATORS.map((a) => [
          a.id,
          a.name.slice(0, 36),
          t(`cli.cat.status.${a.status}`),
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
        head([
          'cli.cat.col.chip',
          'cli.cat.col.mode',
          'cli.cat.col.budgetW',
          { unit: 'GB/s' },
          { unit: 'GPU MHz' },
          { unit: 'CPU MHz' },
          'cli.cat.col.bandwidthScale',
          'cli.cat.col.overheadScale',
        ]),
        ACCELERATORS.flatMap((a) =>
          (a.powerModes ?? []).map((m, i) => [
            a.id,
            i === 0 ? t('cli.cat.referenceMode', { mode: m.id }) : m.id,
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
        head([
          'cli.cat.col.id',
          'cli.cat.col.name',
          'cli.cat.col.bandwidthEfficiency',
          { unit: 't₀ ms' },
          'cli.cat.col.vocabOverhead',
          'cli.cat.col.prefillEfficiency',
          'cli.cat.col.defaultFormat',
        ]),
        RUNTIMES.map((r) => [
          r.offered ? r.id : t('cli.cat.validationOnly', { id: r.id }),
          r.name,
          cell(r.bandwidthEfficiency),
          cell(r.perTokenOverheadMs),
          cell(r.perVocabOverheadMs),
          cell(r.prefillComputeEfficiency),
          r.defaultFormat ?? t('cli.cat.nominalBits'),
        ]),
      );
    case 'formats':
      return (
        textTable(
          head([
            'cli.cat.col.id',
            'cli.cat.col.name',
            'cli.cat.col.nominal',
            'cli.cat.col.fileBits',
            'cli.cat.col.blockBits',
            'cli.cat.col.headBits',
            'cli.cat.col.embeddingBits',
          ]),
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
        t('cli.cat.formatsNote', { model: 'Llama 2 7B', gguf: 'GGUF' }) +
        '\n'
      );
    case 'cells':
      return textTable(
        head([
          'cli.cat.col.id',
          'cli.cat.col.name',
          'cli.cat.col.chemistry',
          { unit: 'Ah' },
          'cli.cat.col.nominalV',
          { unit: 'mΩ' },
          { unit: 'kg' },
          'cli.cat.col.cycles',
        ]),
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
        head([
          'cli.cat.col.id',
          'cli.cat.col.name',
          'cli.cat.col.kind',
          'cli.cat.col.size',
          'cli.cat.col.perInference',
        ]),
        MODELS.map((m) =>
          m.kind === 'llm'
            ? [
                m.id,
                m.name,
                t('cli.cat.kind.llm'),
                t('cli.cat.paramsB', { n: cell(m.paramsB) }),
                t('cli.cat.kvPerToken', {
                  kv: `${cell({ ...m.kvCacheBytesPerTokenFp16, value: (m.kvCacheBytesPerTokenFp16.value ?? 0) / 1024 })} KiB`,
                }),
              ]
            : m.kind === 'vision'
              ? [
                  m.id,
                  m.name,
                  t('cli.cat.kind.vision'),
                  t('cli.cat.paramsM', { n: cell(m.paramsM) }),
                  t('cli.cat.perFrame', { g: cell(m.gflopsPerFrame) }),
                ]
              : [
                  m.id,
                  m.name,
                  t('cli.cat.kind.world'),
                  t('cli.cat.paramsM', { n: cell(m.paramsM) }),
                  t('cli.cat.perClip', {
                    g: cell(
                      m.gflopsPerClip.value !== null ? m.gflopsPerClip : m.planningDefaults.gflopsPerClip,
                    ),
                  }),
                ],
        ),
      );
    case 'memory':
      return textTable(
        head(['cli.cat.col.id', 'cli.cat.col.name', { unit: 'pJ/bit' }, 'cli.cat.col.range']),
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
  usage: 'catalog [robots|chips|modes|runtimes|formats|cells|models|memory] [--lang en|ko] [--json]',
  description:
    'Marks: e = PowerPlan estimate (planning assumption), t = target (unreleased part), d = derived, f = fitted to\n' +
    'published measurements (docs/ai-validation.md), ? = unverified.\n' +
    '--json prints every figure with its unit, source and confidence. --lang ko puts the headings, columns and\n' +
    'kinds in Korean; names, ids and units stay as the catalog writes them.',
  options: {
    json: { type: 'boolean', description: 'Print JSON with sources and confidence' },
    lang: langOption('the tables'),
  },
  positionals: [0, 1],
  run([list], values, io) {
    const lang = langFlag(values);
    const which = list === undefined ? undefined : choiceFlag({ list }, 'list', LISTS);
    if (list !== undefined && !which)
      throw new UserError(`unknown list "${list}": one of ${LISTS.join(', ')}`);
    if (values.json) {
      io.out(JSON.stringify(json(which), null, 2) + '\n');
      return 0;
    }
    const lists = which ? [which] : LISTS;
    io.out(
      `${say('cli.cat.head', { version: CATALOG_VERSION, flag: '--json' }, lang)}\n\n` +
        lists.map((l) => `${say(`cli.cat.list.${l}`, {}, lang)}\n${table(l, lang)}`).join('\n'),
    );
    return 0;
  },
};
