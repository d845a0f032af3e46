import { missingPowerFigures } from '../plan/presets';
import type { SimulationResult } from './simulate';

/** A figure of a compute device that an answer can depend on. */
export type DeviceFigure = 'power' | 'peakTops' | 'memoryBandwidthGBps' | 'memoryCapacityGB';

/** The unknown-figure codes of the AI analysis and the remarks, by the device figure each asks for. */
const FIGURE_OF_CODE: Readonly<Record<string, DeviceFigure>> = {
  AI_BANDWIDTH_UNKNOWN: 'memoryBandwidthGBps',
  AI_MEMORY_CAPACITY_UNKNOWN: 'memoryCapacityGB',
};

/**
 * The figures of one device that the plan's answer still lacks: its power when neither the plan nor the
 * catalog gives one (DEVICE_POWER_UNKNOWN), and the memory bandwidth or capacity its workloads need
 * (AI_BANDWIDTH_UNKNOWN, AI_MEMORY_CAPACITY_UNKNOWN). Read from the simulation, so the editor asks for
 * exactly what makes the verdict unknown. (A device that runs workloads without peak compute is refused by
 * validation before it is simulated.)
 */
export function unknownDeviceFigures(r: SimulationResult, deviceId: string): DeviceFigure[] {
  const out = new Set<DeviceFigure>();
  const d = r.devices.find((x) => x.id === deviceId);
  if (d && missingPowerFigures(d).length > 0) out.add('power');
  for (const a of r.ai) {
    if (a.deviceId !== deviceId) continue;
    for (const issue of a.analysis.issues) {
      const f = FIGURE_OF_CODE[issue.code];
      if (f) out.add(f);
    }
  }
  return [...out];
}
