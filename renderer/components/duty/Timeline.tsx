import { useRef } from 'react';
import type { PlanInput } from '../../../src/plan/schema';
import { useI18n } from '../../i18n';
import { resizeSegment } from '../../state/commands';
import type { Command } from '../../state/store';
import { describeSegment, segmentColor, type Segment } from './segments';
import { useReorderDrag, useResizeDrag } from './useTimelineGestures';

/**
 * The duty cycle's timeline: a block per segment, coloured by activity and exactly as wide as its share of the
 * cycle. Drag a block's right edge to resize it, drag a block to another place to move it; a click selects.
 */
export function Timeline({
  doc,
  segments,
  minutesOf,
  total,
  selIndex,
  dispatch,
  endGesture,
  onSelect,
}: {
  doc: PlanInput;
  segments: Segment[];
  minutesOf: number[];
  total: number;
  selIndex: number;
  dispatch(cmd: Command): void;
  endGesture(): void;
  onSelect(i: number): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const barRef = useRef<HTMLDivElement>(null);
  const resize = useResizeDrag(barRef, total, dispatch, endGesture);
  const { reorder, dropSlot, startOf, blockHandlers } = useReorderDrag(
    barRef,
    minutesOf,
    total,
    dispatch,
    onSelect,
  );

  return (
    <div
      className={`timeline${reorder && reorder.slot !== null ? ' reordering' : ''}`}
      ref={barRef}
      onPointerMove={resize.onPointerMove}
      onPointerUp={resize.endDrag}
      onPointerCancel={resize.endDrag}
      role="list"
      aria-label={t('section.dutyCycle')}
    >
      {segments.map((s, i) => {
        const minutes = minutesOf[i]!;
        const description = describeSegment(doc, s, i18n);
        const label = description.split(' · ')[0];
        return (
          <div
            key={i}
            role="listitem"
            className={`block${i === selIndex ? ' selected' : ''}${s.kind === 'charge' ? ' charge' : ''}${
              reorder?.from === i && reorder.slot !== null ? ' dragging' : ''
            }`}
            style={{ width: `${(minutes / total) * 100}%`, background: segmentColor(doc, s) }}
            data-testid={`segment-${i}`}
            title={description}
          >
            <button
              type="button"
              className="block-body"
              {...blockHandlers(i)}
              aria-pressed={i === selIndex}
              aria-label={description}
            >
              <span className="block-marker" aria-hidden="true" />
              <span className="block-label">{label}</span>
            </button>
            {s.durationMin !== undefined && (
              <span
                className="handle"
                role="slider"
                tabIndex={0}
                aria-label={`${t('field.segmentDuration')}: ${label}`}
                aria-valuenow={minutes}
                aria-valuemin={1}
                aria-valuemax={100000}
                data-testid={`segment-handle-${i}`}
                onPointerDown={(e) => {
                  (e.target as HTMLElement).setPointerCapture?.(e.pointerId);
                  resize.start(i, e.clientX, minutes);
                }}
                onPointerMove={resize.onPointerMove}
                onPointerUp={resize.endDrag}
                onKeyDown={(e) => {
                  const step = e.shiftKey ? 10 : 1;
                  if (e.key === 'ArrowRight' || e.key === 'ArrowUp')
                    dispatch(resizeSegment(i, minutes + step, `key-${i}`));
                  if (e.key === 'ArrowLeft' || e.key === 'ArrowDown')
                    dispatch(resizeSegment(i, Math.max(1, minutes - step), `key-${i}`));
                }}
                onKeyUp={endGesture}
              />
            )}
          </div>
        );
      })}
      {dropSlot !== null && (
        <span
          className="drop-marker"
          aria-hidden="true"
          data-testid="drop-marker"
          style={{ left: `${(startOf(dropSlot) / total) * 100}%` }}
        />
      )}
    </div>
  );
}
