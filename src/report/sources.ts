import { ph, type Phrase } from '../text/phrase';
import type { PhraseId } from '../text/phrases';
import { AGEING_MODEL_SOURCES } from '../battery/ageing';
import { OCV_SOURCES } from '../battery/ocv';
import { TEMPERATURE_SOURCES } from '../battery/temperature';
import { findCell, findModel, type Sourced } from '../catalog';
import type { Plan } from '../plan/schema';
import type { SimulationResult } from '../sim/simulate';

/** One line of the report's sources section. */
export interface SourceLine {
  /** What the figure is, e.g. "DEEPX DX-M1 · max power" (rendered in the report's language). */
  what: Phrase;
  value: Phrase;
  source: Phrase;
  /** A catalog confidence id (`datasheet`, `estimate`…), or `plan` / `default`. */
  confidence: string;
}

/** "Name · figure": a user or catalog name and a figure word in the reader's language. */
const named = (name: string, figure: PhraseId): Phrase =>
  ph('source.named', { name, figure: { p: ph(figure) } });
const verbatim = (text: string): Phrase => ph('source.text', { text });

const fmt = (v: number | null, unit: string) =>
  v === null ? '—' : `${Number(v.toPrecision(4))} ${unit}`.trim();

/**
 * Every figure a report relies on, with where it came from: each compute device's resolved figures (plan or
 * catalog, with the catalog's source and confidence), the catalog models behind workloads, a catalog cell,
 * and the model's own data (OCV curve, temperature derating, ageing model) for the plan's chemistry.
 */
export function reportSources(plan: Plan, result: SimulationResult): SourceLine[] {
  const lines: SourceLine[] = [];
  for (const d of result.devices) {
    const figures = [
      ['src.idlePower', d.idlePowerW],
      ['src.maxPower', d.maxPowerW],
      ['src.peakCompute', d.peakTops],
      ['src.bandwidth', d.memoryBandwidthGBps],
      ['src.memory', d.memoryCapacityGB],
      ['src.memoryEnergy', d.memoryEnergyPjPerBit],
    ] as const;
    for (const [label, f] of figures) {
      if (f.value === null) continue;
      lines.push({
        what: named(d.name, label),
        value: verbatim(fmt(f.value, f.unit)),
        source:
          f.provenance.from === 'plan'
            ? ph('src.thePlan')
            : f.provenance.from === 'catalog'
              ? verbatim(f.provenance.source ?? '—')
              : ph('src.default'),
        confidence: f.provenance.from === 'plan' ? 'plan' : (f.provenance.confidence ?? 'default'),
      });
    }
  }
  const seenModels = new Set<string>();
  for (const w of plan.workloads) {
    if (!w.model || seenModels.has(w.model)) continue;
    seenModels.add(w.model);
    const m = findModel(w.model);
    if (!m) continue;
    const figs: [PhraseId, Sourced][] =
      m.kind === 'llm'
        ? [
            ['src.params', m.paramsB],
            ['src.layers', m.layers],
            ['src.kvHeads', m.kvHeads],
            ['src.headDim', m.headDim],
          ]
        : m.kind === 'vision'
          ? [['src.gflopsFrame', m.gflopsPerFrame]]
          : [
              ['src.paramsM', m.paramsM],
              [
                'src.gflopsClip',
                m.gflopsPerClip.value !== null
                  ? m.gflopsPerClip
                  : (m.planningDefaults.gflopsPerClip ?? m.gflopsPerClip),
              ],
            ];
    for (const [label, s] of figs) {
      if (s.value === null) continue;
      lines.push({
        what: named(m.name, label),
        value: verbatim(fmt(s.value, s.unit)),
        source: verbatim(s.source ?? '—'),
        confidence: s.confidence,
      });
    }
  }
  const cellId = plan.battery.cells?.preset;
  const cell = cellId ? findCell(cellId) : undefined;
  if (cell) {
    for (const [label, s] of [
      ['src.capacity', cell.capacityAh],
      ['src.nominalVoltage', cell.nominalV],
      ['src.mass', cell.massKg],
      ['src.cycleLife', cell.cycleLifeCycles],
    ] as const) {
      if (s.value === null) continue;
      lines.push({
        what: named(cell.name, label),
        value: verbatim(fmt(s.value, s.unit)),
        source: verbatim(s.source ?? '—'),
        confidence: s.confidence,
      });
    }
  }
  const chem = plan.battery.chemistry;
  lines.push({
    what: ph('src.ocvCurve', { chem, cell: OCV_SOURCES[chem].cell }),
    value: ph(plan.battery.ocvTable ? 'src.planTable' : 'src.defaultValue'),
    source: plan.battery.ocvTable ? ph('src.thePlan') : verbatim(OCV_SOURCES[chem].source),
    confidence: plan.battery.ocvTable ? 'plan' : 'datasheet',
  });
  lines.push({
    what: ph('src.capacityTemp', { chem }),
    value: verbatim(`${plan.battery.temperatureC} °C`),
    source: verbatim(TEMPERATURE_SOURCES[chem].capacity),
    confidence: 'estimate',
  });
  lines.push({
    what: ph('src.resistanceTemp', { chem }),
    value: verbatim(`${plan.battery.temperatureC} °C`),
    source: verbatim(TEMPERATURE_SOURCES[chem].resistance),
    confidence: 'estimate',
  });
  lines.push({
    what: ph('src.ageingModel', { chem, model: AGEING_MODEL_SOURCES[chem].model }),
    value: verbatim(AGEING_MODEL_SOURCES[chem].validRange),
    source: verbatim(AGEING_MODEL_SOURCES[chem].source),
    confidence: 'derived',
  });
  return lines;
}

/** The model's standing assumptions, stated in the report (phrases: rendered in the report's language). */
export const REPORT_ASSUMPTIONS: readonly Phrase[] = (
  [
    'assume.battery',
    'assume.bus',
    'assume.charging',
    'assume.ageing',
    'assume.endOfLife',
    'assume.ai',
    'assume.limits',
  ] as const
).map((id) => ({ id }));
