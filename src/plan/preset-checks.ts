import type { z } from 'zod';
import {
  acceleratorPeakTops,
  findAccelerator,
  findModel,
  findRuntime,
  findWeightFormat,
  RUNTIMES,
  runtimeRunsOn,
  runtimesFor,
  WEIGHT_FORMATS,
} from '../catalog';
import { deviceRunsWorkload } from './workload-use';

type Issue = Parameters<z.RefinementCtx['addIssue']>[0];

interface PlanLike {
  compute: readonly {
    id: string;
    preset?: string | undefined;
    peakTops?: number | undefined;
    powerMode?: string | undefined;
    runtime?: string | undefined;
    defaultWorkloads?: readonly string[] | undefined;
  }[];
  workloads: readonly {
    id: string;
    kind: 'llm' | 'vision' | 'worldModel';
    model?: string | undefined;
    [k: string]: unknown;
  }[];
  dutyCycle: {
    segments: readonly { kind: string; compute?: Record<string, { workloads?: string[] | undefined }> }[];
  };
}

const KIND_OF_MODEL = { llm: 'llm', vision: 'vision', world: 'worldModel' } as const;
const REQUIRED_WITHOUT_MODEL: Record<'llm' | 'vision' | 'worldModel', string[]> = {
  llm: ['paramsB', 'layers', 'kvHeads', 'headDim'],
  vision: ['gflopsPerFrame'],
  worldModel: ['gflopsPerClip'],
};

/**
 * Catalog references and workload references: presets and models must exist in the catalog (and a model
 * must be of the workload's kind); a workload without a model gives its own architecture figures; every
 * workload a segment or device names must exist, and workload ids are unique.
 */
export function presetIssues(plan: PlanLike): Issue[] {
  const issues: Issue[] = [];
  const runtimeIds = RUNTIMES.filter((r) => r.offered).map((r) => r.id);
  const runtimeIssue = (path: (string | number)[], id: unknown) => {
    if (typeof id === 'string' && !findRuntime(id)?.offered)
      issues.push({
        code: 'custom',
        path,
        message: `"${id}" is not a runtime in the catalog; one of ${runtimeIds.join(', ')}`,
      });
  };
  const chipRuntimeIssue = (
    path: (string | number)[],
    id: unknown,
    chip: ReturnType<typeof findAccelerator>,
  ) => {
    if (typeof id !== 'string' || !chip || !findRuntime(id)?.offered || runtimeRunsOn(id, chip.vendor))
      return;
    issues.push({
      code: 'custom',
      path,
      message: `${findRuntime(id)!.name} does not run on ${chip.name}; for it: ${runtimesFor(chip.vendor)
        .map((r) => r.id)
        .join(', ')}`,
    });
  };
  plan.compute.forEach((d, i) => {
    const chip = d.preset !== undefined ? findAccelerator(d.preset) : undefined;
    if (d.preset !== undefined && !chip) {
      issues.push({
        code: 'custom',
        path: ['compute', i, 'preset'],
        message: `"${d.preset}" is not a catalog accelerator (see \`powerplan catalog chips\`)`,
      });
    }
    if (d.powerMode !== undefined && (d.preset === undefined || chip)) {
      const modes = chip?.powerModes?.map((m) => m.id) ?? [];
      if (!modes.includes(d.powerMode))
        issues.push({
          code: 'custom',
          path: ['compute', i, 'powerMode'],
          message: modes.length
            ? `"${d.powerMode}" is not a power mode of ${chip!.name}; one of ${modes.join(', ')}`
            : `${chip ? chip.name : 'a device without a catalog chip'} has no power modes in the catalog`,
        });
    }
    runtimeIssue(['compute', i, 'runtime'], d.runtime);
    chipRuntimeIssue(['compute', i, 'runtime'], d.runtime, chip);
  });
  const ids = new Set<string>();
  plan.workloads.forEach((w, i) => {
    if (w.kind === 'llm') {
      runtimeIssue(['workloads', i, 'runtime'], w.runtime);
      // A runtime a chip cannot run (HailoRT on a Jetson): checked on every device the workload runs on.
      for (const d of plan.compute) {
        if (deviceRunsWorkload(plan, d, w.id) && d.preset !== undefined)
          chipRuntimeIssue(['workloads', i, 'runtime'], w.runtime, findAccelerator(d.preset));
      }
      if (typeof w.quantisation === 'string' && !findWeightFormat(w.quantisation))
        issues.push({
          code: 'custom',
          path: ['workloads', i, 'quantisation'],
          message: `"${w.quantisation}" is not a weight format in the catalog; one of ${WEIGHT_FORMATS.map((f) => f.id).join(', ')}`,
        });
      if (w.quantisation !== undefined && w.bitsPerWeight !== undefined)
        issues.push({
          code: 'custom',
          path: ['workloads', i, 'bitsPerWeight'],
          message: 'give a weight format (quantisation) or nominal bitsPerWeight, not both',
        });
      const layers = typeof w.layers === 'number' ? w.layers : undefined;
      for (const f of ['kvLayers', 'slidingLayers'] as const) {
        const v = w[f];
        if (typeof v === 'number' && layers !== undefined && v > layers)
          issues.push({
            code: 'custom',
            path: ['workloads', i, f],
            message: `must be at most the ${layers} layers`,
          });
      }
      if (w.slidingLayers !== undefined && w.slidingWindowTokens === undefined)
        issues.push({
          code: 'custom',
          path: ['workloads', i, 'slidingWindowTokens'],
          message: 'required with slidingLayers: the window those layers keep',
        });
    }
    if (ids.has(w.id))
      issues.push({ code: 'custom', path: ['workloads', i, 'id'], message: `duplicate id "${w.id}"` });
    ids.add(w.id);
    if (w.model !== undefined) {
      const m = findModel(w.model);
      if (!m) {
        issues.push({
          code: 'custom',
          path: ['workloads', i, 'model'],
          message: `"${w.model}" is not a catalog model (see \`powerplan catalog models\`)`,
        });
      } else if (KIND_OF_MODEL[m.kind] !== w.kind) {
        issues.push({
          code: 'custom',
          path: ['workloads', i, 'model'],
          message: `"${w.model}" is a ${KIND_OF_MODEL[m.kind]} model, but this workload is "${w.kind}"`,
        });
      } else if (m.kind === 'llm') {
        // The catalog leaves unpublished figures null: the plan must give those itself.
        const unknown = REQUIRED_WITHOUT_MODEL.llm.filter(
          (f) => w[f] === undefined && (m[f as keyof typeof m] as { value: number | null }).value === null,
        );
        if (unknown.length) {
          issues.push({
            code: 'custom',
            path: ['workloads', i],
            message: `the catalog has no published ${unknown.join(', ')} for "${w.model}"; give ${unknown.length > 1 ? 'them' : 'it'} in the workload`,
          });
        }
      }
      return;
    }
    const missing = REQUIRED_WITHOUT_MODEL[w.kind].filter((f) => w[f] === undefined);
    if (missing.length) {
      issues.push({
        code: 'custom',
        path: ['workloads', i],
        message: `needs ${missing.join(', ')} (or a catalog "model")`,
      });
    }
  });
  plan.compute.forEach((d, i) =>
    (d.defaultWorkloads ?? []).forEach((wid, j) => {
      if (!ids.has(wid)) {
        issues.push({
          code: 'custom',
          path: ['compute', i, 'defaultWorkloads', j],
          message: `refers to unknown workload "${wid}"`,
        });
      }
    }),
  );
  // A device that runs workloads needs its peak compute (the roofline divides by it): a plan simulate cannot
  // evaluate is refused here, not simulated with 0 ops/s.
  plan.compute.forEach((d, i) => {
    const running = new Set(d.defaultWorkloads ?? []);
    for (const s of plan.dutyCycle.segments)
      for (const wid of s.compute?.[d.id]?.workloads ?? []) running.add(wid);
    if (running.size === 0 || d.peakTops !== undefined) return;
    const a = d.preset ? findAccelerator(d.preset) : undefined;
    if (a && acceleratorPeakTops(a)) return;
    if (d.preset && !a) return; // reported above as an unknown preset
    issues.push({
      code: 'custom',
      path: ['compute', i, 'peakTops'],
      message:
        `required: this device runs ${[...running].map((w) => `"${plan.workloads.find((x) => x.id === w)?.label ?? w}"`).join(', ')}, and ` +
        (a ? `the catalog has no compute figure for ${a.name}` : 'the plan gives no compute figure') +
        '; give its peak TOPS (dense, at the workload precision)',
    });
  });
  plan.dutyCycle.segments.forEach((s, i) => {
    for (const [dev, load] of Object.entries(s.compute ?? {})) {
      (load.workloads ?? []).forEach((wid, j) => {
        if (!ids.has(wid)) {
          issues.push({
            code: 'custom',
            path: ['dutyCycle', 'segments', i, 'compute', dev, 'workloads', j],
            message: `refers to unknown workload "${wid}"`,
          });
        }
      });
    }
  });
  return issues;
}
