import type { PlanInput } from '../../../src/plan/schema';
import { useI18n } from '../../i18n';
import { addListItem, removeListItem, setField } from '../../state/commands';
import { CheckField, Section } from '../Field';
import { PlanNumber, PlanText, type Dispatch } from './fields';

/** Robot: name, mass, activities and their powers, mass scaling. */
export function RobotSection({ doc, dispatch }: { doc: PlanInput; dispatch: Dispatch }) {
  const { t } = useI18n();
  const robot = doc.robot;
  const activities = robot.activities;
  return (
    <Section title={t('section.robot')} testId="section-robot">
      <PlanText path="robot.name" value={robot.name} dispatch={dispatch} />
      <PlanNumber path="robot.massWithoutBatteryKg" value={robot.massWithoutBatteryKg} dispatch={dispatch} />
      <fieldset className="list">
        <legend>{t('field.activities')}</legend>
        {activities.map((a, i) => (
          <div className="row" key={a.id}>
            <PlanText path={`robot.activities[${i}].label`} value={a.label} dispatch={dispatch} />
            <PlanNumber
              path={`robot.activities[${i}].powerW`}
              value={a.powerW}
              dispatch={dispatch}
              testId={`activity-power-${a.id}`}
            />
            <button
              type="button"
              className="icon"
              aria-label={`${t('action.remove')} ${a.label}`}
              onClick={() => dispatch(removeListItem('robot.activities', i, 'Remove activity'))}
              disabled={activities.length <= 1}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            dispatch(
              addListItem(
                'robot.activities',
                'activity',
                { label: t('field.newActivity'), powerW: 100 },
                'Add activity',
              ),
            )
          }
        >
          + {t('action.addActivity')}
        </button>
      </fieldset>
      <CheckField
        label={t('field.massScaling')}
        help={t('help.massScaling')}
        checked={robot.massScaling !== undefined}
        onChange={(on) =>
          dispatch(
            setField(
              'robot.massScaling',
              on ? { referenceMassKg: (robot.massWithoutBatteryKg ?? 50) + 10, exponent: 1 } : undefined,
              on ? 'Scale power with mass' : 'Stop scaling power with mass',
            ),
          )
        }
      />
      {robot.massScaling && (
        <div className="row">
          <PlanNumber
            path="robot.massScaling.referenceMassKg"
            value={robot.massScaling.referenceMassKg}
            dispatch={dispatch}
          />
          <PlanNumber
            path="robot.massScaling.exponent"
            value={robot.massScaling.exponent}
            dispatch={dispatch}
          />
        </div>
      )}
    </Section>
  );
}
