import { describe, expect, it } from 'vitest';
import { ANALYSES, ANALYSIS_IDS } from '../../src/analysis/registry';
import { seedChipScenarios } from '../../src/analysis/seed-scenarios';
import { COMMANDS } from '../../src/cli/main';
import { APP_TABS } from '../../src/analysis/tabs';
import { TAB_COMMANDS } from '../../app/ipc/tabs';
import { runRequest } from '../../renderer/worker/run';
import { MENU_STRINGS } from '../../app/main/menu-strings';
import { EXAMPLES, readExample } from './plan-helpers';

// Each analysis is defined once (src/analysis/registry.ts); the app's tabs, the View menu, the CLI and the
// worker all find it there.

describe('the analysis registry', () => {
  it('the app shows the plan, then one tab per analysis, in the registry order', () => {
    expect(APP_TABS).toEqual(['plan', ...ANALYSIS_IDS.map((id) => ANALYSES[id].tab)]);
  });

  it('every analysis has its CLI command', () => {
    const names = COMMANDS.map((c) => c.name);
    for (const id of ANALYSIS_IDS) expect(names, id).toContain(ANALYSES[id].cli);
  });

  it('the View menu names each analysis as the registry does, in both languages', () => {
    for (const id of ANALYSIS_IDS) {
      const command = TAB_COMMANDS[ANALYSES[id].tab];
      expect(MENU_STRINGS.en[command], id).toBe(ANALYSES[id].label.en);
      expect(MENU_STRINGS.ko[command], id).toBe(ANALYSES[id].label.ko);
    }
  });

  it('the worker runs each analysis through the registry, and its CSV has a header and rows', async () => {
    const plan = readExample(EXAMPLES[0]!);
    const signal = new AbortController().signal;
    const progress: number[] = [];
    const results = {
      compare: await runRequest(
        { id: 1, kind: 'compare', plan, scenarios: seedChipScenarios('npu').slice(0, 1) },
        () => undefined,
        signal,
      ),
      sensitivity: await runRequest(
        { id: 2, kind: 'sensitivity', plan, output: 'runtimeHours', deltaPercent: 10 },
        (d) => progress.push(d),
        signal,
      ),
      sweep: await runRequest(
        {
          id: 3,
          kind: 'sweep',
          plan,
          spec: {
            axes: [{ path: 'battery.pack.energyWh', values: [1000, 2000, 3000] }],
            outputs: ['runtimeHours'],
          },
        },
        () => undefined,
        signal,
      ),
      size: await runRequest(
        { id: 4, kind: 'size', plan, targets: { runtimeHours: 5 }, atEndOfLife: true },
        () => undefined,
        signal,
      ),
    };
    expect(progress.length).toBeGreaterThan(0);
    for (const id of ANALYSIS_IDS) {
      const csv = ANALYSES[id].csv as ((r: unknown) => string) | null;
      if (!csv) continue;
      const lines = csv(results[id]).trim().split('\n');
      expect(lines.length, id).toBeGreaterThan(1);
    }
    expect((results.size as { plan: unknown }).plan).toBeTruthy();
  });
});
