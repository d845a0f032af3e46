import type { Change, Scenario } from '../../src/analysis/scenarios';
import { current, isDraft, type Draft } from 'immer';
import { parsePath, type PathPart } from '../../src/analysis/paths';
import {
  addWorkload as addWorkloadEdit,
  cellsToPack,
  newSegmentAfter,
  packToCells,
  withCatalogCell,
  withChip,
  withPackMassPinned,
  withSizedBattery,
  withWeightChoice,
  withWorkloadModel,
  type WeightChoice,
} from '../../src/plan/edits';
import { sameValue } from '../../src/plan/scenario-diff';
import * as scenarioEdits from '../../src/plan/scenario-edits';
import type { PlanInput } from '../../src/plan/schema';
import type { Command, PlanDoc } from './store';

/**
 * The UI's named commands. Domain edits (pack ↔ cells, catalog cell, chip swap, sized pack, workloads,
 * segments) are the pure functions of src/plan/edits.ts; a command wraps one as an undoable step.
 */

type Segment = PlanInput['dutyCycle']['segments'][number];
type Obj = Record<string | number, unknown>;

/** A plain copy of a draft's part, for the pure edit functions. */
function plain<T>(x: T): T {
  return isDraft(x) ? (current(x as Draft<T>) as T) : x;
}

/** Walk a draft to the parent of `path`, creating objects/arrays on the way. */
function parentOf(draft: Draft<PlanDoc>, parts: PathPart[]): { parent: Obj; key: PathPart } {
  let node = draft as unknown as Obj;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i]!;
    if (node[k] === undefined || node[k] === null || typeof node[k] !== 'object') {
      node[k] = typeof parts[i + 1] === 'number' ? [] : {};
    }
    node = node[k] as Obj;
  }
  return { parent: node, key: parts[parts.length - 1]! };
}

/**
 * Apply a remark's fix (src/sim/remarks.ts `RemarkFix`): its `set` changes, in one undo step named after the
 * fix. Only `set` changes are offered as fixes.
 */
export function applyFix(label: string, changes: readonly Change[]): Command {
  return {
    label,
    recipe: (d) => {
      for (const c of changes) {
        if (c.op !== 'set') continue;
        const { parent, key } = parentOf(d, parsePath(c.path));
        parent[key] = c.value;
      }
    },
  };
}

/** Set a field by path ("battery.pack.energyWh"); `undefined` removes it. */
export function setField(path: string, value: unknown, label: string, gesture?: string): Command {
  const parts = parsePath(path);
  return {
    label,
    ...(gesture ? { gesture } : {}),
    recipe: (d) => {
      const { parent, key } = parentOf(d, parts);
      if (value === undefined) {
        if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
        else delete parent[key];
      } else parent[key] = value;
    },
  };
}

export function addSegment(after: number, segment: Segment): Command {
  return { label: 'Add segment', recipe: (d) => void d.dutyCycle.segments.splice(after + 1, 0, segment) };
}

/** A new segment after `index` that inherits the activity and compute loads of the one before it. */
export function addSegmentAfter(index: number): Command {
  return {
    label: 'Add segment',
    recipe: (d) => {
      const seg = newSegmentAfter(plain(d) as PlanInput, index);
      d.dutyCycle.segments.splice(index + 1, 0, seg);
    },
  };
}

export function removeSegment(index: number): Command {
  return { label: 'Delete segment', recipe: (d) => void d.dutyCycle.segments.splice(index, 1) };
}

export function moveSegment(from: number, to: number): Command {
  return {
    label: 'Move segment',
    recipe: (d) => {
      const list = d.dutyCycle.segments;
      if (to < 0 || to >= list.length || from === to) return;
      const [item] = list.splice(from, 1);
      list.splice(to, 0, item!);
    },
  };
}

/** Resize a segment during a drag: one undo step per gesture. */
export function resizeSegment(index: number, durationMin: number, gesture: string): Command {
  return setField(`dutyCycle.segments[${index}].durationMin`, durationMin, 'Resize segment', gesture);
}

/** A device's load in a segment: a utilisation, a list of workloads, or the device default (undefined). */
export function setSegmentDeviceLoad(
  index: number,
  deviceId: string,
  load: { utilisationPercent: number } | { workloads: string[] } | undefined,
): Command {
  return {
    label: 'Set compute load',
    recipe: (d) => {
      const seg = d.dutyCycle.segments[index];
      if (!seg || seg.kind !== 'activity') return;
      const compute = (seg.compute ??= {});
      if (load === undefined) delete compute[deviceId];
      else compute[deviceId] = load;
      if (Object.keys(compute).length === 0) delete seg.compute;
    },
  };
}

export function toggleSegmentAccessory(index: number, accessoryId: string, on: boolean): Command {
  return {
    label: on ? 'Turn accessory on' : 'Turn accessory off',
    recipe: (d) => {
      const seg = d.dutyCycle.segments[index];
      if (!seg || seg.kind !== 'activity') return;
      const list = new Set(seg.accessoriesOn ?? []);
      if (on) list.add(accessoryId);
      else list.delete(accessoryId);
      if (list.size) seg.accessoriesOn = [...list];
      else delete seg.accessoriesOn;
    },
  };
}

function uniqueId(existing: readonly unknown[], stem: string): string {
  const ids = new Set(existing.map((x) => (x as { id?: unknown }).id));
  for (let i = 1; ; i++) if (!ids.has(`${stem}${i}`)) return `${stem}${i}`;
}

export function addListItem(listPath: string, stem: string, item: Obj, label: string): Command {
  const parts = parsePath(listPath);
  return {
    label,
    recipe: (d) => {
      const { parent, key } = parentOf(d, parts);
      const list = (parent[key] ??= []) as Obj[];
      list.push({ id: uniqueId(list, stem), ...item });
    },
  };
}

export function removeListItem(listPath: string, index: number, label: string): Command {
  const parts = parsePath(listPath);
  return {
    label,
    recipe: (d) => {
      const { parent, key } = parentOf(d, parts);
      const list = parent[key] as Obj[] | undefined;
      list?.splice(index, 1);
    },
  };
}

/** Swap a device's chip for a catalog preset: its own power and memory figures give way to the preset's. */
export function swapChip(deviceIndex: number, preset: string): Command {
  return {
    label: 'Swap chip',
    recipe: (d) => {
      const dev = d.compute?.[deviceIndex];
      if (dev) d.compute![deviceIndex] = withChip(plain(dev), preset);
    },
  };
}

/**
 * Switch the battery between pack figures and cells × S × P, keeping its chemistry, voltage, energy, mass.
 * Switching back to pack figures from an unchanged build restores the pack it was built from (`restorePack`),
 * so a round trip changes nothing.
 */
export function setBatteryMode(
  mode: 'pack' | 'cells',
  restorePack?: NonNullable<PlanInput['battery']['pack']>,
): Command {
  return {
    label: mode === 'pack' ? 'Use pack figures' : 'Use cells',
    recipe: (d) => {
      const b = plain(d.battery);
      if (mode === 'pack' && restorePack && b.cells) {
        const { cells: _cells, ...rest } = b;
        d.battery = { ...rest, pack: plain(restorePack) };
        return;
      }
      d.battery = mode === 'cells' ? packToCells(b) : cellsToPack(b);
    },
  };
}

/** Fill the cell's figures from a catalog cell (its sourced values, else its marked planning defaults). */
export function applyCellPreset(cellId: string): Command {
  return {
    label: 'Use catalog cell',
    recipe: (d) => void (d.battery = withCatalogCell(plain(d.battery), cellId)),
  };
}

/** Pin the pack's mass, or let it follow the energy at the pack's specific energy. */
export function setPackMassPinned(pinned: boolean): Command {
  return {
    label: pinned ? 'Pin pack mass' : 'Let pack mass follow energy',
    recipe: (d) => {
      if (d.battery.pack) d.battery.pack = withPackMassPinned(plain(d.battery.pack), pinned);
    },
  };
}

/** Apply a sized pack (sizing's plan) in one undo step. */
export function applySizedBattery(sized: PlanInput['battery']): Command {
  return {
    label: 'Apply sized pack',
    recipe: (d) => void (d.battery = withSizedBattery(plain(d.battery), sized)),
  };
}

/** Add a workload, switched on in the selected segment on the given (or first) device. */
export function addWorkload(
  kind: 'llm' | 'vision' | 'worldModel',
  at: { segmentIndex?: number; deviceId?: string; label?: string },
): Command {
  return {
    label: 'Add workload',
    recipe: (d) => {
      const next = addWorkloadEdit(plain(d) as PlanInput, kind, at).plan;
      d.workloads = next.workloads;
      d.dutyCycle.segments = next.dutyCycle.segments;
    },
  };
}

/** Put a workload on another catalog model (a generated label follows the model's name). */
export function setWorkloadModel(index: number, modelId: string | undefined): Command {
  return {
    label: 'Set model',
    recipe: (d) => {
      const w = d.workloads?.[index];
      if (w) d.workloads![index] = withWorkloadModel(plain(w), modelId);
    },
  };
}

/** Store an LLM workload's weights in a catalog format, at nominal bits, or as its runtime's default. */
export function setWeightChoice(index: number, choice: WeightChoice): Command {
  return {
    label: 'Set weight format',
    recipe: (d) => {
      const w = d.workloads?.[index];
      if (w) d.workloads![index] = withWeightChoice(plain(w), choice);
    },
  };
}

/** Put `next` in the draft part by part, so the undo step holds only the parts that changed. */
function replaceDoc(d: Draft<PlanDoc>, next: PlanDoc): void {
  const target = d as unknown as Obj;
  const source = next as unknown as Obj;
  for (const k of Object.keys(target)) if (!(k in source)) delete target[k];
  for (const [k, v] of Object.entries(source)) if (!sameValue(plain(target[k]), v)) target[k] = v;
}

/** A scenario edit of src/plan/scenario-edits.ts as one undo step; an edit it refuses changes nothing. */
function scenarioCommand(
  label: string,
  edit: (doc: PlanDoc) => { ok: true; doc: PlanDoc } | { ok: false } | PlanDoc,
  rebase = false,
): Command {
  return {
    label,
    ...(rebase ? { rebase } : {}),
    recipe: (d) => {
      const r = edit(plain(d) as PlanDoc);
      if (!('ok' in r)) replaceDoc(d, r);
      else if (r.ok) replaceDoc(d, r.doc);
    },
  };
}

/**
 * Keep the edits since `baseline` (the plan as opened or last saved) as a new scenario and put the plan back
 * as it was.
 */
export function saveEditsAsScenario(
  baseline: PlanDoc,
  name: string,
  notes?: string,
  label = 'Save edits as scenario',
): Command {
  return scenarioCommand(label, (doc) => scenarioEdits.saveEditsAsScenario(doc, baseline, name, notes));
}

export function renameScenario(index: number, name: string, label = 'Rename scenario'): Command {
  return scenarioCommand(label, (doc) => scenarioEdits.renameScenario(doc, index, name));
}

/** A copy after it, named "… (copy)" (`suffix`, in the UI's words). */
export function duplicateScenario(index: number, suffix?: string, label = 'Duplicate scenario'): Command {
  return scenarioCommand(label, (doc) => scenarioEdits.duplicateScenario(doc, index, suffix));
}

export function deleteScenario(index: number, label = 'Delete scenario'): Command {
  return scenarioCommand(label, (doc) => scenarioEdits.deleteScenario(doc, index));
}

export function deleteAllScenarios(label = 'Delete all scenarios'): Command {
  return scenarioCommand(label, (doc) => scenarioEdits.deleteAllScenarios(doc));
}

export function moveScenario(from: number, to: number, label = 'Move scenario'): Command {
  return scenarioCommand(label, (doc) => scenarioEdits.moveScenario(doc, from, to));
}

export function setScenarioNotes(index: number, notes: string, label = 'Edit scenario notes'): Command {
  return scenarioCommand(label, (doc) => scenarioEdits.setScenarioNotes(doc, index, notes));
}

/**
 * Make a scenario's plan the base; the old base stays as a scenario (`previous`: its name and notes in the
 * UI's words). The baseline moves with it (and back on undo): the new base is not an edit to keep.
 */
export function makeScenarioBase(
  index: number,
  previous: { name: string; notes?: string },
  label = 'Make scenario the base',
): Command {
  return scenarioCommand(label, (doc) => scenarioEdits.makeScenarioBase(doc, index, previous), true);
}

/** Add ready-made scenarios (seed chips, chips that fit, power modes, runtimes), each once. */
export function addScenarios(list: readonly Scenario[], label = 'Add scenarios'): Command {
  return scenarioCommand(label, (doc) => scenarioEdits.addScenarios(doc, list).doc);
}
