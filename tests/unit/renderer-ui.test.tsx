// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../renderer/components/ErrorBoundary';
import { NumberField } from '../../renderer/components/Field';
import { AiSummary, NotAnAnswer, ResultCards } from '../../renderer/components/Results';
import { validatePlan } from '../../src/plan/load';
import type { Plan } from '../../src/plan/schema';
import { simulate } from '../../src/sim/simulate';
import type { Platform } from '../../renderer/platform/types';
import { DocumentStore, type PlanDoc } from '../../renderer/state/store';
import { join } from 'node:path';
import { EXAMPLES, ROOT } from './plan-helpers';

afterEach(cleanup);

function Boom(): never {
  throw new Error('render failed');
}

describe('error boundary', () => {
  it('a render error shows a recoverable page, and the plan can still be saved as a file', () => {
    const exportText = vi.fn(async () => ({ ok: true as const, name: 'x' }));
    const platform = { exportText } as unknown as Platform;
    const store = new DocumentStore(JSON.parse(readFileSync(EXAMPLES[0]!, 'utf8')) as PlanDoc, 'Example');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary platform={platform} store={store}>
        <Boom />
      </ErrorBoundary>,
    );
    expect(screen.getByTestId('ui-error').textContent).toMatch(/Something in the window went wrong/);
    fireEvent.click(screen.getByText('Save the plan as a file'));
    expect(exportText).toHaveBeenCalledTimes(1);
    const [text, name] = exportText.mock.calls[0] as unknown as [string, string];
    expect(name).toBe('recovered.powerplan.json');
    expect(JSON.parse(text).name).toBe('Optimus-class humanoid — DX-M1 assistant');
  });
});

describe('number field', () => {
  it('commits only typed text, in range; out of range or untouched changes nothing', () => {
    const onCommit = vi.fn();
    render(
      <NumberField
        label="Energy"
        unit="Wh"
        value={2300.123456}
        path="battery.pack.energyWh"
        onCommit={onCommit}
      />,
    );
    const input = screen.getByLabelText('Energy') as HTMLInputElement;
    expect(input.value).toBe('2300.123456');
    fireEvent.focus(input);
    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '-5' } });
    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(
      /outside what this field allows: > 0 … 10,000,000 Wh/,
    );
    fireEvent.change(input, { target: { value: '3 kWh' } });
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledWith(3000);
  });
});

describe('result cards and AI lines tell what is an answer', () => {
  const planOf = (doc: PlanDoc) => validatePlan(doc) as { ok: true; plan: Plan };
  const load = (name: string) =>
    JSON.parse(readFileSync(join(ROOT, 'examples', `${name}.powerplan.json`), 'utf8')) as PlanDoc;

  it('a stale result (the plan has a problem): the last valid figures, greyed and stamped, with no ✓ or ✗', () => {
    const { plan } = planOf(load('optimus-class-dx-m1'));
    render(<ResultCards plan={plan} result={simulate(plan)} stale />);
    expect(screen.getByTestId('cards-stale').textContent).toMatch(/Not an answer for the plan as it stands/);
    for (const id of ['runtime', 'charge', 'charges', 'years', 'eol'])
      expect(screen.getByTestId(`card-${id}`).dataset.status).toBe('none');
    expect(screen.getByTestId('cards-stale').textContent).not.toMatch(/[✓✗!?]/);
  });

  it('an infeasible plan: "—" on the charges card with no split, and its charts labelled as no answer', () => {
    const { plan } = planOf(load('humanoid-8b-llm-does-not-fit'));
    const result = simulate(plan);
    render(<ResultCards plan={plan} result={result} />);
    expect(screen.getByTestId('card-charges-value').textContent).toBe('—');
    expect(screen.getByTestId('card-charges').textContent).not.toMatch(/at the reserve|cycles/);
    cleanup();
    render(
      <NotAnAnswer feasibility={result.feasibility}>
        <p>chart</p>
      </NotAnAnswer>,
    );
    expect(screen.getByTestId('chart-not-answer').textContent).toMatch(
      /Not an answer: the plan cannot run as written/,
    );
  });

  it('a chip with no power figure: "? W" on its AI line, never 0 W', () => {
    const doc = load('optimus-class-dx-m1');
    (doc as { compute: unknown[] }).compute = [
      { id: 'npu', preset: 'deepx-dx-v1-v3', peakTops: 20, memory: { bandwidthGBps: 30, capacityGB: 8 } },
    ];
    const { plan } = planOf(doc);
    render(<AiSummary result={simulate(plan)} />);
    const text = screen.getByTestId('ai-summary').textContent!;
    expect(text).toMatch(/busy, \? W/);
    expect(text).not.toMatch(/ 0 W/);
  });
});
