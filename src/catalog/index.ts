/**
 * PowerPlan preset catalog: robots, accelerators, cells, chemistries, models and memory energy, each number
 * with its source and confidence. Typed copy of the research catalog dated CATALOG_SOURCE_DATE (see
 * docs/catalog.md); nothing here reads files at run time.
 */
import type { Chemistry } from '../battery/chemistry';
import { ACCELERATORS, type Accelerator } from './accelerators';
import { CELLS, type Cell } from './cells';
import { CHEMISTRY_SPECS, type ChemistrySpec } from './chemistries';
import { MEMORY_TYPES, type MemoryType } from './memory';
import { LLMS, MODELS, VISION_MODELS, WORLD_MODELS, type Model } from './models';
import { ROBOTS, type Robot } from './robots';
import { RUNTIMES } from './runtimes';
import { isPlanningAssumption, isSourced, type Sourced } from './sourced';

export * from './sourced';
export * from './robots';
export * from './accelerators';
export * from './cells';
export * from './chemistries';
export * from './models';
export * from './memory';
export * from './runtimes';
export * from './weight-formats';

/** Version of this typed catalog: research-catalog date plus a PowerPlan revision number. */
export const CATALOG_VERSION = '2026-11-29.2';

/** `generated` date of the research catalog this was typed from. */
export const CATALOG_SOURCE_DATE = '2026-11-29';

/** Every list of the catalog, keyed by the name used in figure paths. */
export const CATALOG = {
  robots: ROBOTS,
  accelerators: ACCELERATORS,
  cells: CELLS,
  chemistries: CHEMISTRY_SPECS,
  llms: LLMS,
  visionModels: VISION_MODELS,
  worldModels: WORLD_MODELS,
  memoryTypes: MEMORY_TYPES,
  runtimes: RUNTIMES,
} as const;

function deepFreeze(node: unknown): void {
  if (typeof node !== 'object' || node === null || Object.isFrozen(node)) return;
  Object.freeze(node);
  for (const value of Object.values(node)) deepFreeze(value);
}

// Presets are shared by every plan: freeze them so no consumer can edit a figure in place.
deepFreeze(CATALOG);
deepFreeze(MODELS);

function indexById<T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

const robotsById = indexById(ROBOTS);
const acceleratorsById = indexById(ACCELERATORS);
const cellsById = indexById(CELLS);
const modelsById = indexById(MODELS);
const memoryTypesById = indexById(MEMORY_TYPES);

export function findRobot(id: string): Robot | undefined {
  return robotsById.get(id);
}

export function findAccelerator(id: string): Accelerator | undefined {
  return acceleratorsById.get(id);
}

export function findCell(id: string): Cell | undefined {
  return cellsById.get(id);
}

/** Any model: LLM, vision or world model. Narrow on `kind`. */
export function findModel(id: string): Model | undefined {
  return modelsById.get(id);
}

export function findMemoryType(id: string): MemoryType | undefined {
  return memoryTypesById.get(id);
}

export function findChemistrySpec(chemistry: Chemistry): ChemistrySpec | undefined {
  return CHEMISTRY_SPECS.find((c) => c.chemistry === chemistry);
}

/**
 * One figure of the catalog with its location: list and element key in brackets, then field names, e.g.
 * `accelerators[deepx-dx-m1].typicalPowerW`, `robots[bd-spot].activityPowerW.standbyDerived`,
 * `accelerators[hailo-10h].peakTopsOther[0]`.
 */
export interface SourcedFigureEntry {
  readonly path: string;
  readonly figure: Sourced<unknown>;
  /** True for PowerPlan planning defaults (under `planningDefaults`), which are estimates, not sources. */
  readonly isPlanningDefault: boolean;
}

function elementKey(item: unknown, index: number): string {
  if (typeof item === 'object' && item !== null) {
    const o = item as Record<string, unknown>;
    if (typeof o.id === 'string') return o.id;
    if (typeof o.chemistry === 'string') return o.chemistry;
  }
  return String(index);
}

function walk(node: unknown, path: string, inDefaults: boolean, out: SourcedFigureEntry[]): void {
  if (isSourced(node)) {
    out.push({ path, figure: node, isPlanningDefault: inDefaults || isPlanningAssumption(node) });
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${path}[${elementKey(item, i)}]`, inDefaults, out));
    return;
  }
  if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      walk(value, path === '' ? key : `${path}.${key}`, inDefaults || key === 'planningDefaults', out);
    }
  }
}

/**
 * Every Sourced figure in the catalog with its path, in catalog order, including planning defaults (flagged).
 * Shared figures (e.g. the LLM bits-per-weight default) appear once per place they are used.
 */
export function allSourcedFigures(): SourcedFigureEntry[] {
  const out: SourcedFigureEntry[] = [];
  walk(CATALOG, '', false, out);
  return out;
}

/** Distinct non-empty source texts of the catalog, for a report's sources section (planning defaults excluded). */
export function allSources(): string[] {
  const seen = new Set<string>();
  for (const { figure, isPlanningDefault } of allSourcedFigures()) {
    if (!isPlanningDefault && figure.source !== null && figure.source.trim() !== '') seen.add(figure.source);
  }
  return [...seen];
}
