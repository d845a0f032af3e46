import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addListItem,
  addSegment,
  applyCellPreset,
  moveSegment,
  removeSegment,
  resizeSegment,
  setBatteryMode,
  setField,
  setSegmentDeviceLoad,
  swapChip,
  toggleSegmentAccessory,
} from '../../renderer/state/commands';
import { DocumentStore, type PlanDoc } from '../../renderer/state/store';
import { parseQuantity } from '../../renderer/lib/units';
import { en } from '../../renderer/i18n/en';
import { ko } from '../../renderer/i18n/ko';
import { makeI18n } from '../../renderer/i18n';
import { validatePlan } from '../../src/plan/load';
import { EXAMPLES } from './plan-helpers';

const example = () => JSON.parse(readFileSync(EXAMPLES[0]!, 'utf8')) as PlanDoc;
const energy = (s: DocumentStore) =>
  (s.getState().doc.battery as { pack: { energyWh: number } }).pack.energyWh;
const segs = (s: DocumentStore) =>
  (s.getState().doc.dutyCycle as { segments: Record<string, unknown>[] }).segments;

describe('document store: commands, undo/redo, gestures', () => {
  it('every edit is a named, undoable command; the document is never mutated in place', () => {
    const s = new DocumentStore(example(), 'Example');
    const before = s.getState().doc;
    s.dispatch(setField('battery.pack.energyWh', 3000, 'Set pack energy'));
    expect(energy(s)).toBe(3000);
    expect((before.battery as { pack: { energyWh: number } }).pack.energyWh).toBe(2300);
    expect(s.getState().dirty).toBe(true);
    expect(s.getState().undoLabel).toBe('Set pack energy');
    s.undo();
    expect(energy(s)).toBe(2300);
    expect(s.getState().dirty).toBe(false);
    expect(s.getState().redoLabel).toBe('Set pack energy');
    s.redo();
    expect(energy(s)).toBe(3000);
  });

  it('a drag gesture is one undo step; a new gesture starts a new one', () => {
    const s = new DocumentStore(example(), 'Example');
    for (const m of [21, 25, 30, 42]) s.dispatch(resizeSegment(0, m, 'drag-1'));
    s.endGesture();
    s.dispatch(resizeSegment(0, 50, 'drag-2'));
    expect(s.historyLabels().past).toEqual(['Resize segment', 'Resize segment']);
    s.undo();
    expect(segs(s)[0]!.durationMin).toBe(42);
    s.undo();
    expect(segs(s)[0]!.durationMin).toBe(20);
    expect(s.getState().canUndo).toBe(false);
  });

  it('a gesture does not merge across an intervening save (the saved state stays reachable)', () => {
    const s = new DocumentStore(example(), 'Example');
    s.dispatch(resizeSegment(0, 30, 'g'));
    s.markSaved('doc-abcdefgh', 'Example');
    s.dispatch(resizeSegment(0, 35, 'g'));
    s.undo();
    expect(segs(s)[0]!.durationMin).toBe(30);
    expect(s.getState().dirty).toBe(false);
  });

  it('a no-op edit adds no history', () => {
    const s = new DocumentStore(example(), 'Example');
    expect(s.dispatch(setField('battery.pack.energyWh', 2300, 'same'))).toBe(false);
    expect(s.getState().canUndo).toBe(false);
  });

  it('segment commands: add, move, remove, device load, accessories; results stay valid plans', () => {
    const s = new DocumentStore(example(), 'Example');
    s.dispatch(addSegment(0, { kind: 'rest', durationMin: 10 }));
    expect(segs(s).map((x) => x.kind)).toEqual(['activity', 'rest', 'activity']);
    s.dispatch(moveSegment(1, 2));
    expect(segs(s).map((x) => x.kind)).toEqual(['activity', 'activity', 'rest']);
    s.dispatch(setSegmentDeviceLoad(0, 'npu', { utilisationPercent: 80 }));
    expect(segs(s)[0]!.compute).toEqual({ npu: { utilisationPercent: 80 } });
    s.dispatch(setSegmentDeviceLoad(0, 'npu', undefined));
    expect(segs(s)[0]!.compute).toBeUndefined();
    s.dispatch(
      addListItem('accessories', 'acc', { label: 'Lidar', powerW: 8, mode: 'perSegment' }, 'Add accessory'),
    );
    s.dispatch(toggleSegmentAccessory(0, 'acc1', true));
    expect(segs(s)[0]!.accessoriesOn).toEqual(['acc1']);
    s.dispatch(removeSegment(2));
    expect(validatePlan(s.getState().doc).ok).toBe(true);
    // Undo everything back to the example.
    while (s.undo());
    expect(s.getState().doc).toEqual(example());
  });

  it('swap chip clears the device’s own figures; battery mode switch keeps a valid plan', () => {
    const s = new DocumentStore(example(), 'Example');
    s.dispatch(setField('compute[0].maxPowerW', 9, 'Set max'));
    s.dispatch(swapChip(0, 'hailo-10h'));
    expect((s.getState().doc.compute as Record<string, unknown>[])[0]).toEqual({
      id: 'npu',
      preset: 'hailo-10h',
    });
    s.dispatch(setBatteryMode('cells'));
    expect(validatePlan(s.getState().doc).ok).toBe(true);
    s.dispatch(applyCellPreset('samsung-inr21700-50s'));
    const r = validatePlan(s.getState().doc);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.plan.battery.cells!.cell.capacityAh).toBe(5);
    s.dispatch(setBatteryMode('pack'));
    expect(validatePlan(s.getState().doc).ok).toBe(true);
  });
});

describe('typed units', () => {
  it.each([
    ['2.3 kWh', 'Wh', 2300],
    ['2300', 'Wh', 2300],
    ['45 min', 'min', 45],
    ['1.5 h', 'min', 90],
    ['47 mΩ', 'Ω', 0.047],
    ['1,5', 'V', 1.5],
    ['500 g', 'kg', 0.5],
    ['1.2kW', 'W', 1200],
    ['2,300 Wh', 'Wh', 2300],
    ['1,234,567.5', 'W', 1234567.5],
    ['0,25', 'V', 0.25],
    ['1 898 Wh', 'Wh', 1898],
    ['500 mWh', 'Wh', 0.5],
    ['2 MWh', 'Wh', 2e6],
    ['2.3 KWH', 'Wh', 2300],
    ['47 MOHM', 'Ω', 0.047],
    ['25 c', '°C', 25],
  ])('%s in %s → %d', (text, unit, value) => {
    expect(parseQuantity(text, unit)).toBeCloseTo(value, 12);
  });
  it('rejects other quantities and garbage', () => {
    expect(parseQuantity('3 kg', 'Wh')).toBeNull();
    expect(parseQuantity('lots', 'W')).toBeNull();
    expect(parseQuantity('', 'W')).toBeNull();
    // Milli or mega? Only the exact spelling decides.
    expect(parseQuantity('5 mwh', 'Wh')).toBeNull();
    expect(parseQuantity('5 MW', 'W')).toBe(5e6);
  });
});

describe('i18n', () => {
  it('Korean has every English key and no empty string', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    expect(Object.values(ko).every((v) => v.length > 0)).toBe(true);
  });
  it('formats numbers per locale and fills variables', () => {
    const e = makeI18n('en');
    const k = makeI18n('ko');
    expect(e.num(12345.6)).toBe('12,346');
    expect(e.hours(0.5)).toBe('30 min');
    expect(k.hours(0.5)).toBe('30 분');
    expect(e.t('card.target', { target: '≥ 5 h' })).toBe('target ≥ 5 h');
    expect(k.t('card.target', { target: '≥ 5 h' })).toBe('목표 ≥ 5 h');
  });
});

describe('card status', () => {
  it('colours a missed target as the remark rates it: amber within 10 %, red beyond', async () => {
    const { targetStatus } = await import('../../renderer/components/Results');
    expect(targetStatus(10 - 1e-12, 10, 'higher')).toBe('ok');
    expect(targetStatus(9.5, 10, 'higher')).toBe('near');
    expect(targetStatus(8, 10, 'higher')).toBe('bad');
    expect(targetStatus(32, 30, 'lower')).toBe('near');
    expect(targetStatus(81, 30, 'lower')).toBe('bad');
    expect(targetStatus(5, undefined, 'higher')).toBe('none');
  });
});

describe('document store: the baseline "save the edits as a scenario" starts from', () => {
  it('is the plan as opened or last saved; a rebasing edit moves it, and undo moves it back', () => {
    const s = new DocumentStore(example(), 'Example');
    const opened = s.getState().doc;
    expect(s.getState().baseline).toBe(opened);
    s.dispatch(setField('battery.pack.energyWh', 3000, 'Set pack energy'));
    expect(s.getState().baseline).toBe(opened);
    s.markSaved('token', 'Example');
    const saved = s.getState().doc;
    expect(s.getState().baseline).toBe(saved);
    s.dispatch({ label: 'Make scenario the base', rebase: true, recipe: (d) => void (d.name = 'New base') });
    const rebased = s.getState().doc;
    expect(s.getState().baseline).toBe(rebased);
    s.undo();
    expect(s.getState().baseline).toBe(saved);
    s.redo();
    expect(s.getState().baseline).toBe(rebased);
    s.dispatch(setField('battery.pack.energyWh', 3100, 'Set pack energy'));
    s.rebaseline();
    expect(s.getState().baseline).toBe(s.getState().doc);
    s.load(example(), 'Other', null);
    expect(s.getState().baseline).toBe(s.getState().doc);
  });
});
