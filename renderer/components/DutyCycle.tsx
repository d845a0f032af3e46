import { useI18n } from '../i18n';
import { addSegmentAfter } from '../state/commands';
import type { Command } from '../state/store';
import type { PlanInput } from '../../src/plan/schema';
import { RepeatRow } from './duty/RepeatRow';
import { SegmentInspector } from './duty/SegmentInspector';
import { describeSegment, timelineMinutes, type Repeat, type Segment } from './duty/segments';
import { Timeline } from './duty/Timeline';

export { describeSegment } from './duty/segments';

interface Props {
  doc: PlanInput;
  dispatch(cmd: Command): void;
  endGesture(): void;
  selected: number;
  onSelect(i: number): void;
}

/**
 * The duty-cycle editor: a timeline of segments coloured by activity, each block exactly as wide as its share
 * of the cycle (drag a block's right edge to resize — one undo step per drag; drag a block onto another place,
 * or use the arrows, to reorder — one undo step per move; click selects), the selected segment's inspector,
 * the readable list of steps, and the repeat settings.
 */
export function DutyCycleEditor({ doc, dispatch, endGesture, selected, onSelect }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const segments: Segment[] = doc.dutyCycle?.segments ?? [];
  const minutesOf = segments.map(timelineMinutes);
  const total = minutesOf.reduce((sum, m) => sum + m, 0) || 1;
  const repeat: Repeat = doc.dutyCycle?.repeat ?? { mode: 'untilReserve' };
  const seg = segments[Math.min(selected, segments.length - 1)];
  const selIndex = Math.min(selected, segments.length - 1);

  return (
    <div className="duty" data-testid="duty-cycle">
      <Timeline
        doc={doc}
        segments={segments}
        minutesOf={minutesOf}
        total={total}
        selIndex={selIndex}
        dispatch={dispatch}
        endGesture={endGesture}
        onSelect={onSelect}
      />
      <div className="timeline-actions">
        <span className="muted">
          {t('dc.total', { total: i18n.hours(total / 60) })} · {t('dc.hint')}
        </span>
        <button
          type="button"
          data-testid="add-segment"
          onClick={() => {
            dispatch(addSegmentAfter(selIndex));
            onSelect(selIndex + 1);
          }}
        >
          + {t('action.addSegment')}
        </button>
      </div>

      {seg && (
        <SegmentInspector
          doc={doc}
          seg={seg}
          selIndex={selIndex}
          count={segments.length}
          dispatch={dispatch}
          onSelect={onSelect}
        />
      )}

      <RepeatRow repeat={repeat} dispatch={dispatch} />

      <ol className="steps" aria-label={t('dc.steps')} data-testid="steps">
        {segments.map((s, i) => (
          <li key={i}>{describeSegment(doc, s, i18n)}</li>
        ))}
      </ol>
    </div>
  );
}
