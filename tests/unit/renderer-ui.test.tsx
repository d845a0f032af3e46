// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../renderer/components/ErrorBoundary';
import { NumberField } from '../../renderer/components/Field';
import type { Platform } from '../../renderer/platform/types';
import { DocumentStore, type PlanDoc } from '../../renderer/state/store';
import { EXAMPLES } from './plan-helpers';

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
