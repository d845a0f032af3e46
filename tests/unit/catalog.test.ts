import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHEMISTRIES } from '../../src/battery/chemistry';
import {
  ACCELERATORS,
  acceleratorPlanningFigure,
  allSourcedFigures,
  allSources,
  CATALOG,
  CATALOG_SOURCE_DATE,
  CATALOG_VERSION,
  CELLS,
  CHEMISTRY_SPECS,
  CONFIDENCES,
  findAccelerator,
  findCell,
  findChemistrySpec,
  findMemoryType,
  findModel,
  findRobot,
  isDatacenterClass,
  LLMS,
  MEMORY_TYPES,
  MODELS,
  PLANNING_ASSUMPTION_PREFIX,
  ROBOTS,
  RUNTIMES,
  TYPICAL_FRACTION_OF_MAX_POWER,
  VISION_MODELS,
  VJEPA2_PLANNING_CLIP_TOKENS,
  WEIGHT_FORMATS,
  WORLD_MODELS,
  withPlanningDefault,
  type AcceleratorPlanningKey,
  type Cell,
  type Sourced,
} from '../../src/catalog';

const figures = allSourcedFigures();
const byPath = new Map(figures.map((f) => [f.path, f.figure]));
const catalogFigures = figures.filter((f) => !f.isPlanningDefault);
const planningDefaults = figures.filter((f) => f.isPlanningDefault);

const nonEmpty = (s: string | null | undefined): boolean => typeof s === 'string' && s.trim().length > 0;
const num = (s: Sourced<unknown> | undefined): number | null =>
  typeof s?.value === 'number' ? s.value : null;

/** Expected unit for a figure, from the field name at the end of its path (units live in names). */
const UNIT_RULES: readonly [RegExp, readonly string[]][] = [
  [/WhPerKg$/, ['Wh/kg']],
  [/Wh$/, ['Wh']],
  [/PjPerBit$/, ['pJ/bit']],
  [/GBps$/, ['GB/s']],
  [/GB$/, ['GB']],
  [/W$/, ['W']],
  [/V$/, ['V']],
  [/Kg$/, ['kg']],
  [/Ah$/, ['Ah']],
  [/A$/, ['A']],
  [/Ohm$/, ['Ohm']],
  [/H$/, ['h']],
  [/S$/, ['s']],
  [/C$/, ['C']],
  [/Cycles$/, ['cycles']],
  [/^paramsB$/, ['B params']],
  [/^paramsM$/, ['M params']],
  [/^gflopsPer(Frame|Clip)$/, ['GFLOPs']],
  [/^peakTops(Other)?$/, ['TOPS', 'TFLOPS']],
  [/^layers$/, ['layers']],
  [/Heads$/, ['heads']],
  [/^(headDim|hiddenSize|intermediateSize)$/, ['dims']],
  [/^(vocabSize|windowTokens)$/, ['tokens']],
  [/^tiedEmbeddings$/, ['flag']],
  [/MHz$/, ['MHz']],
  [/^(bandwidthScale|overheadScale)$/, ['ratio']],
  [/Efficiency$/, ['fraction']],
  [/Ms$/, ['ms']],
  [/^kvCacheBytesPerTokenFp16$/, ['bytes']],
  [/^bitsPerWeight$/, ['bits/weight']],
  [/^memoryType$/, ['memory type']],
  [/^processNode$/, ['node']],
  [/^year$/, ['year']],
];
/** Lists whose entries carry their own free-form units. */
const FREE_UNIT_LISTS = new Set(['benchmarks', 'claims']);

/** The field name that decides a figure's unit: record keys and list entries defer to their parent field. */
function fieldName(path: string): string | null {
  const parts = path.replace(/\[[^\]]*\]/g, '').split('.');
  const last = parts[parts.length - 1]!;
  const parent = parts[parts.length - 2] ?? '';
  if (path.endsWith(']')) return FREE_UNIT_LISTS.has(last) ? null : last;
  if (parent === 'activityPowerW') return parent;
  return last;
}

describe('catalog figures: provenance', () => {
  it('walks every list and gives each figure a unique path', () => {
    for (const list of Object.keys(CATALOG)) {
      expect(figures.some((f) => f.path.startsWith(`${list}[`))).toBe(true);
    }
    expect(byPath.get('accelerators[deepx-dx-m1].typicalPowerW')?.value).toBe(3);
    expect(byPath.get('llms[llama-3.2-1b].layers')?.value).toBe(16);
    expect(new Set(figures.map((f) => f.path)).size).toBe(figures.length);
  });

  it('every figure has a known confidence tag', () => {
    const bad = figures.filter((f) => !CONFIDENCES.includes(f.figure.confidence)).map((f) => f.path);
    expect(bad).toEqual([]);
  });

  it('every non-null value has a source, or a derivation or reason in its note', () => {
    const bad = figures
      .filter(({ figure: s }) => s.value !== null && !nonEmpty(s.source))
      .filter(
        ({ figure: s }) => !((s.confidence === 'derived' || s.confidence === 'estimate') && nonEmpty(s.note)),
      )
      .map((f) => f.path);
    expect(bad).toEqual([]);
  });

  it('a null value is either unsourced or explained by a note', () => {
    const bad = figures
      .filter(({ figure: s }) => s.value === null && s.confidence !== 'unsourced' && !nonEmpty(s.note))
      .map((f) => f.path);
    expect(bad).toEqual([]);
  });

  it('unsourced figures carry no value and no source', () => {
    const bad = figures
      .filter(({ figure: s }) => s.confidence === 'unsourced' && (s.value !== null || nonEmpty(s.source)))
      .map((f) => f.path);
    expect(bad).toEqual([]);
  });

  it('derived figures state their derivation', () => {
    const bad = figures
      .filter(({ figure: s }) => s.confidence === 'derived')
      .filter(({ figure: s }) => !(s.source?.startsWith('derived') || nonEmpty(s.note)))
      .map((f) => f.path);
    expect(bad).toEqual([]);
  });

  it('derivations of the form "X Wh / Y h" and "X V x Y Ah" match their value within 1%', () => {
    let checked = 0;
    for (const { path, figure } of figures) {
      const v = num(figure);
      const src = figure.source ?? '';
      const div = /^derived: ([\d.]+) Wh \/ ([\d.]+) h/.exec(src);
      const mul = /^derived: ([\d.]+) V x ([\d.]+) Ah/.exec(src);
      const expected = div ? Number(div[1]) / Number(div[2]) : mul ? Number(mul[1]) * Number(mul[2]) : null;
      if (expected === null) continue;
      checked++;
      expect(v, path).not.toBeNull();
      expect(Math.abs(v! - expected) / expected, path).toBeLessThan(0.01);
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('ranges are ordered and contain the value', () => {
    const bad = figures
      .filter(({ figure: s }) => s.range !== undefined)
      .filter(({ figure: s }) => {
        const [lo, hi] = s.range!;
        const v = num(s);
        return !(lo <= hi) || (v !== null && (v < lo || v > hi));
      })
      .map((f) => f.path);
    expect(bad).toEqual([]);
  });

  it('units match the unit in the field name', () => {
    const bad: string[] = [];
    for (const { path, figure } of figures) {
      const field = fieldName(path);
      if (field === null) continue;
      const rule = UNIT_RULES.find(([re]) => re.test(field));
      if (rule === undefined || !rule[1].includes(figure.unit)) bad.push(`${path} [${figure.unit}]`);
    }
    expect(bad).toEqual([]);
  });

  it('values are numbers except for memory types, process nodes and tied-embedding flags', () => {
    const bad = figures
      .filter(({ figure: s }) => s.value !== null)
      .filter(({ path, figure: s }) => {
        const stringField = /\.(memoryType|processNode)$/.test(path);
        if (/\.tiedEmbeddings$/.test(path)) return typeof s.value !== 'boolean';
        return stringField
          ? typeof s.value !== 'string'
          : typeof s.value !== 'number' || !Number.isFinite(s.value);
      })
      .map((f) => f.path);
    expect(bad).toEqual([]);
  });

  it('every unverified claim says where it came from', () => {
    const unverified = figures.filter((f) => f.figure.confidence === 'unverified');
    expect(unverified.length).toBeGreaterThan(0);
    for (const { path, figure } of unverified) expect(nonEmpty(figure.source), path).toBe(true);
  });

  it('the sources list has no planning assumptions and no blanks', () => {
    const sources = allSources();
    expect(sources.length).toBeGreaterThan(20);
    for (const s of sources) {
      expect(s.startsWith(PLANNING_ASSUMPTION_PREFIX)).toBe(false);
      expect(s.trim()).not.toBe('');
    }
  });
});

describe('weight formats', () => {
  it('each names its source and a known confidence, with a unique id', () => {
    expect(new Set(WEIGHT_FORMATS.map((f) => f.id)).size).toBe(WEIGHT_FORMATS.length);
    for (const f of WEIGHT_FORMATS) {
      expect(nonEmpty(f.source), f.id).toBe(true);
      expect(CONFIDENCES, f.id).toContain(f.confidence);
    }
  });

  it("every runtime's default format is in the catalog", () => {
    for (const r of RUNTIMES) {
      if (r.defaultFormat !== null)
        expect(
          WEIGHT_FORMATS.map((f) => f.id),
          r.id,
        ).toContain(r.defaultFormat);
    }
  });
});

describe('planning defaults', () => {
  it('are labelled PowerPlan estimates with a value', () => {
    expect(planningDefaults.length).toBeGreaterThan(0);
    const bad = planningDefaults
      .filter(({ path }) => path.includes('.planningDefaults.'))
      .filter(
        ({ figure: s }) =>
          s.confidence !== 'estimate' ||
          s.value === null ||
          !s.source?.startsWith(PLANNING_ASSUMPTION_PREFIX),
      )
      .map((f) => f.path);
    expect(bad).toEqual([]);
  });

  it('only fill gaps: the catalog figure they stand in for is null', () => {
    const bad: string[] = [];
    for (const { path } of planningDefaults) {
      if (!path.includes('.planningDefaults.')) continue;
      const sibling = path.replace('.planningDefaults.', '.');
      const original = byPath.get(sibling);
      if (original !== undefined && original.value !== null) bad.push(path);
    }
    expect(bad).toEqual([]);
  });

  it('never appear outside planningDefaults, except as the assumed constants of an unmeasured runtime', () => {
    const bad = catalogFigures
      .filter((f) => f.figure.source?.startsWith(PLANNING_ASSUMPTION_PREFIX))
      .map((f) => f.path);
    expect(bad).toEqual([]);
    const elsewhere = planningDefaults
      .filter((f) => !f.path.includes('.planningDefaults.'))
      .filter((f) => !/^runtimes\[[^\]]+\]\.\w+(Efficiency|OverheadMs)$/.test(f.path));
    expect(elsewhere.map((f) => f.path)).toEqual([]);
  });

  it('a runtime constant is fitted to measurements or a marked planning assumption', () => {
    const runtimeFigures = figures.filter((f) => f.path.startsWith('runtimes['));
    expect(runtimeFigures.length).toBe(RUNTIMES.length * 4);
    const bad = runtimeFigures
      .filter(({ figure: s, isPlanningDefault }) =>
        isPlanningDefault ? s.confidence !== 'estimate' : s.confidence !== 'fitted',
      )
      .map((f) => f.path);
    expect(bad).toEqual([]);
  });
});

describe('units are sane', () => {
  it('every power figure is positive', () => {
    const bad = figures.filter((f) => f.figure.unit === 'W' && num(f.figure) !== null && num(f.figure)! <= 0);
    expect(bad.map((f) => f.path)).toEqual([]);
  });

  it('accelerators: max >= typical >= idle, including planning defaults', () => {
    for (const a of ACCELERATORS) {
      const idle = num(acceleratorPlanningFigure(a, 'idlePowerW'));
      const typical = num(acceleratorPlanningFigure(a, 'typicalPowerW'));
      const max = num(acceleratorPlanningFigure(a, 'maxPowerW'));
      if (idle !== null && typical !== null) expect(typical, a.id).toBeGreaterThanOrEqual(idle);
      if (typical !== null && max !== null) expect(max, a.id).toBeGreaterThanOrEqual(typical);
      if (idle !== null && max !== null) expect(max, a.id).toBeGreaterThan(idle);
    }
  });

  it('accelerators: bandwidth in (0, 20000] GB/s, capacity >= 0 GB, year 2015-2030', () => {
    for (const a of ACCELERATORS) {
      const bw = num(acceleratorPlanningFigure(a, 'memoryBandwidthGBps'));
      if (bw !== null) {
        expect(bw, a.id).toBeGreaterThan(0);
        expect(bw, a.id).toBeLessThanOrEqual(20000);
      }
      const gb = num(a.memoryCapacityGB);
      if (gb !== null) expect(gb, a.id).toBeGreaterThanOrEqual(0);
      const year = num(a.year);
      if (year !== null) expect(year >= 2015 && year <= 2030, a.id).toBe(true);
      const peak = num(a.peakTops);
      if (peak !== null) expect(peak, a.id).toBeGreaterThan(0);
    }
  });

  it('memory energy in (0, 100] pJ/bit, for values, ranges and planning defaults', () => {
    for (const m of MEMORY_TYPES) {
      const resolved = withPlanningDefault(m.energyPjPerBit, m.planningDefaults?.energyPjPerBit);
      expect(resolved?.value, m.id).toBeTypeOf('number');
      for (const s of [m.energyPjPerBit, m.planningDefaults?.energyPjPerBit]) {
        for (const x of [num(s), ...(s?.range ?? [])]) {
          if (x === null) continue;
          expect(x, m.id).toBeGreaterThan(0);
          expect(x, m.id).toBeLessThanOrEqual(100);
        }
      }
    }
  });

  const resolvedCell = (c: Cell, key: keyof Cell['planningDefaults'] & keyof Cell): number | null =>
    num(withPlanningDefault(c[key] as Sourced, c.planningDefaults[key]));

  it('cells: min < nominal < max V, Ah > 0, kg > 0, currents > 0', () => {
    for (const c of CELLS) {
      const [minV, nominalV, maxV] = (['minV', 'nominalV', 'maxV'] as const).map((k) => resolvedCell(c, k));
      expect(minV !== null && nominalV !== null && maxV !== null, c.id).toBe(true);
      expect(minV!, c.id).toBeLessThan(nominalV!);
      expect(nominalV!, c.id).toBeLessThan(maxV!);
      expect(num(c.capacityAh), c.id).toBeGreaterThan(0);
      expect(resolvedCell(c, 'massKg'), c.id).toBeGreaterThan(0);
      for (const k of [
        'maxContDischargeA',
        'maxChargeA',
        'internalResistanceOhm',
        'cycleLifeCycles',
      ] as const) {
        expect(resolvedCell(c, k), `${c.id}.${k}`).toBeGreaterThan(0);
      }
      expect(c.cycleLifeEndSohPct === null, c.id).toBe(c.cycleLifeCycles.value === null);
    }
  });

  it('cells: specific energy implied by the sourced figures is plausible (80-300 Wh/kg)', () => {
    for (const c of CELLS) {
      const ah = num(c.capacityAh);
      const v = resolvedCell(c, 'nominalV');
      const kg = resolvedCell(c, 'massKg');
      if (ah === null || v === null || kg === null) continue;
      const whPerKg = (ah * v) / kg;
      expect(whPerKg > 80 && whPerKg < 300, `${c.id}: ${whPerKg}`).toBe(true);
    }
  });

  it('chemistries: min < nominal < max V and positive rates', () => {
    for (const c of CHEMISTRY_SPECS) {
      expect(num(c.minV)!, c.chemistry).toBeLessThan(num(c.nominalV)!);
      expect(num(c.nominalV)!, c.chemistry).toBeLessThan(num(c.maxV)!);
      for (const s of [
        c.maxContDischargeC,
        c.maxChargeC,
        c.internalResistanceOhm,
        c.specificEnergyCellWhPerKg,
      ]) {
        expect(num(s), c.chemistry).toBeGreaterThan(0);
      }
      expect(num(c.specificEnergyCellWhPerKg)!, c.chemistry).toBeGreaterThan(
        num(c.specificEnergyPackWhPerKg)!,
      );
    }
  });

  it('robots: positive mass, energy, voltage and runtime where present; max V above nominal', () => {
    for (const r of ROBOTS) {
      for (const s of [r.massKg, r.batteryEnergyWh, r.packVoltageNominalV, r.claimedRuntimeH]) {
        if (num(s) !== null) expect(num(s), r.id).toBeGreaterThan(0);
      }
      const nominal = num(
        withPlanningDefault(r.packVoltageNominalV, r.planningDefaults?.packVoltageNominalV),
      );
      const max = num(r.packVoltageMaxV);
      if (nominal !== null && max !== null) expect(max, r.id).toBeGreaterThan(nominal);
      const mass = num(r.massKg);
      if (mass !== null) expect(mass, r.id).toBeLessThan(500);
    }
  });
});

describe('accelerators', () => {
  const REQUIRED_IDS = [
    'deepx-dx-m1',
    'deepx-dx-m2',
    'hailo-8',
    'hailo-10h',
    'jetson-orin-nano-8gb-super',
    'jetson-orin-nx-16gb',
    'jetson-agx-orin-64gb',
    'jetson-agx-thor-t5000',
    'google-coral-edge-tpu',
    'mobilint-aries-mla100',
    'rebellions-atom-ca22',
    'rebellions-rebel-quad',
    'furiosa-rngd',
    'hyperaccel-bertha-500',
    'hyperaccel-bertha-100',
    'nvidia-h100-sxm',
    'nvidia-h200-sxm',
  ];

  it('include every required device', () => {
    const missing = REQUIRED_IDS.filter((id) => findAccelerator(id) === undefined);
    expect(missing).toEqual([]);
  });

  it('DX-M2 is a target whose power and model claims are tagged as targets', () => {
    const m2 = findAccelerator('deepx-dx-m2')!;
    expect(m2.status).toBe('target');
    expect(m2.typicalPowerW.confidence).toBe('target');
    expect(m2.typicalPowerW.value).toBeLessThanOrEqual(5);
    const words = m2.claims.find((c) => c.unit === 'words/s');
    expect(words?.range).toEqual([20, 30]);
    expect(m2.claims.find((c) => c.unit === 'B params')?.value).toBe(20);
    expect(m2.claims.every((c) => c.confidence === 'target')).toBe(true);
    expect(findAccelerator('deepx-dx-m1')!.status).toBe('product');
  });

  it('datacenter devices, and only they, are references', () => {
    for (const a of ACCELERATORS) expect(a.status === 'reference', a.id).toBe(isDatacenterClass(a));
    expect(findAccelerator('nvidia-h100-sxm')!.status).toBe('reference');
    expect(findAccelerator('nvidia-h200-sxm')!.status).toBe('reference');
  });

  it('memory types resolve to memory.ts entries', () => {
    for (const a of ACCELERATORS) {
      if (a.memoryType.value !== null) expect(findMemoryType(a.memoryType.value), a.id).toBeDefined();
    }
  });

  it('peak compute has a precision, or a note explaining why not', () => {
    for (const a of ACCELERATORS) {
      for (const p of [a.peakTops, ...a.peakTopsOther]) {
        if (p.value !== null) expect(p.precision !== null || nonEmpty(p.note), a.id).toBe(true);
      }
    }
  });

  it('the typical/max planning ratio is the median of devices that publish both', () => {
    const ratios = ACCELERATORS.filter((a) => num(a.typicalPowerW) !== null && num(a.maxPowerW) !== null)
      .map((a) => num(a.typicalPowerW)! / num(a.maxPowerW)!)
      .sort((x, y) => x - y);
    expect(ratios.length).toBeGreaterThanOrEqual(4);
    const mid = ratios.length / 2;
    const median = ratios.length % 2 === 1 ? ratios[Math.floor(mid)]! : (ratios[mid - 1]! + ratios[mid]!) / 2;
    expect(Math.abs(median - TYPICAL_FRACTION_OF_MAX_POWER)).toBeLessThan(0.05);
  });

  it('every device with any published power can be planned (idle, typical and max resolve)', () => {
    for (const a of ACCELERATORS) {
      if (num(a.typicalPowerW) === null && num(a.maxPowerW) === null) continue;
      for (const k of ['idlePowerW', 'typicalPowerW', 'maxPowerW'] as const) {
        expect(num(acceleratorPlanningFigure(a, k)), `${a.id}.${k}`).not.toBeNull();
      }
    }
  });

  it('unverified claims are never planning inputs', () => {
    const keys: AcceleratorPlanningKey[] = [
      'idlePowerW',
      'typicalPowerW',
      'maxPowerW',
      'memoryBandwidthGBps',
    ];
    for (const a of ACCELERATORS) {
      for (const k of keys) expect(acceleratorPlanningFigure(a, k)?.confidence, a.id).not.toBe('unverified');
    }
    const quad = findAccelerator('rebellions-rebel-quad')!;
    expect(quad.claims.some((c) => c.confidence === 'unverified' && c.unit.includes('H200'))).toBe(true);
  });
});

describe('models', () => {
  it('LLM KV cache per token matches 2 x layers x kvHeads x headDim x 2 bytes', () => {
    let checked = 0;
    for (const m of LLMS) {
      const [layers, kvHeads, headDim, kv] = [m.layers, m.kvHeads, m.headDim, m.kvCacheBytesPerTokenFp16].map(
        num,
      );
      if (kv === null) continue;
      checked++;
      expect(kv, m.id).toBe(2 * layers! * kvHeads! * headDim! * 2);
    }
    expect(checked).toBeGreaterThanOrEqual(LLMS.length - 1);
  });

  it('LLM head counts are consistent: kvHeads divides attentionHeads', () => {
    for (const m of LLMS) {
      const heads = num(m.attentionHeads);
      const kvHeads = num(m.kvHeads);
      if (heads !== null && kvHeads !== null) expect(heads % kvHeads, m.id).toBe(0);
    }
  });

  it('LLMs default to 4 bits per weight as a labelled planning choice', () => {
    for (const m of LLMS) {
      expect(m.planningDefaults.bitsPerWeight.value, m.id).toBe(4);
      expect(m.planningDefaults.bitsPerWeight.source?.startsWith(PLANNING_ASSUMPTION_PREFIX)).toBe(true);
    }
  });

  it('world-model encoder FLOP defaults follow 2 x params x clip tokens', () => {
    const encoders = WORLD_MODELS.filter((m) => m.role === 'encoder');
    expect(encoders.length).toBe(3);
    for (const m of encoders) {
      expect(m.gflopsPerClip.value, m.id).toBeNull();
      const expected = (2 * num(m.paramsM)! * 1e6 * VJEPA2_PLANNING_CLIP_TOKENS) / 1e9;
      expect(num(m.planningDefaults.gflopsPerClip)! / expected, m.id).toBeCloseTo(1, 3);
    }
  });

  it('vision GFLOPs per frame grow with parameter count', () => {
    const sorted = [...VISION_MODELS].sort((a, b) => num(a.paramsM)! - num(b.paramsM)!);
    for (let i = 1; i < sorted.length; i++) {
      expect(num(sorted[i]!.gflopsPerFrame)!).toBeGreaterThan(num(sorted[i - 1]!.gflopsPerFrame)!);
    }
  });
});

describe('lookups and ids', () => {
  const lists: [string, readonly { readonly id: string }[], (id: string) => unknown][] = [
    ['robots', ROBOTS, findRobot],
    ['accelerators', ACCELERATORS, findAccelerator],
    ['cells', CELLS, findCell],
    ['models', MODELS, findModel],
    ['memoryTypes', MEMORY_TYPES, findMemoryType],
  ];

  it.each(lists)('%s: ids are unique and well formed', (_name, items) => {
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9.-]*$/);
  });

  it.each(lists)('%s: find returns the entry, undefined for unknown ids', (_name, items, find) => {
    for (const item of items) expect(find(item.id)).toBe(item);
    expect(find('no-such-id')).toBeUndefined();
    expect(find('')).toBeUndefined();
  });

  it('findModel returns each kind', () => {
    expect(findModel('llama-3.2-1b')?.kind).toBe('llm');
    expect(findModel('yolov8n')?.kind).toBe('vision');
    expect(findModel('vjepa2-vitg')?.kind).toBe('world');
  });

  it('every chemistry has a spec and every cell a known chemistry', () => {
    for (const chem of CHEMISTRIES) expect(findChemistrySpec(chem)?.chemistry).toBe(chem);
    for (const c of CELLS) expect(CHEMISTRIES).toContain(c.chemistry);
    expect(new Set(CHEMISTRY_SPECS.map((c) => c.chemistry)).size).toBe(CHEMISTRY_SPECS.length);
  });

  it('catalog entries are frozen', () => {
    const dx = findAccelerator('deepx-dx-m1')!;
    expect(Object.isFrozen(dx)).toBe(true);
    expect(Object.isFrozen(dx.typicalPowerW)).toBe(true);
    expect(Object.isFrozen(LLMS[0]!.planningDefaults.bitsPerWeight)).toBe(true);
  });

  it('CATALOG_VERSION is tied to the research catalog date', () => {
    expect(CATALOG_VERSION.startsWith(CATALOG_SOURCE_DATE)).toBe(true);
  });
});

describe('src/catalog stays pure', () => {
  it('imports no Node APIs and reads nothing outside the repo', () => {
    const dir = join(__dirname, '../../src/catalog');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/from ['"](node:|fs|path|os|child_process)/);
      expect(text, file).not.toMatch(/\.\.\/shared|shared\/reference/);
    }
  });
});

describe('docs/catalog.md', () => {
  it('states the catalog figure and source counts as they are', () => {
    const doc = readFileSync(join(__dirname, '../../docs/catalog.md'), 'utf8').replace(/\s+/g, ' ');
    const m =
      /(\d+) figures in all \((\d+) catalog figures and (\d+) planning defaults.*?citing (\d+) distinct sources/.exec(
        doc,
      );
    expect(m, 'count line').not.toBeNull();
    expect(m!.slice(1).map(Number)).toEqual([
      figures.length,
      catalogFigures.length,
      planningDefaults.length,
      allSources().length,
    ]);
  });
});
