// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { useSyncExternalStore } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareView } from '../../renderer/components/WhatIf';
import { I18nContext, makeI18n, type Lang } from '../../renderer/i18n';
import { setField } from '../../renderer/state/commands';
import { DocumentStore, type PlanDoc } from '../../renderer/state/store';
import type { AnalysisRequest } from '../../renderer/worker/protocol';
import { runRequest } from '../../renderer/worker/run';
import { validatePlan } from '../../src/plan/load';
import { EXAMPLES } from './plan-helpers';

// The Scenarios panel at the top of Compare: the plan's scenarios in words, edited in place, each edit one
// undo step; the edits since the plan was opened kept as a new scenario.

// The analyses run in the test's thread instead of the Web Worker.
vi.mock('../../renderer/worker/client', () => ({
  runAnalysis: (request: Omit<AnalysisRequest, 'id'>) => {
    const controller = new AbortController();
    return {
      promise: runRequest({ ...request, id: 1 } as AnalysisRequest, () => undefined, controller.signal),
      cancel: () => controller.abort(),
    };
  },
}));

afterEach(cleanup);

const example = () => JSON.parse(readFileSync(EXAMPLES[0]!, 'utf8')) as PlanDoc;
const names = (s: DocumentStore) => (s.getState().doc.scenarios ?? []).map((x) => x.name);
const energy = (s: DocumentStore) => s.getState().doc.battery.pack!.energyWh;

function Compare({ store }: { store: DocumentStore }) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const v = validatePlan(state.doc);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return (
    <CompareView
      plan={v.plan}
      controls={{
        doc: state.doc,
        baseline: state.baseline,
        scenarioErrors: v.scenarioErrors,
        dispatch: (c) => void store.dispatch(c),
        undoLabel: state.undoLabel,
        undo: () => void store.undo(),
        keepEditsInBase: () => store.rebaseline(),
      }}
      onExportCsv={() => undefined}
    />
  );
}

function show(store: DocumentStore, lang: Lang = 'en') {
  return render(
    <I18nContext.Provider value={makeI18n(lang)}>
      <Compare store={store} />
    </I18nContext.Provider>,
  );
}

const tid = (id: string) => screen.getByTestId(id);

describe('the Scenarios panel', () => {
  it('lists the plan’s scenarios with their changes in words and their notes, and compares them', async () => {
    const store = new DocumentStore(example(), 'Example');
    show(store);
    expect(screen.getAllByTestId(/^scenario-name-\d+$/).map((e) => (e as HTMLInputElement).value)).toEqual([
      'GPU-class module',
      'DX-M2 target',
      '3 kWh pack',
      'Assistant while walking too',
    ]);
    expect(tid('scenario-words-2').textContent).toBe('Battery › Pack energy 2,300 Wh → 3,000 Wh');
    expect(tid('scenario-words-3').textContent).toMatch(/Assistant LLM .* on while Walking/);
    expect((tid('scenario-notes-2') as HTMLTextAreaElement).value).toMatch(/A larger pack/);
    expect(tid('save-edits-hint').textContent).toMatch(/edit the plan as usual/);
    await waitFor(() => expect(tid('compare-table').querySelectorAll('thead th')).toHaveLength(6), {
      timeout: 20_000,
    });
    expect(tid('compare-col-3').textContent).toContain('3 kWh pack');
  }, 30_000);

  it('renames in place (Enter), refuses a taken name with a message, and Escape puts the name back', () => {
    const store = new DocumentStore(example(), 'Example');
    show(store);
    const input = tid('scenario-name-2') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '  Bigger pack ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(names(store)[2]).toBe('Bigger pack');
    expect(store.getState().undoLabel).toBe('Rename scenario');
    fireEvent.change(input, { target: { value: 'dx-m2 TARGET' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(tid('scenario-name-2-error').textContent).toBe('Another scenario has this name.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(names(store)[2]).toBe('Bigger pack');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('Bigger pack');
    expect(screen.queryByTestId('scenario-name-2-error')).toBeNull();
  });

  it('deletes with Undo in the notice; moves, duplicates and notes are one undo step each', () => {
    const store = new DocumentStore(example(), 'Example');
    show(store);
    fireEvent.click(tid('scenario-delete-1'));
    expect(names(store)).toEqual(['GPU-class module', '3 kWh pack', 'Assistant while walking too']);
    expect(tid('scenario-notice').textContent).toMatch(/Deleted “DX-M2 target”/);
    fireEvent.click(tid('scenario-notice-undo'));
    expect(names(store)[1]).toBe('DX-M2 target');
    expect(screen.queryByTestId('scenario-notice')).toBeNull();

    fireEvent.click(tid('scenario-down-0'));
    expect(names(store).slice(0, 2)).toEqual(['DX-M2 target', 'GPU-class module']);
    // The focus follows the scenario it moved.
    expect(document.activeElement).toBe(tid('scenario-down-1'));
    expect(tid('scenario-up-0').hasAttribute('disabled')).toBe(true);
    expect(tid('scenario-down-3').hasAttribute('disabled')).toBe(true);

    fireEvent.click(tid('scenario-duplicate-2'));
    expect(names(store)[3]).toBe('3 kWh pack (copy)');
    expect(store.getState().doc.scenarios![3]!.changes).toEqual(store.getState().doc.scenarios![2]!.changes);

    const notes = tid('scenario-notes-0') as HTMLTextAreaElement;
    fireEvent.change(notes, { target: { value: 'Ask DEEPX for samples.' } });
    fireEvent.blur(notes);
    expect(store.getState().doc.scenarios![0]!.notes).toBe('Ask DEEPX for samples.');
    // (The delete was undone.)
    expect(store.historyLabels().past).toEqual([
      'Move scenario',
      'Duplicate scenario',
      'Edit scenario notes',
    ]);
  });

  it('saves the edits since the plan was opened as a scenario and puts the plan back', () => {
    const store = new DocumentStore(example(), 'Example');
    show(store);
    act(() => void store.dispatch(setField('battery.pack.energyWh', 3300, 'Set pack energy')));
    expect(tid('pending-words').textContent).toBe('Battery › Pack energy 2,300 Wh → 3,300 Wh');
    expect((tid('save-edits-name') as HTMLInputElement).placeholder).toBe('Scenario 5');
    fireEvent.change(tid('save-edits-name'), { target: { value: '3.3 kWh pack' } });
    fireEvent.click(tid('save-edits-as-scenario'));
    expect(energy(store)).toBe(2300);
    expect(store.getState().doc.scenarios!.at(-1)).toEqual({
      name: '3.3 kWh pack',
      changes: [{ op: 'set', path: 'battery.pack.energyWh', value: 3300 }],
    });
    expect(tid('scenario-words-4').textContent).toBe('Battery › Pack energy 2,300 Wh → 3,300 Wh');
    expect(screen.queryByTestId('pending-words')).toBeNull();
    expect(tid('scenario-notice').textContent).toMatch(/Saved the edits as “3.3 kWh pack”/);
    // Undo brings the edits back, still waiting.
    fireEvent.click(tid('scenario-notice-undo'));
    expect(energy(store)).toBe(3300);
    expect(tid('pending-words').textContent).toMatch(/3,300 Wh/);
    // Keep in the base: the edits stay, and nothing waits any more.
    fireEvent.click(tid('keep-edits-in-base'));
    expect(energy(store)).toBe(3300);
    expect(screen.queryByTestId('pending-words')).toBeNull();
  });

  it('an edit a scenario cannot hold (the charger removed) is said, and nothing is lost', () => {
    const store = new DocumentStore(example(), 'Example');
    show(store);
    act(() => void store.dispatch(setField('charger', undefined, 'Remove charger')));
    expect(tid('save-edits-cannot').textContent).toMatch(/remove a part of the plan \(Charger\)/);
    expect(screen.queryByTestId('save-edits-as-scenario')).toBeNull();
  });

  it('makes a scenario the base, keeping the old base as “Previous base”; a scenario that no longer applies warns', () => {
    const doc = example();
    doc.scenarios!.push({
      name: 'Old chip',
      changes: [{ op: 'swapDevice', device: 'gpu', preset: 'jetson-agx-orin-64gb' }],
    });
    const store = new DocumentStore(doc, 'Example');
    show(store);
    const warning = tid('scenario-warning-4');
    expect(warning.textContent).toMatch(
      /No longer applies to the plan: .*“Old chip”.*no compute device "gpu"/,
    );
    expect(tid('scenario-make-base-4').hasAttribute('disabled')).toBe(true);
    fireEvent.click(tid('scenario-make-base-2'));
    expect(energy(store)).toBe(3000);
    expect(names(store)[2]).toBe('Previous base');
    expect(tid('scenario-words-2').textContent).toBe('Battery › Pack energy 3,000 Wh → 2,300 Wh');
    expect((tid('scenario-notes-2') as HTMLTextAreaElement).value).toMatch(
      /^The base before “3 kWh pack” became the base\.\n\nA larger pack/,
    );
    // The new base is not an edit waiting to be kept.
    expect(screen.queryByTestId('pending-words')).toBeNull();
    expect(tid('scenario-notice').textContent).toMatch(/“3 kWh pack” is now the base/);
    fireEvent.click(tid('scenario-notice-undo'));
    expect(energy(store)).toBe(2300);
    expect(names(store)[2]).toBe('3 kWh pack');
  });

  it('in Korean: the panel’s words, buttons and the changes are Korean; the names stay as written', () => {
    const store = new DocumentStore(example(), 'Example');
    show(store, 'ko');
    const panel = tid('scenarios-panel');
    expect(within(panel).getByRole('heading').textContent).toMatch(/^시나리오/);
    expect(tid('scenario-words-2').textContent).toBe('배터리 › 팩 에너지 2,300 Wh → 3,000 Wh');
    expect(tid('scenario-duplicate-0').textContent).toBe('복제');
    expect(tid('scenario-make-base-0').textContent).toBe('기준안으로 삼기');
    expect((tid('scenario-name-2') as HTMLInputElement).value).toBe('3 kWh pack');
    fireEvent.click(tid('scenario-duplicate-2'));
    expect(names(store)[3]).toBe('3 kWh pack (사본)');
  });
});
