import { chargedSoc } from '../battery/charging';
import { packOcvV } from '../battery/pack';
import { maxDeliverablePowerW } from '../battery/rint';
import { missingPowerFigures } from '../plan/presets';
import type { ResolvedPlan } from '../plan/resolve';
import { fmtNum } from '../text/numbers';
import { nested, num, ph } from '../text/phrase';
import { pct, V, W } from './remark-format';
import { parallelFix } from './remark-fixes';
import type { SimulationResult } from './simulation-types';
import { remark, type Warning } from './warning';

/** The largest battery-side load of the duty cycle (W). */
function maxLoadW(rp: ResolvedPlan): number {
  return rp.segments.reduce((m, s) => (s.kind === 'charge' ? m : Math.max(m, s.power.batteryW)), 0);
}

/** What the verdict remarks need of the run on one charge (a full simulation result has all of it). */
export interface RuntimeFacts {
  runtimeHours: number | null;
  runtimeEndedBy: SimulationResult['runtimeEndedBy'];
  peakPowerW: number;
  peakCurrentA: number;
  peakCRate: number;
  pack: { chargedSocPercent: number };
}

/**
 * The remarks the verdict is read from (src/sim/verdict.ts): the pack cannot deliver the load or exceeds its
 * current rating, the AI payload does not fit its chip, a figure is unknown, a chip's figures are only claimed.
 * They need only the plan and the run on one charge, so the fast paths of sweeps and sensitivity reach the same
 * verdict as a full simulation (one rule, one place).
 */
export function verdictRemarks(rp: ResolvedPlan, r: RuntimeFacts): Warning[] {
  const out: Warning[] = [];
  const { pack } = rp;
  const cells = pack.configuration.kind === 'cells' ? pack.configuration : null;
  // Power the pack cannot deliver even when full.
  const pMaxFullW = maxDeliverablePowerW(packOcvV(pack, chargedSoc(pack, rp.charger)), pack.resistanceOhm);
  let deliverable = true;
  for (const s of rp.segments) {
    if (s.kind !== 'charge' && s.power.batteryW > pMaxFullW) {
      deliverable = false;
      out.push(
        remark(
          'POWER_ABOVE_DELIVERABLE',
          'error',
          ph('POWER_ABOVE_DELIVERABLE', { segment: s.label, load: W(s.power.batteryW), max: W(pMaxFullW) }),
        ),
      );
      break;
    }
  }
  // A load the pack delivers at no SoC above its floor: the runtime is zero.
  if (deliverable && r.runtimeHours !== null && r.runtimeHours <= 0) {
    const load = W(r.peakPowerW || maxLoadW(rp));
    const why =
      r.runtimeEndedBy === 'reserve'
        ? nested('cannotRun.reserve', {
            full: pct(r.pack.chargedSocPercent, 3),
            reserve: pct(pack.reserveSoc * 100),
          })
        : r.runtimeEndedBy === 'power-limit'
          ? nested('cannotRun.powerLimit', { load })
          : nested('cannotRun.cutoff', {
              load,
              cutoff: V(pack.minVoltageV),
              r: num(pack.resistanceOhm * 1000, 'mΩ'),
            });
    out.push(remark('PACK_CANNOT_RUN_LOAD', 'error', ph('PACK_CANNOT_RUN_LOAD', { why })));
  }

  if (r.peakCRate > pack.maxDischargeCRate * (1 + 1e-9)) {
    const needP = cells ? Math.ceil((cells.parallel * r.peakCRate) / pack.maxDischargeCRate) : null;
    const text = ph('DISCHARGE_C_RATE_EXCEEDED', {
      peak: W(r.peakPowerW),
      current: num(r.peakCurrentA, 'A'),
      c: num(r.peakCRate, '', 2),
      rated: nested(cells ? 'rated.cell' : 'rated.pack'),
      max: num(pack.maxDischargeCRate, '', 2),
      advice:
        needP && cells
          ? nested('cRate.moreParallel', { series: String(cells.series), parallel: String(needP) })
          : nested('cRate.largerPack'),
    });
    out.push(
      remark(
        'DISCHARGE_C_RATE_EXCEEDED',
        'error',
        text,
        needP && cells ? parallelFix(cells.series, needP) : undefined,
      ),
    );
  }

  // On-device AI: each workload's feasibility on its device, and devices asked for more than 100 % busy time.
  const seen = new Set<string>();
  for (const a of rp.aiAnalyses) {
    const device = rp.devices.find((d) => d.id === a.deviceId);
    for (const issue of a.analysis.issues) {
      const key = `${issue.code}:${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(
        remark(
          issue.code,
          issue.severity,
          ph('ai.onDevice', {
            workload: a.workloadLabel,
            device: device?.name ?? a.deviceId,
            issue: { p: issue.text },
          }),
        ),
      );
    }
  }
  for (const [segIndex, byDevice] of Object.entries(rp.rawUtilisation)) {
    for (const [deviceId, u] of Object.entries(byDevice)) {
      if (u <= 1) continue;
      const seg = rp.segments[Number(segIndex)]!;
      const device = rp.devices.find((d) => d.id === deviceId);
      const parts = rp.aiAnalyses
        .filter((a) => a.deviceId === deviceId && a.segmentIndexes.includes(seg.index))
        .map((a) => `${a.workloadLabel} ${fmtNum(a.analysis.utilisation * 100, 3)} %`);
      out.push(
        remark(
          'AI_DEVICE_OVERLOADED',
          'error',
          ph('AI_DEVICE_OVERLOADED', {
            segment: seg.label,
            device: device?.name ?? deviceId,
            busy: pct(u * 100, 3),
            parts: parts.join(' + '),
            max: W(device?.maxPowerW ?? 0),
          }),
        ),
      );
    }
  }

  // A device with no power figure anywhere (plan or catalog) would silently draw nothing.
  for (const d of rp.devices) {
    const missing = missingPowerFigures(d.spec);
    if (missing.length === 0) continue;
    const which = missing.length === 2 ? 'both' : missing[0] === 'maxPowerW' ? 'max' : 'idle';
    out.push(
      remark(
        'DEVICE_POWER_UNKNOWN',
        'warning',
        ph('DEVICE_POWER_UNKNOWN', {
          device: d.name,
          what: nested(which === 'both' ? 'power.none' : which === 'max' ? 'power.noMax' : 'power.noIdle'),
          where: nested(d.spec.preset ? 'where.planOrCatalog' : 'where.plan'),
          enter: nested(which === 'both' ? 'enter.both' : which === 'max' ? 'enter.max' : 'enter.idle'),
        }),
      ),
    );
  }

  // A target chip's figures implied by its vendor's claims: the answer is only as good as the claims.
  for (const d of rp.devices) {
    const figures = (
      [
        ['maxPowerW', 'figure.power'],
        ['peakTops', 'figure.compute'],
        ['memoryBandwidthGBps', 'figure.bandwidth'],
        ['memoryCapacityGB', 'figure.memory'],
      ] as const
    ).filter(([k]) => d.spec[k].provenance.confidence === 'claim_implied');
    if (figures.length === 0) continue;
    out.push(
      remark(
        'CLAIM_IMPLIED_FIGURES',
        'warning',
        ph(figures.length === 1 ? 'CLAIM_IMPLIED_FIGURES' : 'CLAIM_IMPLIED_FIGURES_MANY', {
          device: d.name,
          figures: { list: figures.map(([, id]) => nested(id)) },
        }),
      ),
    );
  }

  // Language models that run together on one device must fit its memory together (weights + KV caches).
  const memorySeen = new Set<string>();
  for (const seg of rp.segments) {
    for (const device of rp.devices) {
      const capGB = device.spec.memoryCapacityGB.value;
      if (capGB === null) continue;
      const cap = capGB * 1e9;
      const resident = rp.aiAnalyses.filter(
        (a) =>
          a.deviceId === device.id &&
          a.segmentIndexes.includes(seg.index) &&
          a.analysis.kind === 'llm' &&
          a.analysis.memory !== undefined,
      );
      if (resident.length < 2) continue;
      const bytes = resident.reduce(
        (sum, a) => sum + (a.analysis.kind === 'llm' ? a.analysis.memory!.totalBytes : 0),
        0,
      );
      const key = `${device.id}:${resident.map((a) => a.workloadId).join(',')}`;
      if (bytes <= cap || memorySeen.has(key)) continue;
      memorySeen.add(key);
      out.push(
        remark(
          'AI_MEMORY_TOO_SMALL',
          'error',
          ph('AI_MEMORY_TOGETHER', {
            segment: seg.label,
            workloads: resident.map((a) => a.workloadLabel).join(' + '),
            device: device.name,
            need: num(bytes / 1e9, 'GB', 3),
            cap: num(cap / 1e9, 'GB', 3),
          }),
        ),
      );
    }
  }

  return out;
}
