import { useRef, useState, type RefObject } from 'react';
import { moveSegment, resizeSegment } from '../../state/commands';
import type { Command } from '../../state/store';

/** A block being dragged to another place in the cycle. */
export interface Reorder {
  from: number;
  pointerId: number;
  startX: number;
  /** The gap between blocks it would drop into (0…n); null until it has moved past the threshold. */
  slot: number | null;
}

/** How far (px) a block must be dragged before the press is a reorder rather than a click. */
const REORDER_THRESHOLD_PX = 4;

/** Where segment `from` lands when dropped into gap `slot` (moveSegment's index after removal). */
const targetOf = (from: number, slot: number) => (slot > from ? slot - 1 : slot);

/** Resizing a block by dragging its right edge: one undo step per drag (the gesture). */
export function useResizeDrag(
  barRef: RefObject<HTMLDivElement | null>,
  total: number,
  dispatch: (cmd: Command) => void,
  endGesture: () => void,
) {
  const [drag, setDrag] = useState<{
    index: number;
    startX: number;
    startMin: number;
    gesture: string;
  } | null>(null);
  const onPointerMove = (e: React.PointerEvent) => {
    if (!drag || !barRef.current) return;
    const minPerPx = total / barRef.current.clientWidth;
    const next = Math.max(1, Math.round(drag.startMin + (e.clientX - drag.startX) * minPerPx));
    dispatch(resizeSegment(drag.index, next, drag.gesture));
  };
  const endDrag = () => {
    if (drag) endGesture();
    setDrag(null);
  };
  const start = (index: number, startX: number, startMin: number) =>
    setDrag({ index, startX, startMin, gesture: `resize-${index}-${Date.now()}` });
  return { onPointerMove, endDrag, start };
}

/**
 * Moving a block to another place by dragging it: one undo step per move; a press that does not move past the
 * threshold is a click (a selection), and the click that ends a drag is not.
 */
export function useReorderDrag(
  barRef: RefObject<HTMLDivElement | null>,
  minutesOf: number[],
  total: number,
  dispatch: (cmd: Command) => void,
  onSelect: (i: number) => void,
) {
  // A block being dragged to a new place: in a ref for the pointer handlers (events can outrun renders), in
  // state for drawing.
  const [reorder, setReorderState] = useState<Reorder | null>(null);
  const reorderRef = useRef<Reorder | null>(null);
  const setReorder = (r: Reorder | null) => {
    reorderRef.current = r;
    setReorderState(r);
  };
  /** The click that ends a reorder drag is not a selection of the block it started on. */
  const suppressClick = useRef(false);

  /** Minutes from the cycle's start to the gap before segment `slot`. */
  const startOf = (slot: number) => minutesOf.slice(0, slot).reduce((sum, m) => sum + m, 0);
  /** The gap a pointer at `clientX` drops into: before the first segment whose middle lies right of it. */
  const slotAt = (clientX: number): number | null => {
    const bar = barRef.current;
    if (!bar || bar.clientWidth <= 0) return null;
    const at = ((clientX - bar.getBoundingClientRect().left - bar.clientLeft) / bar.clientWidth) * total;
    let slot = 0;
    for (let j = 0, start = 0; j < minutesOf.length; start += minutesOf[j]!, j++) {
      if (at <= start + minutesOf[j]! / 2) break;
      slot = j + 1;
    }
    return slot;
  };
  const dropSlot =
    reorder && reorder.slot !== null && targetOf(reorder.from, reorder.slot) !== reorder.from
      ? reorder.slot
      : null;

  /** The pointer and key handlers of block `i`'s body. */
  const blockHandlers = (i: number) => ({
    onClick: () => {
      if (suppressClick.current) {
        suppressClick.current = false;
        return;
      }
      onSelect(i);
    },
    onPointerDown: (e: React.PointerEvent<HTMLButtonElement>) => {
      suppressClick.current = false;
      if (e.button !== 0) return;
      e.currentTarget.setPointerCapture?.(e.pointerId);
      setReorder({ from: i, pointerId: e.pointerId, startX: e.clientX, slot: null });
    },
    onPointerMove: (e: React.PointerEvent) => {
      const r = reorderRef.current;
      if (!r || r.pointerId !== e.pointerId) return;
      if (r.slot === null && Math.abs(e.clientX - r.startX) < REORDER_THRESHOLD_PX) return;
      const slot = slotAt(e.clientX) ?? r.slot;
      if (slot !== r.slot) setReorder({ ...r, slot });
    },
    onPointerUp: (e: React.PointerEvent) => {
      const r = reorderRef.current;
      if (!r || r.pointerId !== e.pointerId) return;
      if (r.slot !== null) {
        // A drag, not a click: one move, one undo step.
        suppressClick.current = true;
        const to = targetOf(r.from, r.slot);
        if (to !== r.from) {
          dispatch(moveSegment(r.from, to));
          onSelect(to);
        }
      }
      setReorder(null);
    },
    onPointerCancel: () => setReorder(null),
    onKeyDown: (e: React.KeyboardEvent) => {
      const r = reorderRef.current;
      if (e.key === 'Escape' && r) {
        suppressClick.current = r.slot !== null;
        setReorder(null);
      }
    },
  });

  return { reorder, dropSlot, startOf, blockHandlers };
}
