import type { PlanInput } from '../../../src/plan/schema';
import { useI18n } from '../../i18n';
import { addListItem, removeListItem, setField } from '../../state/commands';
import { CheckField, Section } from '../Field';
import { PlanNumber, PlanText, type Dispatch } from './fields';

/** Accessories (sensors, radios, lights) and the power conversion efficiencies. */
export function AccessoriesSection({ doc, dispatch }: { doc: PlanInput; dispatch: Dispatch }) {
  const { t } = useI18n();
  const accessories = doc.accessories ?? [];
  return (
    <Section title={t('section.accessories')} open={false}>
      {accessories.map((a, i) => (
        <div className="row" key={a.id}>
          <PlanText path={`accessories[${i}].label`} value={a.label} dispatch={dispatch} />
          <PlanNumber path={`accessories[${i}].powerW`} value={a.powerW} dispatch={dispatch} />
          <CheckField
            label={t('field.alwaysOn')}
            path={`accessories[${i}].mode`}
            checked={(a.mode ?? 'always') === 'always'}
            onChange={(on) =>
              dispatch(setField(`accessories[${i}].mode`, on ? 'always' : 'perSegment', 'Set accessory mode'))
            }
          />
          <button
            type="button"
            className="icon"
            aria-label={`${t('action.remove')} ${a.label}`}
            onClick={() => dispatch(removeListItem('accessories', i, 'Remove accessory'))}
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
              'accessories',
              'acc',
              { label: t('field.newAccessory'), powerW: 5, mode: 'always' },
              'Add accessory',
            ),
          )
        }
      >
        + {t('action.addAccessory')}
      </button>
      <div className="row">
        <PlanNumber
          path="powerConversion.dcdcEfficiencyPercent"
          value={doc.powerConversion?.dcdcEfficiencyPercent ?? 92}
          dispatch={dispatch}
        />
        <PlanNumber
          path="powerConversion.locomotionEfficiencyPercent"
          value={doc.powerConversion?.locomotionEfficiencyPercent ?? 100}
          dispatch={dispatch}
        />
      </div>
    </Section>
  );
}

/** The charger: power, efficiency, end-of-charge current (or none). */
export function ChargerSection({ doc, dispatch }: { doc: PlanInput; dispatch: Dispatch }) {
  const { t } = useI18n();
  const charger = doc.charger;
  return (
    <Section title={t('section.charger')} open={false}>
      <CheckField
        label={t('field.hasCharger')}
        help={t('help.hasCharger')}
        checked={!!charger}
        onChange={(on) =>
          dispatch(
            setField(
              'charger',
              on ? { powerW: 1000, efficiencyPercent: 92 } : undefined,
              on ? 'Add charger' : 'Remove charger',
            ),
          )
        }
      />
      {charger && (
        <div className="row">
          <PlanNumber
            path="charger.powerW"
            value={charger.powerW}
            dispatch={dispatch}
            testId="charger-power"
          />
          <PlanNumber
            path="charger.efficiencyPercent"
            value={charger.efficiencyPercent ?? 92}
            dispatch={dispatch}
          />
          <PlanNumber
            path="charger.endOfChargeCRate"
            value={charger.endOfChargeCRate ?? 0.05}
            dispatch={dispatch}
          />
        </div>
      )}
    </Section>
  );
}

/** Targets, and the operating schedule that ageing and charges per day use. */
export function TargetsSection({ doc, dispatch }: { doc: PlanInput; dispatch: Dispatch }) {
  const { t } = useI18n();
  const targets = doc.targets ?? {};
  const duty = doc.dutyCycle;
  return (
    <Section title={t('section.targets')} testId="section-targets">
      <div className="row">
        <PlanNumber
          path="targets.runtimeHours"
          value={targets.runtimeHours}
          dispatch={dispatch}
          optional
          testId="target-runtime"
        />
        <PlanNumber path="targets.chargeTimeMin" value={targets.chargeTimeMin} dispatch={dispatch} optional />
      </div>
      <div className="row">
        <PlanNumber path="targets.lifetimeYears" value={targets.lifetimeYears} dispatch={dispatch} optional />
        <PlanNumber
          path="targets.maxPackMassPercent"
          value={targets.maxPackMassPercent}
          dispatch={dispatch}
          optional
        />
      </div>
      <div className="row">
        <PlanNumber
          path="dutyCycle.operatingHoursPerDay"
          value={duty.operatingHoursPerDay ?? 8}
          dispatch={dispatch}
        />
        <PlanNumber path="dutyCycle.daysPerYear" value={duty.daysPerYear ?? 250} dispatch={dispatch} />
      </div>
    </Section>
  );
}
