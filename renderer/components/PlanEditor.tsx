import type { SimulationResult } from '../../src/sim/simulate';
import type { PlanInput } from '../../src/plan/schema';
import { useI18n } from '../i18n';
import { BatterySection } from './editor/BatterySection';
import { ComputeSection } from './editor/ComputeSection';
import { PlanText, type Dispatch } from './editor/fields';
import { AccessoriesSection, ChargerSection, TargetsSection } from './editor/OtherSections';
import { RobotSection } from './editor/RobotSection';
import { WorkloadsSection } from './editor/WorkloadsSection';

/** The plan editor: robot, battery, AI compute and workloads, accessories, charger, targets. */
export function PlanEditor({
  doc,
  dispatch,
  selectedSegment,
  result = null,
}: {
  doc: PlanInput;
  dispatch: Dispatch;
  selectedSegment: number;
  /** The current plan's simulation (null while the plan has a problem). */
  result?: SimulationResult | null;
}) {
  const { t } = useI18n();
  return (
    <div className="editor" aria-label={t('section.editor')}>
      <PlanText path="name" value={doc.name} dispatch={dispatch} />
      <RobotSection doc={doc} dispatch={dispatch} />
      <BatterySection doc={doc} dispatch={dispatch} />
      <ComputeSection doc={doc} dispatch={dispatch} result={result} />
      <WorkloadsSection doc={doc} dispatch={dispatch} selectedSegment={selectedSegment} />
      <AccessoriesSection doc={doc} dispatch={dispatch} />
      <ChargerSection doc={doc} dispatch={dispatch} />
      <TargetsSection doc={doc} dispatch={dispatch} />
    </div>
  );
}
