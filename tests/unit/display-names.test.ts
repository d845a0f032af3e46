import { describe, expect, it } from 'vitest';
import {
  localizedScenarioName,
  powerModeScenarios,
  runtimeScenarios,
  screenChips,
  seedChipScenarios,
  catalogChipScenarios,
} from '../../src/analysis/seed-scenarios';
import { ACCELERATORS, RUNTIMES } from '../../src/catalog';
import {
  CHIP_DESCRIPTORS,
  chipDisplayName,
  runtimeDisplayName,
  splitCatalogName,
} from '../../src/catalog/chip-names';
import { withChip } from '../../src/plan/edits';
import { validatePlan } from '../../src/plan/load';
import type { Plan } from '../../src/plan/schema';
import { EXAMPLES, readExample } from './plan-helpers';

// Catalog names in the reader's language: brand and model as the vendor writes them, what the chip is in the
// reader's words (src/catalog/chip-names.ts); scenario names the same (src/analysis/seed-scenarios.ts).

/**
 * English words that say what a chip, a runtime or a scenario is: none may be left in a Korean name (product
 * names keep their own capitalised words: Coral Edge TPU, TensorRT Edge-LLM, Neural Engine).
 */
const ENGLISH_DESCRIPTOR =
  /\b(modules?|target|gen-AI|vision|mode|reference|card|edge|on-device|roofline|runtime|overhead|harness)\b|SoCs|Ideal|-class|Benchmarks/;

const HANGUL = /[\uac00-\ud7a3]/;

describe('chip and runtime display names', () => {
  it('every catalog chip has a Korean name with no English descriptor word; its brand and model stay', () => {
    for (const a of ACCELERATORS) {
      const ko = chipDisplayName(a, 'ko');
      expect(ko, a.id).not.toMatch(ENGLISH_DESCRIPTOR);
      expect(ko.startsWith(splitCatalogName(a.name).model), a.id).toBe(true);
      expect(chipDisplayName(a, 'en'), a.id).toBe(a.name);
      expect(chipDisplayName(a.id, 'ko'), a.id).toBe(ko);
    }
    expect(chipDisplayName('deepx-dx-m1', 'ko')).toBe('DEEPX DX-M1 (M.2 모듈)');
    expect(chipDisplayName('deepx-dx-m2', 'ko')).toBe('DEEPX DX-M2 (목표 칩, 생성형 AI)');
    expect(chipDisplayName('no-such-chip', 'ko')).toBe('no-such-chip');
  });

  it("the descriptor table matches the catalog's names (a renamed chip shows up here, not as stale words)", () => {
    for (const [id, d] of Object.entries(CHIP_DESCRIPTORS)) {
      const a = ACCELERATORS.find((x) => x.id === id);
      expect(a, id).toBeDefined();
      expect(splitCatalogName(a!.name).descriptor, id).toBe(d.en);
      expect(d.ko, id).toMatch(HANGUL);
    }
    // A descriptor with English words has its Korean in the table.
    for (const a of ACCELERATORS) {
      const { descriptor } = splitCatalogName(a.name);
      if (descriptor && /\b[a-z]{3,}\b/.test(descriptor)) expect(CHIP_DESCRIPTORS[a.id], a.id).toBeDefined();
    }
  });

  it('every runtime has a Korean name with no English descriptor word', () => {
    for (const r of RUNTIMES) {
      expect(runtimeDisplayName(r, 'ko'), r.id).not.toMatch(ENGLISH_DESCRIPTOR);
      expect(runtimeDisplayName(r, 'en'), r.id).toBe(r.name);
    }
    expect(runtimeDisplayName('roofline', 'ko')).toBe('이상적 루프라인 (런타임 오버헤드 없음)');
  });
});

/** The Optimus-class example on a Jetson Orin Nano Super: power modes, and every Jetson runtime. */
function onNano(): Plan {
  const doc = JSON.parse(JSON.stringify(readExample(EXAMPLES[0]!)));
  doc.compute[0] = withChip(doc.compute[0], 'jetson-orin-nano-8gb-super');
  const r = validatePlan(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.plan;
}

describe('scenario names', () => {
  it('the seed chips, power modes, runtimes and catalog chips are named in the reader’s language', () => {
    const plan = onNano();
    const device = plan.compute[0]!.id;
    const ko = [
      ...seedChipScenarios(device, 'ko'),
      ...powerModeScenarios(plan, device, 'ko'),
      ...runtimeScenarios(plan, device, 'ko'),
      ...catalogChipScenarios(device, undefined, 'ko'),
    ].map((s) => s.name);
    expect(ko.length).toBeGreaterThan(10);
    for (const name of ko) expect(name).not.toMatch(ENGLISH_DESCRIPTOR);
    expect(ko).toContain('7 W 모드');
    expect(ko).toContain('DEEPX DX-M2 (목표 칩)');
    expect(ko).toContain('GPU급: Jetson AGX Orin 64GB');
    expect(ko).toContain('이상적 루프라인 (런타임 오버헤드 없음)');
    // English stays the default (files, CSV, the CLI).
    expect(powerModeScenarios(plan, device).map((s) => s.name)).toContain('7 W mode');
    expect(seedChipScenarios(device).map((s) => s.name)).toContain('DEEPX DX-M2 (target)');
  });

  it('a generated scenario reads in the other language after a switch; a name the user wrote stays', () => {
    const plan = onNano();
    const device = plan.compute[0]!.id;
    const all = (lang: 'en' | 'ko') => [
      ...seedChipScenarios(device, lang),
      ...powerModeScenarios(plan, device, lang),
      ...runtimeScenarios(plan, device, lang),
      ...catalogChipScenarios(device, undefined, lang),
    ];
    const en = all('en');
    const ko = all('ko');
    en.forEach((s, k) => {
      expect(localizedScenarioName(plan, s, 'ko')).toBe(ko[k]!.name);
      expect(localizedScenarioName(plan, ko[k]!, 'en')).toBe(s.name);
    });
    const own = { ...en[0]!, name: 'My idea' };
    expect(localizedScenarioName(plan, own, 'ko')).toBe('My idea');
  });

  it('the chips left out of "chips that fit" are named in the reader’s language', () => {
    const plan = readExample(EXAMPLES[0]!);
    const s = screenChips(plan, plan.compute[0]!.id, 'ko');
    for (const x of [...s.cannot, ...s.unknown]) expect(x.name).not.toMatch(ENGLISH_DESCRIPTOR);
    expect([
      ...s.fit.map((x) => x.name),
      ...s.cannot.map((x) => x.name),
      ...s.unknown.map((x) => x.name),
    ]).toContain('DEEPX DX-M2 (목표 칩, 생성형 AI)');
  });
});
