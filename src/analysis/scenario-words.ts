import { findAccelerator, findCell, findRobot, findWeightFormat } from '../catalog';
import { chipDisplayName, runtimeDisplayName } from '../catalog/chip-names';
import { describePath } from '../plan/describe-path';
import { workloadLabel } from '../plan/edits';
import { fieldAt } from '../plan/field-registry';
import { getAtPath } from '../plan/paths';
import type { Change, Scenario } from '../plan/scenario-schema';
import type { Plan } from '../plan/schema';
import { formatterFor, type Lang } from '../text/format';
import { ph, renderPhrase, type PhraseValue } from '../text/phrase';
import type { PhraseId } from '../text/phrases';

/** A value of a field in words: a number with its unit, a name as written, a list joined. */
function valueText(value: unknown, unit: string, lang: Lang): string {
  const f = formatterFor(lang);
  if (typeof value === 'number') return unit ? f.quantity(value, unit, 4) : f.num(value, 4);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => valueText(v, '', lang)).join(', ');
  return value === undefined || value === null ? '—' : '…';
}

const chipName = (id: unknown) => (typeof id === 'string' ? (findAccelerator(id)?.name ?? id) : '—');

/**
 * A catalog choice in the words the editor shows it in: a runtime ("TensorRT Edge-LLM", "이상적 루프라인 …"),
 * a power mode ("7 W"), a chip or a weight format by its name; null for any other field.
 */
function choiceText(base: Plan, path: string, value: unknown, lang: Lang): string | null {
  if (typeof value !== 'string') return null;
  if (/^(compute|workloads)\[\d+\]\.runtime$/.test(path)) return runtimeDisplayName(value, lang);
  if (/^compute\[\d+\]\.preset$/.test(path)) return chipDisplayName(value, lang);
  if (/^workloads\[\d+\]\.quantisation$/.test(path)) return findWeightFormat(value)?.name ?? value;
  const mode = /^compute\[(\d+)\]\.powerMode$/.exec(path);
  if (mode) {
    const preset = base.compute[Number(mode[1])]?.preset;
    const m = (preset ? findAccelerator(preset)?.powerModes : undefined)?.find((x) => x.id === value);
    return m ? m.name : value;
  }
  return null;
}

/** A segment in a few words: "Walking 20 min". */
function segmentText(plan: Plan, seg: unknown, lang: Lang): string {
  const s = seg as { kind?: string; activity?: string; durationMin?: number; label?: string } | undefined;
  if (!s) return '—';
  const activity = plan.robot.activities.find((a) => a.id === s.activity);
  const name = s.label ?? activity?.label ?? s.kind ?? '?';
  return typeof s.durationMin === 'number'
    ? `${name} ${formatterFor(lang).duration(s.durationMin / 60)}`
    : name;
}

/**
 * One change in the words of the plan editor, read against the base plan it changes: "Battery › Pack energy
 * 2,300 → 3,000 Wh", "Assistant LLM off while Walking", "Device “npu”: DEEPX DX-M1 → Jetson AGX Orin 64GB".
 */
export function describeChange(base: Plan, c: Change, lang: Lang = 'en'): string {
  const say = (id: PhraseId, params: Record<string, PhraseValue>) => renderPhrase(ph(id, params), lang);
  switch (c.op) {
    case 'set':
    case 'scale': {
      const unit = fieldAt(c.path)?.unit ?? '';
      const field = describePath(base, c.path, lang);
      const from = getAtPath(base, c.path);
      if (c.op === 'scale') {
        const to = typeof from === 'number' ? from * c.factor : undefined;
        return say('scn.scale', {
          field,
          factor: formatterFor(lang).num(c.factor, 4),
          from: valueText(from, unit, lang),
          to: valueText(to, unit, lang),
        });
      }
      const text = (v: unknown) => choiceText(base, c.path, v, lang) ?? valueText(v, unit, lang);
      return from === undefined
        ? say('scn.setNew', { field, to: text(c.value) })
        : say('scn.set', { field, from: text(from), to: text(c.value) });
    }
    case 'swapDevice': {
      const d = base.compute.find((x) => x.id === c.device);
      return say('scn.swapDevice', {
        device: d?.name ?? `${renderPhrase(ph('scn.device'), lang)} “${c.device}”`,
        from: chipName(d?.preset),
        to: chipName(c.preset),
      });
    }
    case 'swapCell':
      return say('scn.swapCell', { cell: findCell(c.preset)?.name ?? c.preset });
    case 'swapRobot':
      return say('scn.swapRobot', { robot: findRobot(c.preset)?.name ?? c.preset });
    case 'addSegment':
      return say('scn.addSegment', { n: String(c.at + 1), segment: segmentText(base, c.segment, lang) });
    case 'removeSegment':
      return say('scn.removeSegment', {
        n: String(c.at + 1),
        segment: segmentText(base, base.dutyCycle.segments[c.at], lang),
      });
    case 'workload': {
      const w = base.workloads.find((x) => x.id === c.workload);
      const workload = w ? workloadLabel(w) : c.workload;
      const activity = c.activity
        ? (base.robot.activities.find((a) => a.id === c.activity)?.label ?? c.activity)
        : undefined;
      if (activity === undefined) return say(c.on ? 'scn.workloadOnAll' : 'scn.workloadOffAll', { workload });
      return say(c.on ? 'scn.workloadOnIn' : 'scn.workloadOffIn', { workload, activity });
    }
  }
}

/** A scenario's changes in words, joined: "Battery › Pack energy 2,300 → 3,000 Wh; Assistant LLM off while Walking". */
export function describeScenario(base: Plan, s: Scenario, lang: Lang = 'en'): string {
  if (s.changes.length === 0) return renderPhrase(ph('scn.none'), lang);
  return s.changes.map((c) => describeChange(base, c, lang)).join('; ');
}
