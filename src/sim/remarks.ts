import { sizeCharger } from '../battery/charge-sizing';
import { chargedSoc } from '../battery/charging';
import { hoursDisplay, meetsMaximum, meetsMinimum, shortfallSeverity, verdictDigits } from './targets';
import { packOcvV } from '../battery/pack';
import { maxDeliverablePowerW } from '../battery/rint';
import { TEMPERATURE_RANGE_C } from '../battery/temperature';
import { missingPowerFigures } from '../plan/presets';
import type { ResolvedPlan } from '../plan/resolve';
import type { SimulationResult } from './simulate';

/** A warning with a stable code and a plain-language message that says what to change. */
export interface Warning {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** Numbers for messages: 3 significant figures, thin-space thousands ("1 850"). */
export function fmtNum(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  const rounded = abs >= 10 ** digits ? Math.round(x) : Number(x.toPrecision(digits));
  const [int, frac] = String(Math.abs(rounded)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return (rounded < 0 ? '−' : '') + grouped + (frac ? '.' + frac : '');
}

/** A count: whole when it is whole ("2"), else one decimal ("1.8"): an extrapolated day may hold a fraction. */
export function fmtCount(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return Math.abs(x - Math.round(x)) < 1e-9 ? String(Math.round(x)) : x.toFixed(1);
}

/** "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** What ended a discharge, as the remarks name it. */
export const END_WORDS: Readonly<Record<string, string>> = {
  reserve: 'reserve',
  cutoff: 'voltage cut-off',
  'power-limit': "pack's power limit (OCV²/4R)",
};

/** The largest battery-side load of the duty cycle (W). */
function maxLoadW(rp: ResolvedPlan): number {
  return rp.segments.reduce((m, s) => (s.kind === 'charge' ? m : Math.max(m, s.power.batteryW)), 0);
}

/**
 * Significant digits for a value compared with a target: 3, or as many as it takes for the shown figure to
 * read the same verdict (src/sim/targets.ts `verdictDigits`).
 */
export function digitsFor(
  value: number,
  verdict?: { target: number; better: 'higher' | 'lower' } | undefined,
): number {
  return verdict ? verdictDigits(value, verdict.target, verdict.better) : 3;
}

/** Hours as "4.2 h" or "45 min"; with a target, enough digits that a miss never reads as met. */
export function fmtHours(
  h: number,
  verdict?: { target: number; better: 'higher' | 'lower' } | undefined,
): string {
  const d = hoursDisplay(h, verdict);
  return `${fmtNum(d.value, d.digits)} ${d.unit}`;
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
      out.push({
        code: 'POWER_ABOVE_DELIVERABLE',
        severity: 'error',
        message: `"${s.label}" needs ${fmtNum(s.power.batteryW)} W, above the ${fmtNum(pMaxFullW)} W the pack can deliver at all (OCV²/4R). Lower the pack resistance (more parallel strings, a power cell) or the load.`,
      });
      break;
    }
  }
  // A load the pack delivers at no SoC above its floor: the runtime is zero.
  if (deliverable && r.runtimeHours !== null && r.runtimeHours <= 0) {
    const why =
      r.runtimeEndedBy === 'reserve'
        ? `a full charge (${fmtNum(r.pack.chargedSocPercent, 3)} %) does not reach above the ${fmtNum(pack.reserveSoc * 100)} % reserve`
        : r.runtimeEndedBy === 'power-limit'
          ? `even full, the pack cannot deliver the ${fmtNum(r.peakPowerW || maxLoadW(rp))} W load (its most is OCV²/4R)`
          : `even full, the terminal voltage under ${fmtNum(r.peakPowerW || maxLoadW(rp))} W is below the ${fmtNum(pack.minVoltageV)} V cut-off (${fmtNum(pack.resistanceOhm * 1000)} mΩ of pack resistance)`;
    out.push({
      code: 'PACK_CANNOT_RUN_LOAD',
      severity: 'error',
      message: `The pack cannot run this duty cycle at all: ${why}. Lower the pack resistance (more parallel strings), raise the voltage or lower the load.`,
    });
  }

  if (r.peakCRate > pack.maxDischargeCRate * (1 + 1e-9)) {
    const needP = cells ? Math.ceil((cells.parallel * r.peakCRate) / pack.maxDischargeCRate) : null;
    const rated = cells ? 'the cell is rated' : 'the pack is rated';
    out.push({
      code: 'DISCHARGE_C_RATE_EXCEEDED',
      severity: 'error',
      message:
        `The ${fmtNum(r.peakPowerW)} W peak draws ${fmtNum(r.peakCurrentA)} A, ${fmtNum(r.peakCRate, 2)}C; ${rated} for ${fmtNum(pack.maxDischargeCRate, 2)}C, so its protection would cut the load off. ` +
        (needP
          ? `Use at least ${cells!.series}S${needP}P, a higher-rate cell, or a lower peak.`
          : 'Use a larger or higher-rate pack, or a lower peak.'),
    });
  }

  // On-device AI: each workload's feasibility on its device, and devices asked for more than 100 % busy time.
  const seen = new Set<string>();
  for (const a of rp.aiAnalyses) {
    const device = rp.devices.find((d) => d.id === a.deviceId);
    for (const issue of a.analysis.issues) {
      const key = `${issue.code}:${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        code: issue.code,
        severity: issue.severity,
        message: `${a.workloadLabel} on ${device?.name ?? a.deviceId}: ${issue.message}`,
      });
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
      out.push({
        code: 'AI_DEVICE_OVERLOADED',
        severity: 'error',
        message: `In "${seg.label}", ${device?.name ?? deviceId} is asked for ${fmtNum(u * 100, 3)} % of its time (${parts.join(' + ')}): the work does not fit, and its power is counted at its ${fmtNum(device?.maxPowerW ?? 0)} W maximum, not more. Lower the demanded rates, move a workload to another segment or device, or choose a faster chip.`,
      });
    }
  }

  // A device with no power figure anywhere (plan or catalog) would silently draw nothing.
  for (const d of rp.devices) {
    const missing = missingPowerFigures(d.spec);
    if (missing.length === 0) continue;
    const what =
      missing.length === 2
        ? 'no power figure'
        : missing[0] === 'maxPowerW'
          ? 'no maximum power'
          : 'no idle power';
    out.push({
      code: 'DEVICE_POWER_UNKNOWN',
      severity: 'warning',
      message: `${d.name} has ${what} in the plan${d.spec.preset ? ' or the catalog' : ''}: its power is unknown (not 0 W, and not its idle power when busy). Enter its ${missing.length === 2 ? 'idle and maximum power' : missing[0] === 'maxPowerW' ? 'maximum power' : 'idle power'}.`,
    });
  }

  // A target chip's figures implied by its vendor's claims: the answer is only as good as the claims.
  for (const d of rp.devices) {
    const figures = (
      [
        ['maxPowerW', 'power'],
        ['peakTops', 'compute'],
        ['memoryBandwidthGBps', 'memory bandwidth'],
        ['memoryCapacityGB', 'memory size'],
      ] as const
    ).filter(([k]) => d.spec[k].provenance.confidence === 'claim_implied');
    if (figures.length === 0) continue;
    out.push({
      code: 'CLAIM_IMPLIED_FIGURES',
      severity: 'warning',
      message: `${d.name} is not on sale: its ${listWords(figures.map(([, w]) => w))} ${figures.length === 1 ? 'is' : 'are'} implied by the vendor's published claims, not measured or from a datasheet. Treat this answer as provisional.`,
    });
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
      out.push({
        code: 'AI_MEMORY_TOO_SMALL',
        severity: 'error',
        message: `In "${seg.label}", ${resident.map((a) => a.workloadLabel).join(' + ')} run together on ${device.name} and need ${fmtNum(bytes / 1e9, 3)} GB of weights and KV cache; it has ${fmtNum(cap / 1e9, 3)} GB. Quantise further, shorten the context, or run them in different segments or on another device.`,
      });
    }
  }

  return out;
}

/**
 * Plain-language remarks in the spirit of eCalc's (models.md §1.3): each says what is wrong, with the
 * numbers, and what to change. Codes are stable; tests and the UI key on them.
 */
export function buildRemarks(rp: ResolvedPlan, r: SimulationResult, dayLengthHours: number): Warning[] {
  const out: Warning[] = verdictRemarks(rp, r);
  const { pack, plan, charger } = rp;
  const targets = plan.targets;
  const cells = pack.configuration.kind === 'cells' ? pack.configuration : null;

  if (r.runtimeUnbounded) {
    out.push({
      code: 'RUNTIME_UNBOUNDED',
      severity: 'info',
      message:
        'No segment draws power from the battery, so the runtime is unbounded. Add an activity with power.',
    });
  }

  if (r.runtimeEndedBy === 'cutoff' && r.runtimeHours !== null && r.runtimeHours > 0) {
    out.push({
      code: 'CUTOFF_BEFORE_RESERVE',
      severity: 'warning',
      message: `The terminal voltage falls to the ${fmtNum(pack.minVoltageV)} V cut-off before the ${fmtNum(pack.reserveSoc * 100)} % reserve: voltage sag under ${fmtNum(r.peakPowerW)} W strands usable charge. Add parallel strings or lower the peak load.`,
    });
  }
  if (r.runtimeEndedBy === 'power-limit' && r.runtimeHours !== null && r.runtimeHours > 0) {
    out.push({
      code: 'POWER_LIMIT_BEFORE_RESERVE',
      severity: 'warning',
      message: `Before the ${fmtNum(pack.reserveSoc * 100)} % reserve, the OCV falls so far that the pack can no longer deliver the ${fmtNum(r.peakPowerW)} W peak at all (its most is OCV²/4R; the terminals sag to half the OCV, still above the ${fmtNum(pack.minVoltageV)} V cut-off). Add parallel strings or lower the peak load.`,
    });
  }

  if (targets.runtimeHours !== undefined && r.runtimeHours !== null) {
    if (!meetsMinimum(r.runtimeHours, targets.runtimeHours)) {
      const extraWh =
        r.runtimeHours > 0 ? (targets.runtimeHours / r.runtimeHours - 1) * r.energyBalance.chemicalWh : 0;
      const perString = cells ? r.pack.ratedEnergyWh / cells.parallel : null;
      const strings = perString && extraWh > 0 ? Math.ceil(extraWh / perString) : 0;
      out.push({
        code: 'RUNTIME_BELOW_TARGET',
        severity: shortfallSeverity(r.runtimeHours, targets.runtimeHours, 'higher'),
        message:
          r.runtimeHours > 0
            ? `Runtime ${fmtHours(r.runtimeHours, { target: targets.runtimeHours, better: 'higher' })} is below the ${fmtHours(targets.runtimeHours)} target: the pack needs roughly ${fmtNum(extraWh)} Wh more` +
              (strings > 0 ? ` (about ${strings} more parallel string${strings === 1 ? '' : 's'})` : '') +
              ' before mass feedback; Sizing finds the exact pack.'
            : `Runtime is zero, short of the ${fmtHours(targets.runtimeHours)} target: the pack cannot run the load at all (see above).`,
      });
    }
    if (
      r.runtimeAtEndOfLifeHours !== null &&
      !meetsMinimum(r.runtimeAtEndOfLifeHours, targets.runtimeHours) &&
      meetsMinimum(r.runtimeHours, targets.runtimeHours)
    ) {
      out.push({
        code: 'EOL_RUNTIME_BELOW_TARGET',
        severity: shortfallSeverity(r.runtimeAtEndOfLifeHours, targets.runtimeHours, 'higher'),
        message: `New, the pack meets ${fmtHours(targets.runtimeHours)}, but at end of life (80 % capacity) it runs ${fmtHours(r.runtimeAtEndOfLifeHours, { target: targets.runtimeHours, better: 'higher' })}. Size for end of life (Sizing does).`,
      });
    }
  }

  if (!charger) {
    out.push({
      code: 'NO_CHARGER',
      severity: 'info',
      message:
        'The plan has no charger: charge times and opportunity charging are not computed, and for ageing the pack is taken to be recharged to full (C/20 end) right after each operating day. Add a charger.',
    });
  }
  const fullSoc = chargedSoc(pack, charger);
  if (fullSoc < pack.maxSoc - 0.02) {
    const endC = charger?.endOfChargeCRate ?? 0.05;
    const endA = endC * pack.ratedCapacityAh;
    const endOcvV = pack.maxVoltageV - endA * pack.resistanceOhm;
    out.push({
      code: 'CHARGE_STOPS_EARLY',
      severity: 'warning',
      message:
        `A full charge stops at ${fmtNum(fullSoc * 100, 3)} % (the limit is ${fmtNum(pack.maxSoc * 100, 3)} %): held at ${fmtNum(pack.maxVoltageV, 4)} V, ` +
        (endOcvV > 0
          ? `the current falls to the ${fmtNum(endA, 3)} A end current (${fmtNum(endC, 2)}C) once the OCV reaches ${fmtNum(endOcvV, 4)} V. `
          : `the ${fmtNum(pack.resistanceOhm * 1000, 3)} mΩ pack resistance keeps the current below the ${fmtNum(endA, 3)} A end current (${fmtNum(endC, 2)}C) from the start. `) +
        `Every run starts there. Lower the end-of-charge current, raise the charge voltage within the cell's rating, or lower the pack resistance.`,
    });
  }
  if (charger) {
    if (targets.chargeTimeMin !== undefined && r.chargeTimeToFullHours !== null) {
      const targetS = targets.chargeTimeMin * 60;
      const currentMin = r.chargeTimeToFullHours * 60;
      if (!meetsMaximum(currentMin, targets.chargeTimeMin)) {
        const fromSoc = pack.reserveSoc;
        const sizing = sizeCharger(pack, charger, fromSoc, targetS);
        let advice: string;
        if (sizing.requiredPowerW !== null) {
          advice = `the ${fmtNum(targets.chargeTimeMin)}-min target needs a charger of at least ${fmtNum(sizing.requiredPowerW / 1000)} kW (now ${fmtNum(charger.powerW / 1000)} kW).`;
        } else if (sizing.requiredCRate !== null) {
          const raised = sizeCharger(
            { ...pack, maxChargeCRate: sizing.requiredCRate * 1.001 },
            charger,
            fromSoc,
            targetS,
          );
          advice =
            `even an unlimited charger needs ${fmtHours(sizing.fastestS / 3600)} at the cell's ${fmtNum(pack.maxChargeCRate, 2)}C limit; ` +
            `the ${fmtNum(targets.chargeTimeMin)}-min target needs cells rated ≥ ${fmtNum(sizing.requiredCRate, 2)}C` +
            (raised.requiredPowerW !== null
              ? ` and a charger of at least ${fmtNum(raised.requiredPowerW / 1000)} kW.`
              : '.');
        } else {
          advice = `the ${fmtNum(targets.chargeTimeMin)}-min target is out of reach for this pack whatever the charger and the cells' charge rating: the constant-voltage taper alone takes longer. Lower the pack resistance or the charge limit.`;
        }
        out.push({
          code: 'CHARGE_TARGET_MISSED',
          severity: shortfallSeverity(currentMin, targets.chargeTimeMin, 'lower'),
          message: `Charging from the reserve to full takes ${fmtHours(currentMin / 60, { target: targets.chargeTimeMin / 60, better: 'lower' })}; ${advice}`,
        });
      }
    }
    if (plan.battery.temperatureC < 0) {
      out.push({
        code: 'COLD_CHARGE',
        severity: 'warning',
        message: `Charging at ${fmtNum(plan.battery.temperatureC)} °C plates lithium on the anode; lithium-ion cells (LFP above all) must not be charged below 0 °C. Warm the pack before charging.`,
      });
    }
  }

  if (!r.shift.completed && r.shift.mode !== 'untilReserve') {
    const asked = plan.dutyCycle.repeat;
    const what =
      asked.mode === 'count'
        ? `${asked.count} repetitions of the duty cycle`
        : asked.mode === 'hours'
          ? fmtHours(asked.hours)
          : '';
    out.push({
      code: 'SHIFT_NOT_COMPLETED',
      severity: 'error',
      message: `The shift stops after ${fmtHours(r.shift.durationHours)} at the ${END_WORDS[r.runtimeEndedBy] ?? 'reserve'}; the plan asks for ${what}. Add capacity or a charge segment.`,
    });
  }

  if (dayLengthHours > 24 + 1e-9) {
    out.push({
      code: 'DAY_TOO_LONG',
      severity: 'warning',
      message: `${fmtNum(plan.dutyCycle.operatingHoursPerDay)} operating hours plus recharging take ${fmtHours(dayLengthHours)}, more than a day. Charge faster, add capacity or cut operating hours.`,
    });
  }

  if (
    targets.lifetimeYears !== undefined &&
    r.yearsTo80PercentSoH !== null &&
    !meetsMinimum(r.yearsTo80PercentSoH, targets.lifetimeYears)
  ) {
    out.push({
      code: 'LIFETIME_BELOW_TARGET',
      severity: shortfallSeverity(r.yearsTo80PercentSoH, targets.lifetimeYears, 'higher'),
      message: `The pack reaches 80 % state of health in ${fmtNum(r.yearsTo80PercentSoH, digitsFor(r.yearsTo80PercentSoH, { target: targets.lifetimeYears, better: 'higher' }))} years, short of the ${fmtNum(targets.lifetimeYears)}-year target. A larger pack cycles shallower${pack.chemistry === 'LFP' ? '' : '; LFP cells last longer'}; a lower charge limit slows calendar ageing.`,
    });
  }

  if (targets.maxPackMassPercent !== undefined && r.pack.totalRobotMassKg > 0) {
    const share = (r.pack.massKg / r.pack.totalRobotMassKg) * 100;
    if (!meetsMaximum(share, targets.maxPackMassPercent)) {
      out.push({
        code: 'PACK_MASS_ABOVE_LIMIT',
        severity: shortfallSeverity(share, targets.maxPackMassPercent, 'lower'),
        message: `The ${fmtNum(r.pack.massKg)} kg pack is ${fmtNum(share, digitsFor(share, { target: targets.maxPackMassPercent, better: 'lower' }))} % of the robot's ${fmtNum(r.pack.totalRobotMassKg)} kg, above the ${fmtNum(targets.maxPackMassPercent)} % limit. A denser cell, less power or a shorter runtime target lightens it.`,
      });
    }
  }

  const t = plan.battery.temperatureC;
  if (t < TEMPERATURE_RANGE_C.min || t > TEMPERATURE_RANGE_C.max) {
    out.push({
      code: 'TEMPERATURE_OUTSIDE_DATA',
      severity: 'warning',
      message: `${fmtNum(t)} °C is outside the derating data (${TEMPERATURE_RANGE_C.min} to ${TEMPERATURE_RANGE_C.max} °C); capacity and resistance use the nearest edge.`,
    });
  }
  return out;
}
