// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useState, useSyncExternalStore } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeSegment, DutyCycleEditor } from '../../renderer/components/DutyCycle';
import { makeI18n } from '../../renderer/i18n';
import { DocumentStore, type PlanDoc } from '../../renderer/state/store';
import { ROOT } from './plan-helpers';

afterEach(cleanup);

const example = () =>
  JSON.parse(readFileSync(join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json'), 'utf8')) as PlanDoc;

function Editor({ store }: { store: DocumentStore }) {
  const { doc } = useSyncExternalStore(store.subscribe, store.getState);
  const [selected, setSelected] = useState(0);
  return (
    <DutyCycleEditor
      doc={doc}
      dispatch={(c) => store.dispatch(c)}
      endGesture={() => store.endGesture()}
      selected={selected}
      onSelect={setSelected}
    />
  );
}

const steps = () => Array.from(screen.getByTestId('steps').querySelectorAll('li'), (li) => li.textContent);

describe('duty-cycle timeline', () => {
  it('each block is exactly its share of the cycle, with no minimum width', () => {
    const doc = example();
    const durations = [20, 40, 5, 1, 12, 60, 3, 0.5, 0, 90];
    doc.dutyCycle.segments = durations.map((durationMin) => ({ kind: 'rest', durationMin }));
    doc.dutyCycle.segments.push({ kind: 'charge' }); // until full: drawn as 30 min
    render(<Editor store={new DocumentStore(doc, 'Plan')} />);
    const total = durations.reduce((a, b) => a + b, 0) + 30;
    [...durations, 30].forEach((m, i) => {
      const width = screen.getByTestId(`segment-${i}`).style.width;
      expect(width.endsWith('%')).toBe(true);
      expect(parseFloat(width)).toBeCloseTo((m / total) * 100, 9);
    });
    // Every block carries its full description as a tooltip (its label may elide).
    expect(screen.getByTestId('segment-10').title).toBe('Charge → full');
  });

  it('dragging a block onto another place moves it in one undo step; the drop is not a click', () => {
    const store = new DocumentStore(example(), 'Plan');
    render(<Editor store={store} />);
    const before = steps();
    expect(before[0]).toMatch(/^Walking 20 min/);
    expect(before[1]).toMatch(/^Sitting 40 min/);
    // happy-dom lays nothing out: a 600 px timeline (20 + 40 min: 10 px a minute).
    const bar = screen.getByRole('list', { name: 'Duty cycle' });
    Object.defineProperty(bar, 'clientWidth', { value: 600 });
    bar.getBoundingClientRect = () => new DOMRect(0, 0, 600, 46);
    const body = screen.getByTestId('segment-1').querySelector('button')!;
    fireEvent.pointerDown(body, { clientX: 400, pointerId: 1, button: 0 });
    fireEvent.pointerMove(body, { clientX: 300, pointerId: 1 }); // still in its own gap: no marker
    expect(screen.queryByTestId('drop-marker')).toBeNull();
    fireEvent.pointerMove(body, { clientX: 50, pointerId: 1 }); // before segment 1's middle
    expect(screen.getByTestId('drop-marker').style.left).toBe('0%');
    fireEvent.pointerUp(body, { clientX: 50, pointerId: 1 });
    fireEvent.click(body);
    const after = steps();
    expect(after).toEqual([before[1], before[0]]);
    expect(screen.getByTestId('segment-0').className).toContain('selected');
    expect(store.getState().undoLabel).toBe('Move segment');
    act(() => void store.undo());
    expect(steps()).toEqual(before);
    expect(store.getState().canUndo).toBe(false);
  });

  it('a press that does not move selects the block and changes nothing', () => {
    const store = new DocumentStore(example(), 'Plan');
    render(<Editor store={store} />);
    const body = screen.getByTestId('segment-1').querySelector('button')!;
    fireEvent.pointerDown(body, { clientX: 400, pointerId: 1, button: 0 });
    fireEvent.pointerMove(body, { clientX: 402, pointerId: 1 });
    fireEvent.pointerUp(body, { clientX: 402, pointerId: 1 });
    fireEvent.click(body);
    expect(screen.getByTestId('segment-1').className).toContain('selected');
    expect(store.getState().canUndo).toBe(false);
  });

  it('the steps are an ordered list of the segments in words', () => {
    const doc = example();
    render(<Editor store={new DocumentStore(doc, 'Plan')} />);
    const list = screen.getByTestId('steps');
    expect(list.tagName).toBe('OL');
    const en = makeI18n('en');
    expect(steps()).toEqual(doc.dutyCycle.segments.map((s) => describeSegment(doc, s, en)));
    expect(steps()[0]).toBe('Walking 20 min · DEEPX DX-M1 (M.2 module): Person detection (YOLOv8n, 15 fps)');
  });
});
