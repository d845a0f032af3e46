/**
 * Range warnings: the daily stressors against the chemistry's capacity model's BLAST-Lite
 * `experimental_range` and its documented limitations (all from the chemistry's record,
 * src/battery/chemistries/*.ts), as sentences in data (src/text/phrase.ts). See docs/ageing.md.
 */
import { ph, renderPhrase, type Phrase } from '../../text/phrase';
import { CHEMISTRY_DATA, findChemistry, type Chemistry } from '../chemistry';
import { sanitizeStressors, type AgeingStressors } from './stressors';

export interface AgeingWarning {
  code: string;
  /** The sentence in English (`text` rendered). */
  message: string;
  /** The sentence as data, rendered in the reader's language (src/text/phrase.ts). */
  text: Phrase;
}

function fmt(x: number, digits = 2): string {
  return Number.isFinite(x) ? x.toFixed(digits) : String(x);
}

/**
 * Compares the stressors with the capacity model's BLAST-Lite `experimental_range` and returns warnings with
 * stable codes:
 *   AGEING_INPUT_CLAMPED               a stressor was non-finite or outside the evaluation domain and was clamped
 *   AGEING_TEMP_OUT_OF_RANGE           cycling temperature (if cycled) or calendar-test temperature (if at rest)
 *   AGEING_DOD_OUT_OF_RANGE            DoD outside the tested DoD range (only if cycled)
 *   AGEING_CHARGE_RATE_OUT_OF_RANGE    avgChargeCRatePerH above max_rate_charge (LFP: 0.16C at ≤ 10 °C)
 *   AGEING_DISCHARGE_RATE_OUT_OF_RANGE avgDischargeCRatePerH above max_rate_discharge
 *   AGEING_MODEL_LIMITATION            a documented limitation of the chosen model applies to this use
 */
export function ageingRangeWarnings(chemistry: Chemistry, s: AgeingStressors): AgeingWarning[] {
  const x = sanitizeStressors(s);
  // A value that is not a chemistry is checked against NMC's range, without NMC's own notes.
  const own = findChemistry(chemistry)?.ageing;
  const { experimentalRange: range } = own ?? CHEMISTRY_DATA.NMC.ageing;
  // The model in words (its cell, chemistry and size), not its BLAST-Lite id: the sources list cites the id.
  const model = { p: ph(`ageingModel.${own ? chemistry : 'NMC'}`) };
  const out: AgeingWarning[] = [];
  const cycled = x.efcPerDay > 0;

  const push = (code: string, text: Phrase) => out.push({ code, message: renderPhrase(text, 'en'), text });
  if (x.adjusted.length > 0) {
    push('AGEING_INPUT_CLAMPED', ph('AGEING_INPUT_CLAMPED', { list: x.adjusted.join(', ') }));
  }

  const [tLo, tHi] = cycled ? range.cyclingTemperatureC : range.calendarTemperatureC;
  if (x.temperatureC < tLo || x.temperatureC > tHi) {
    push(
      'AGEING_TEMP_OUT_OF_RANGE',
      ph('AGEING_TEMP_OUT_OF_RANGE', {
        t: fmt(x.temperatureC, 1),
        kind: { p: ph(cycled ? 'ageing.cycling' : 'ageing.calendar') },
        lo: String(tLo),
        hi: String(tHi),
        model,
      }),
    );
  }

  const [dLo, dHi] = range.dod;
  const dodTolerance = 0.05;
  if (cycled && (x.dod < dLo - dodTolerance || x.dod > dHi + dodTolerance)) {
    push(
      'AGEING_DOD_OUT_OF_RANGE',
      ph('AGEING_DOD_OUT_OF_RANGE', {
        model: { ...model, cap: true },
        range: {
          p:
            dLo === dHi
              ? ph('dod.at', { lo: String(dLo * 100) })
              : ph('dod.between', { lo: String(dLo * 100), hi: String(dHi * 100) }),
        },
        dod: String(Math.round(x.dod * 100)),
        nmc: { p: ph(own?.experimentalRange.noDodSensitivity ? 'dod.nmcNote' : 'empty') },
      }),
    );
  }

  const cold = own?.experimentalRange.coldCharge;
  const maxChg =
    cold !== undefined && x.temperatureC <= cold.atOrBelowC
      ? cold.maxChargeCRatePerH
      : range.maxChargeCRatePerH;
  if (cycled && x.cChgPerH > maxChg) {
    push(
      'AGEING_CHARGE_RATE_OUT_OF_RANGE',
      ph('AGEING_CHARGE_RATE_OUT_OF_RANGE', { c: fmt(x.cChgPerH), max: String(maxChg), model }),
    );
  }
  // The LG M50 form holds its cycle-fade rate at the cap above it (ageing/models.ts).
  const heldAtPerH = own?.capacity.form === 'lgm50' ? own.capacity.params.maxCdisPerH : undefined;
  if (cycled && x.cDisPerH > range.maxDischargeCRatePerH) {
    push(
      'AGEING_DISCHARGE_RATE_OUT_OF_RANGE',
      ph('AGEING_DISCHARGE_RATE_OUT_OF_RANGE', {
        c: fmt(x.cDisPerH),
        max: String(range.maxDischargeCRatePerH),
        model,
        held: {
          p: heldAtPerH === undefined ? ph('empty') : ph('ageing.heldAt', { cap: String(heldAtPerH) }),
        },
      }),
    );
  }

  const limitation = own?.experimentalRange.limitation;
  if (
    cycled &&
    limitation !== undefined &&
    (x.temperatureC < limitation.cyclingTemperatureC[0] || x.temperatureC > limitation.cyclingTemperatureC[1])
  ) {
    push('AGEING_MODEL_LIMITATION', ph(limitation.phrase));
  }
  return out;
}
