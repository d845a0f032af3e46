import { devicePowerW } from './power';
import { memoryShareOfTime, stepEnergy } from './energy';
import { ph, type Phrase } from '../text/phrase';
import { aiIssue } from './issue';
import { boundLabel, finish, loadIssues, memoryCapacityIssues } from './feasibility';
import { GB, N } from './phrase-values';
import { ratioOrNull } from './ratio';
import { unitRoofline, visionPerFrame, worldModelPerClip } from './roofline';
import type {
  AiIssue,
  DeviceSpec,
  Efficiency,
  UnitAnalysis,
  VisionWorkload,
  WorldModelWorkload,
} from './types';

/** Shared vision / world-model analysis: one step per unit at `unitsPerS`. */
function analyseUnits(
  kind: 'vision' | 'worldModel',
  unit: 'frame' | 'clip',
  perUnit: { bytes: number; ops: number },
  unitsPerS: number,
  demand: Phrase,
  d: DeviceSpec,
  e: Efficiency,
  extraIssues: AiIssue[],
): UnitAnalysis {
  const roofline = unitRoofline(unit, perUnit, d, e);
  const utilisation = unitsPerS * roofline.step.timeS;
  const bytesPerS = unitsPerS * perUnit.bytes;
  const opsPerS = unitsPerS * perUnit.ops;
  const issues = [
    ...extraIssues,
    ...loadIssues({
      d,
      e,
      demand,
      bytesPerS,
      opsPerS,
      utilisation,
      memoryTimeUnknown: roofline.timeIsLowerBound,
      phases: [
        {
          label: ph(kind === 'vision' ? 'phase.vision' : 'phase.worldModel'),
          utilisation,
          bound: boundLabel(roofline.step),
        },
      ],
    }),
  ];
  const powerW = devicePowerW(d, utilisation);
  const perUnitEnergy = stepEnergy(perUnit.bytes, perUnit.ops, roofline.step.timeS, d);
  return finish({
    kind,
    deviceName: d.name,
    utilisation,
    utilisationIsLowerBound: roofline.timeIsLowerBound,
    powerW,
    issues,
    demand: { bytesPerS, opsPerS },
    roofline,
    energy: {
      unit,
      perUnit: perUnitEnergy,
      joulesPerUnit: perUnitEnergy.totalJ,
      unitsPerJoule: ratioOrNull(1, perUnitEnergy.totalJ),
      memoryShareOfEnergy: perUnitEnergy.memoryShareOfEnergy,
      memoryShareOfDynamicEnergy: perUnitEnergy.memoryShareOfDynamicEnergy,
      memoryShareOfTime: memoryShareOfTime(roofline.step.memoryTimeS, roofline.step.computeTimeS),
      memoryBound: roofline.bound === 'unknown' ? null : roofline.bound === 'memory',
      deviceJoulesPerUnit: ratioOrNull(powerW, unitsPerS),
      deviceJoulesPerUnitAtMaxRate: d.maxPowerW / roofline.maxUnitsPerS,
    },
  });
}

export function analyseVision(w: VisionWorkload, d: DeviceSpec, e: Efficiency): UnitAnalysis {
  const perFrame = visionPerFrame(w);
  const extra =
    w.weightsBytes === undefined
      ? []
      : memoryCapacityIssues(
          d,
          w.weightsBytes,
          ph('what.weights'),
          ph('need.weights', { wb: GB(w.weightsBytes) }),
        );
  return analyseUnits(
    'vision',
    'frame',
    perFrame,
    w.framesPerS,
    ph('demand.vision', { fps: N(w.framesPerS) }),
    d,
    e,
    extra,
  );
}

export function analyseWorldModel(w: WorldModelWorkload, d: DeviceSpec, e: Efficiency): UnitAnalysis {
  const perClip = worldModelPerClip(w);
  const extra: AiIssue[] = [];
  if ((w.paramsB === undefined) !== (w.bitsPerWeight === undefined)) {
    extra.push(
      aiIssue(
        'AI_WEIGHT_BITS_UNKNOWN',
        'warning',
        ph(w.paramsB === undefined ? 'AI_WEIGHT_BITS_UNKNOWN' : 'AI_PARAMS_BITS_UNKNOWN'),
      ),
    );
  }
  if (perClip.bytes > 0) {
    extra.push(
      ...memoryCapacityIssues(
        d,
        perClip.bytes,
        ph('what.weights'),
        ph('need.weights', { wb: GB(perClip.bytes) }),
      ),
    );
  }
  return analyseUnits(
    'worldModel',
    'clip',
    perClip,
    w.clipsPerS,
    ph('demand.worldModel', { cps: N(w.clipsPerS) }),
    d,
    e,
    extra,
  );
}
