import { findAccelerator } from '../catalog';
import { escapeInline } from '../text/safe-text';
import { fieldAt, type FieldGroup } from './field-registry';

export type Lang = 'en' | 'ko';

const GROUP: Record<FieldGroup, { en: string; ko: string }> = {
  plan: { en: 'Plan', ko: '계획' },
  robot: { en: 'Robot', ko: '로봇' },
  battery: { en: 'Battery', ko: '배터리' },
  compute: { en: 'AI compute', ko: 'AI 연산' },
  workloads: { en: 'AI workloads', ko: 'AI 워크로드' },
  accessories: { en: 'Accessories', ko: '부가 장치' },
  conversion: { en: 'Power conversion', ko: '전력 변환' },
  charger: { en: 'Charger', ko: '충전기' },
  dutyCycle: { en: 'Duty cycle', ko: '작업 주기' },
  targets: { en: 'Targets', ko: '목표' },
};

type Doc = Record<string, unknown> | null | undefined;

function at(doc: unknown, ...keys: (string | number)[]): unknown {
  let cur = doc;
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const q = (name: string) => `“${escapeInline(name).slice(0, 60)}”`;

/**
 * A plan path in words for a reader: `robot.activities[1].powerW` → `Activity “Walking” › Power`,
 * `dutyCycle.segments[2].durationMin` → `Segment 3 (Sitting) › Duration`, `battery.pack.energyWh` →
 * `Battery › Pack energy`. Error banners, sensitivity bars and the sweep picker show these; a path the
 * registry does not know (an unknown key from a file) is shown as written, escaped.
 */
export function describePath(doc: Doc, path: string, lang: Lang = 'en'): string {
  if (path === '(plan)') return lang === 'ko' ? '계획' : 'Plan';
  if (path === '(file)') return lang === 'ko' ? '파일' : 'File';
  // A list element ("…workloads[0]") is described by its list's field, with its position.
  const element = /^(.*)\[(\d+)\]$/.exec(path);
  const field = fieldAt(path) ?? (element ? fieldAt(element[1]!) : undefined);
  const position = !fieldAt(path) && element && field ? ` ${Number(element[2]) + 1}` : '';
  const m = /^(robot\.activities|compute|workloads|accessories|dutyCycle\.segments)\[(\d+)\](.*)$/.exec(path);
  let owner: string | null = null;
  if (m) {
    const [, list, idx] = m;
    const i = Number(idx);
    const item = at(doc, ...list!.split('.'), i);
    const name = str(at(item, 'label')) ?? str(at(item, 'name')) ?? str(at(item, 'id'));
    const n = i + 1;
    switch (list) {
      case 'robot.activities':
        owner = lang === 'ko' ? `동작 ${name ? q(name) : n}` : `Activity ${name ? q(name) : n}`;
        break;
      case 'compute': {
        // A device without a name of its own is known by its chip.
        const preset = str(at(item, 'preset'));
        const chip = str(at(item, 'name')) ?? (preset ? findAccelerator(preset)?.name : undefined) ?? name;
        owner = lang === 'ko' ? `장치 ${chip ? q(chip) : n}` : `Device ${chip ? q(chip) : n}`;
        break;
      }
      case 'workloads':
        owner = lang === 'ko' ? `워크로드 ${name ? q(name) : n}` : `Workload ${name ? q(name) : n}`;
        break;
      case 'accessories':
        owner = lang === 'ko' ? `부가 장치 ${name ? q(name) : n}` : `Accessory ${name ? q(name) : n}`;
        break;
      default: {
        const activityId = str(at(item, 'activity'));
        const activity = activityId
          ? ((at(doc, 'robot', 'activities') as unknown[] | undefined) ?? []).find(
              (a) => at(a, 'id') === activityId,
            )
          : undefined;
        const segName = str(at(item, 'label')) ?? str(at(activity, 'label')) ?? activityId;
        owner =
          (lang === 'ko' ? `구간 ${n}` : `Segment ${n}`) +
          (segName ? ` (${escapeInline(segName).slice(0, 40)})` : '');
        const dev = /^\.compute\.([A-Za-z0-9_-]+)/.exec(m[3] ?? '')?.[1];
        if (dev) {
          const device = ((at(doc, 'compute') as unknown[] | undefined) ?? []).find(
            (d) => at(d, 'id') === dev,
          );
          owner += ` › ${lang === 'ko' ? '장치' : 'device'} ${q(str(at(device, 'name')) ?? dev)}`;
        }
      }
    }
  }
  if (!field) {
    const tail = m ? (m[3] ?? '').replace(/^\./, '') : '';
    if (owner && tail === '') return owner;
    return owner ? `${owner} › ${escapeInline(tail)}` : escapeInline(path);
  }
  const label = field.label[lang] + position;
  if (owner) return `${owner} › ${label}`;
  const group = GROUP[field.group][lang];
  return field.group === 'plan' || group === label ? label : `${group} › ${label}`;
}

/** The name of a field group in a language. */
export function groupName(group: FieldGroup, lang: Lang): string {
  return GROUP[group][lang];
}
