import { current, isDraft } from 'immer';
import { chipDisplayName } from '../../../src/catalog/chip-names';
import { withChip } from '../../../src/plan/edits';
import type { Lang } from '../../i18n';
import { addListItem } from '../../state/commands';
import type { Command } from '../../state/store';

/** A new AI device on a catalog chip, named after the chip in the reader's language. */
export function addDeviceOnChip(preset: string, lang: Lang): Command {
  return addListItem('compute', 'npu', { preset, name: chipDisplayName(preset, lang) }, 'Add device');
}

/**
 * Swap a device's chip for a catalog preset (its own figures, mode, runtime and name give way to the preset's,
 * as `swapChip` does), and name the device after its new chip in the reader's language. One undo step.
 */
export function swapChipNamed(deviceIndex: number, preset: string, lang: Lang): Command {
  return {
    label: 'Swap chip',
    recipe: (d) => {
      const dev = d.compute?.[deviceIndex];
      if (!dev) return;
      const next = withChip(isDraft(dev) ? current(dev) : dev, preset);
      d.compute![deviceIndex] = { ...next, name: chipDisplayName(preset, lang) };
    },
  };
}
