import { AGEING_MODEL_SOURCES } from '../battery/ageing';
import { OCV_SOURCES } from '../battery/ocv';
import { TEMPERATURE_SOURCES } from '../battery/temperature';
import { findCell, findModel, type Sourced } from '../catalog';
import type { Plan } from '../plan/schema';
import type { SimulationResult } from '../sim/simulate';

/** One line of the report's sources section. */
export interface SourceLine {
  /** What the figure is, e.g. "DEEPX DX-M1 · max power". */
  what: string;
  value: string;
  source: string;
  confidence: string;
}

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
      ['idle power', d.idlePowerW],
      ['max power', d.maxPowerW],
      ['peak compute', d.peakTops],
      ['memory bandwidth', d.memoryBandwidthGBps],
      ['memory capacity', d.memoryCapacityGB],
      ['memory energy', d.memoryEnergyPjPerBit],
    ] as const;
    for (const [label, f] of figures) {
      if (f.value === null) continue;
      lines.push({
        what: `${d.name} · ${label}`,
        value: fmt(f.value, f.unit),
        source:
          f.provenance.from === 'plan'
            ? 'the plan'
            : f.provenance.from === 'catalog'
              ? (f.provenance.source ?? '—')
              : 'PowerPlan default',
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
    const figs: [string, Sourced][] =
      m.kind === 'llm'
        ? [
            ['parameters', m.paramsB],
            ['layers', m.layers],
            ['KV heads', m.kvHeads],
            ['head dim', m.headDim],
          ]
        : m.kind === 'vision'
          ? [['GFLOPs per frame', m.gflopsPerFrame]]
          : [
              ['parameters (M)', m.paramsM],
              [
                'GFLOPs per clip',
                m.gflopsPerClip.value !== null
                  ? m.gflopsPerClip
                  : (m.planningDefaults.gflopsPerClip ?? m.gflopsPerClip),
              ],
            ];
    for (const [label, s] of figs) {
      if (s.value === null) continue;
      lines.push({
        what: `${m.name} · ${label}`,
        value: fmt(s.value, s.unit),
        source: s.source ?? '—',
        confidence: s.confidence,
      });
    }
  }
  const cellId = plan.battery.cells?.preset;
  const cell = cellId ? findCell(cellId) : undefined;
  if (cell) {
    for (const [label, s] of [
      ['capacity', cell.capacityAh],
      ['nominal voltage', cell.nominalV],
      ['mass', cell.massKg],
      ['cycle life', cell.cycleLifeCycles],
    ] as const) {
      if (s.value === null) continue;
      lines.push({
        what: `${cell.name} · ${label}`,
        value: fmt(s.value, s.unit),
        source: s.source ?? '—',
        confidence: s.confidence,
      });
    }
  }
  const chem = plan.battery.chemistry;
  lines.push({
    what: `${chem} OCV–SoC curve (${OCV_SOURCES[chem].cell})`,
    value: plan.battery.ocvTable ? 'plan table' : 'default',
    source: plan.battery.ocvTable ? 'the plan' : OCV_SOURCES[chem].source,
    confidence: plan.battery.ocvTable ? 'plan' : 'datasheet',
  });
  lines.push({
    what: `${chem} capacity vs temperature`,
    value: `${plan.battery.temperatureC} °C`,
    source: TEMPERATURE_SOURCES[chem].capacity,
    confidence: 'estimate',
  });
  lines.push({
    what: `${chem} resistance vs temperature`,
    value: `${plan.battery.temperatureC} °C`,
    source: TEMPERATURE_SOURCES[chem].resistance,
    confidence: 'estimate',
  });
  lines.push({
    what: `${chem} ageing model (${AGEING_MODEL_SOURCES[chem].model})`,
    value: AGEING_MODEL_SOURCES[chem].validRange,
    source: AGEING_MODEL_SOURCES[chem].source,
    confidence: 'derived',
  });
  return lines;
}

/** The model's standing assumptions, stated in the report. */
export const REPORT_ASSUMPTIONS = [
  'Battery: open-circuit voltage behind a DC internal resistance (Rint); constant power per segment; discharge ends at the reserve or the voltage cut-off, whichever comes first.',
  'Activity powers are taken at the battery bus; compute and accessories draw through a DC-DC converter.',
  'Charging is CC-CV from the reserve; "full" is where the CV current falls to the end-of-charge current.',
  'Ageing: NREL BLAST-Lite functional forms driven by one representative operating day; non-operating days at rest, charged. Packs often age 20–30 % faster than cells.',
  'End of life is 80 % state of health; resistance then is 1.5× new (a planning assumption).',
  'AI workloads: roofline busy time (memory bandwidth and compute at 70 % / 50 % efficiency by default); device power = idle + busy fraction × (max − idle).',
  'No thermal model, no self-discharge, no cell imbalance.',
] as const;
