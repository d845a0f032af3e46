import type { Draft } from 'immer';
import { findCell, type CellPlanningKey } from '../../src/catalog';
import { parsePath, type PathPart } from '../../src/analysis/paths';
import type { Command, PlanDoc } from './store';

type Json = Record<string, unknown>;
type Obj = Record<string | number, unknown>;

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

function segments(d: Draft<PlanDoc>): Json[] {
  const duty = (d.dutyCycle ??= {}) as Json;
  return (duty.segments ??= []) as Json[];
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

export function addSegment(after: number, segment: Json): Command {
  return { label: 'Add segment', recipe: (d) => void segments(d).splice(after + 1, 0, segment) };
}

export function removeSegment(index: number): Command {
  return { label: 'Delete segment', recipe: (d) => void segments(d).splice(index, 1) };
}

export function moveSegment(from: number, to: number): Command {
  return {
    label: 'Move segment',
    recipe: (d) => {
      const list = segments(d);
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
      const seg = segments(d)[index];
      if (!seg) return;
      const compute = (seg.compute ??= {}) as Json;
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
      const seg = segments(d)[index];
      if (!seg) return;
      const list = new Set((seg.accessoriesOn as string[] | undefined) ?? []);
      if (on) list.add(accessoryId);
      else list.delete(accessoryId);
      if (list.size) seg.accessoriesOn = [...list];
      else delete seg.accessoriesOn;
    },
  };
}

function uniqueId(existing: readonly unknown[], stem: string): string {
  const ids = new Set(existing.map((x) => (x as Json).id));
  for (let i = 1; ; i++) if (!ids.has(`${stem}${i}`)) return `${stem}${i}`;
}

export function addListItem(listPath: string, stem: string, item: Json, label: string): Command {
  const parts = parsePath(listPath);
  return {
    label,
    recipe: (d) => {
      const { parent, key } = parentOf(d, parts);
      const list = (parent[key] ??= []) as Json[];
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
      const list = parent[key] as Json[] | undefined;
      list?.splice(index, 1);
    },
  };
}

/** Swap a device's chip for a catalog preset: its own power and memory figures give way to the preset's. */
export function swapChip(deviceIndex: number, preset: string): Command {
  return {
    label: 'Swap chip',
    recipe: (d) => {
      const dev = ((d.compute as Json[] | undefined) ?? [])[deviceIndex];
      if (!dev) return;
      dev.preset = preset;
      for (const f of ['idlePowerW', 'maxPowerW', 'peakTops', 'memory', 'name', 'computeEnergyPjPerOp'])
        delete dev[f];
    },
  };
}

/** Switch the battery between pack figures and cells, keeping the energy roughly equal. */
export function setBatteryMode(mode: 'pack' | 'cells'): Command {
  return {
    label: mode === 'pack' ? 'Use pack figures' : 'Use cells',
    recipe: (d) => {
      const b = (d.battery ??= {}) as Json;
      if (mode === 'cells' && !b.cells) {
        const pack = (b.pack ?? {}) as Json;
        const energy = Number(pack.energyWh) || 1000;
        const series = Math.max(1, Math.round((Number(pack.nominalVoltageV) || 48) / 3.6));
        const parallel = Math.max(1, Math.round(energy / (series * 3.6 * 4.9)));
        b.cells = {
          preset: 'samsung-inr21700-50e',
          cell: {
            capacityAh: 4.9,
            nominalVoltageV: 3.6,
            maxVoltageV: 4.2,
            minVoltageV: 2.5,
            internalResistanceOhm: 0.035,
            massKg: 0.069,
            maxDischargeCRate: 2,
            maxChargeCRate: 0.7,
            cycleLife: 500,
          },
          series,
          parallel,
          packMassOverheadPercent: 25,
        };
        b.chemistry = 'NCA';
        delete b.pack;
      } else if (mode === 'pack' && !b.pack) {
        const cells = (b.cells ?? {}) as Json;
        const cell = (cells.cell ?? {}) as Json;
        const s = Number(cells.series) || 1;
        const p = Number(cells.parallel) || 1;
        const ah = Number(cell.capacityAh) || 1;
        const v = Number(cell.nominalVoltageV) || 3.6;
        b.pack = {
          energyWh: s * p * ah * v,
          nominalVoltageV: s * v,
          internalResistanceOhm: ((Number(cell.internalResistanceOhm) || 0.03) * s) / p,
          massKg:
            s * p * (Number(cell.massKg) || 0.07) * (1 + (Number(cells.packMassOverheadPercent) || 25) / 100),
        };
        delete b.cells;
      }
    },
  };
}

/** Fill the cell's figures from a catalog cell (its sourced values, else its marked planning defaults). */
export function applyCellPreset(cellId: string): Command {
  return {
    label: 'Use catalog cell',
    recipe: (d) => {
      const c = findCell(cellId);
      const b = d.battery as Json | undefined;
      const cells = b?.cells as Json | undefined;
      if (!c || !b || !cells) return;
      const fig = (k: CellPlanningKey | 'capacityAh' | 'nominalV' | 'maxV' | 'minV') => {
        const s = (c as unknown as Record<string, { value: number | null } | undefined>)[k];
        return s?.value ?? c.planningDefaults[k as CellPlanningKey]?.value ?? undefined;
      };
      const ah = fig('capacityAh') ?? 1;
      const cell: Json = {
        capacityAh: ah,
        nominalVoltageV: fig('nominalV'),
        maxVoltageV: fig('maxV'),
        minVoltageV: fig('minV'),
        internalResistanceOhm: fig('internalResistanceOhm'),
        massKg: fig('massKg'),
        maxDischargeCRate: (fig('maxContDischargeA') ?? ah) / ah,
        maxChargeCRate: (fig('maxChargeA') ?? ah * 0.5) / ah,
      };
      const life = fig('cycleLifeCycles');
      if (life !== undefined) cell.cycleLife = life;
      cells.cell = cell;
      cells.preset = cellId;
      b.chemistry = c.chemistry;
    },
  };
}
