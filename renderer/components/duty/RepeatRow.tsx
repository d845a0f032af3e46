import { useI18n } from '../../i18n';
import { setField } from '../../state/commands';
import type { Command } from '../../state/store';
import { NumberField, SelectField } from '../Field';
import type { Repeat } from './segments';

/** How the duty cycle repeats: until the reserve, for a number of hours, or a number of times. */
export function RepeatRow({ repeat, dispatch }: { repeat: Repeat; dispatch(cmd: Command): void }) {
  const { t } = useI18n();
  return (
    <div className="row">
      <SelectField
        label={t('field.repeat')}
        path="dutyCycle.repeat.mode"
        value={repeat.mode}
        options={[
          { value: 'untilReserve', label: t('field.repeatUntilReserve') },
          { value: 'hours', label: t('field.repeatHours') },
          { value: 'count', label: t('field.repeatCount') },
        ]}
        onChange={(m) =>
          dispatch(
            setField(
              'dutyCycle.repeat',
              m === 'hours' ? { mode: m, hours: 8 } : m === 'count' ? { mode: m, count: 3 } : { mode: m },
              'Set shift',
            ),
          )
        }
      />
      {repeat.mode === 'hours' && (
        <NumberField
          label={t('field.repeatHours')}
          unit="h"
          value={repeat.hours}
          path="dutyCycle.repeat.hours"
          onCommit={(v) => dispatch(setField('dutyCycle.repeat.hours', v, 'Set shift hours'))}
        />
      )}
      {repeat.mode === 'count' && (
        <NumberField
          label={t('field.repeatCount')}
          unit="×"
          value={repeat.count}
          path="dutyCycle.repeat.count"
          onCommit={(v) => dispatch(setField('dutyCycle.repeat.count', v, 'Set repeat count'))}
        />
      )}
    </div>
  );
}
