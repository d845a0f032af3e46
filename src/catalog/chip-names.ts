/**
 * Catalog names in the reader's language. A chip's catalog name is its brand and model with, in parentheses,
 * what it is ("DEEPX DX-M1 (M.2 module)"): the brand and model stay as the vendor writes them, the descriptor is
 * said in the reader's language ("DEEPX DX-M1 (M.2 모듈)"). A runtime whose name is a description (the ideal
 * roofline, a benchmark harness) has its whole name in Korean. The catalog records keep their English names:
 * files, CSV and `--json` read those.
 */
import type { Lang } from '../text/phrase';
import { findAccelerator, findRuntime, type Accelerator, type InferenceRuntime } from './index';

/** Words in both languages. */
export interface BilingualText {
  en: string;
  ko: string;
}

/**
 * The descriptor in parentheses of each chip's catalog name that says what the chip is, by chip id. Model
 * designations in parentheses ("T5000", "RBLN-CA25", "Rebel100", "Renegade", "LPU", "SoC") are names and stay.
 */
export const CHIP_DESCRIPTORS: Readonly<Record<string, BilingualText>> = {
  'deepx-dx-m1': { en: 'M.2 module', ko: 'M.2 모듈' },
  'deepx-dx-m2': { en: 'target, gen-AI', ko: '목표 칩, 생성형 AI' },
  'deepx-dx-v1-v3': { en: 'vision SoCs', ko: '비전 SoC' },
  'jetson-orin-nano-8gb-super': { en: 'Super mode', ko: 'Super 모드' },
  'qualcomm-cloud-ai-100-ultra': { en: '4 SoCs', ko: 'SoC 4개' },
  'mobilint-aries-mla100': { en: 'MLA100 MXM module', ko: 'MLA100 MXM 모듈' },
  'mobilint-regulus': { en: 'on-device SoC', ko: '온디바이스 SoC' },
  'rebellions-atom-ca22': { en: 'RBLN-CA22 card', ko: 'RBLN-CA22 카드' },
  'hyperaccel-bertha-100': { en: 'edge LPU, M.2', ko: '엣지 LPU, M.2' },
  'nvidia-h100-sxm': { en: 'reference', ko: '참고용' },
  'nvidia-h200-sxm': { en: 'reference', ko: '참고용' },
  'nvidia-b200': { en: 'reference', ko: '참고용' },
};

/** Runtimes whose catalog name describes them, by runtime id, in Korean (the others are product names). */
export const RUNTIME_NAMES_KO: Readonly<Record<string, string>> = {
  roofline: '이상적 루프라인 (런타임 오버헤드 없음)',
  'embedl-harness': 'embedl 엣지 추론 벤치마크 측정 도구',
};

/** A catalog name as brand and model, and the descriptor in its last parentheses (null without one). */
export function splitCatalogName(name: string): { model: string; descriptor: string | null } {
  const m = /^(.*\S)\s*\(([^()]*)\)$/.exec(name);
  return m ? { model: m[1]!, descriptor: m[2]! } : { model: name, descriptor: null };
}

/**
 * A chip's name in a language: "DEEPX DX-M2 (target, gen-AI)" / "DEEPX DX-M2 (목표 칩, 생성형 AI)". A chip
 * id the catalog lacks is shown as written.
 */
export function chipDisplayName(chip: Accelerator | string, lang: Lang): string {
  const a = typeof chip === 'string' ? findAccelerator(chip) : chip;
  if (!a) return String(chip);
  const d = CHIP_DESCRIPTORS[a.id];
  if (!d || lang === 'en') return a.name;
  const { model, descriptor } = splitCatalogName(a.name);
  // The table is for the descriptor the catalog gives; if the catalog's name changed, its name stands.
  return descriptor === d.en ? `${model} (${d[lang]})` : a.name;
}

/** A runtime's name in a language ("Ideal roofline (no runtime overhead)" / "이상적 루프라인 (…)"). */
export function runtimeDisplayName(runtime: InferenceRuntime | string, lang: Lang): string {
  const r = typeof runtime === 'string' ? findRuntime(runtime) : runtime;
  if (!r) return String(runtime);
  return lang === 'ko' ? (RUNTIME_NAMES_KO[r.id] ?? r.name) : r.name;
}

/** The scenario that switches a chip to a power mode: "7 W mode" / "7 W 모드". */
export function powerModeName(mode: { name: string }, lang: Lang): string {
  return lang === 'ko' ? `${mode.name} 모드` : `${mode.name} mode`;
}

/** Every name a chip goes by (its catalog name and its name in each language): a device named after it. */
export function chipNames(chip: Accelerator | string): string[] {
  const a = typeof chip === 'string' ? findAccelerator(chip) : chip;
  return a ? [...new Set([a.name, chipDisplayName(a, 'en'), chipDisplayName(a, 'ko')])] : [];
}

/** English catalog names and their Korean display names, longest first (so a longer name wins). */
let koreanNames: readonly (readonly [string, string])[] | null = null;
function koreanNameTable(): readonly (readonly [string, string])[] {
  if (!koreanNames) {
    const pairs: [string, string][] = [];
    for (const id of Object.keys(CHIP_DESCRIPTORS)) {
      const a = findAccelerator(id);
      if (a) pairs.push([a.name, chipDisplayName(a, 'ko')]);
    }
    for (const [id, ko] of Object.entries(RUNTIME_NAMES_KO)) {
      const r = findRuntime(id);
      if (r) pairs.push([r.name, ko]);
    }
    koreanNames = pairs.filter(([en, ko]) => en !== ko).sort((x, y) => y[0].length - x[0].length);
  }
  return koreanNames;
}

/**
 * A text with the catalog's English chip and runtime names said in `lang` ("DEEPX DX-M2 (target, gen-AI)" →
 * "DEEPX DX-M2 (목표 칩, 생성형 AI)"): model sentences carry a device's name, which defaults to its chip's catalog
 * name, so the phrase renderer says it in the reader's language here, once.
 */
export function localizeCatalogNames(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  let out = text;
  for (const [en, ko] of koreanNameTable()) if (out.includes(en)) out = out.split(en).join(ko);
  return out;
}
