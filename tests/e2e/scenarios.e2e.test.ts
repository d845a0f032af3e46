import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

// The plan's scenarios in the app (issue 13, "In the app"): the Compare tab lists them in words with the base
// and compares them; each is renamed, deleted (with undo), made the base; the plan's edits become a new one.

let h: Harness;
beforeAll(async () => {
  h = await startHarness(4361);
}, 60_000);
afterAll(async () => h?.close());

const EXAMPLE_SCENARIOS = ['GPU-class module', 'DX-M2 target', '3 kWh pack', 'Assistant while walking too'];

async function open(page: Page) {
  await page.goto(h.url);
  await page.getByTestId('card-runtime').waitFor();
}

/** The scenarios' names in the panel, in order. */
const names = (page: Page) =>
  page
    .locator('[data-testid^="scenario-name-"]:not([data-testid$="-error"])')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

/** The comparison's column names (the base first), once it shows `n` scenario columns. */
async function columns(page: Page, n: number): Promise<string[]> {
  const table = page.getByTestId('compare-table');
  await page.waitForFunction(
    (k) => document.querySelectorAll('[data-testid="compare-table"] thead th').length === k + 2,
    n,
    { timeout: 30_000 },
  );
  const base = (await table.locator('[data-testid="compare-col-0"]').textContent()) ?? '';
  const rest = await table.locator('thead .col-name').allTextContents();
  return [base, ...rest];
}

async function packEnergy(page: Page): Promise<number> {
  return Number(await page.getByTestId('pack-energy').inputValue());
}

describe('scenarios in the app (Chromium, web mode)', () => {
  it('shows the default plan’s four scenarios in Compare, in words, side by side with the base', async () => {
    const page = await h.newPage();
    await open(page);
    await page.getByTestId('tab-compare').click();
    await expect.poll(() => names(page), { timeout: 5000 }).toEqual(EXAMPLE_SCENARIOS);
    expect(await page.getByTestId('scenario-words-2').textContent()).toBe(
      'Battery › Pack energy 2,300 Wh → 3,000 Wh',
    );
    expect(await page.getByTestId('scenario-words-0').textContent()).toMatch(
      /Device “npu”: DEEPX DX-M1 .* → NVIDIA Jetson AGX Orin 64GB/,
    );
    expect(await page.getByTestId('scenario-words-3').textContent()).toMatch(/on while Walking/);
    expect(await columns(page, 4)).toEqual(['Base', ...EXAMPLE_SCENARIOS]);
    const verdicts = await page.getByTestId('compare-verdicts').locator('td').allTextContents();
    expect(verdicts).toHaveLength(5);
    for (const v of verdicts) expect(v).toMatch(/^✓ can run/);
    // The bigger pack runs longer: its runtime cell is better, coloured.
    const runtimeRow = page.locator('[data-testid="compare-table"] tbody tr').nth(1);
    expect(await runtimeRow.locator('td').nth(3).getAttribute('class')).toBe('better');
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it('renames one in place, deletes one and undoes it', async () => {
    const page = await h.newPage();
    await open(page);
    await page.getByTestId('tab-compare').click();
    const name = page.getByTestId('scenario-name-2');
    await name.fill('Bigger pack (3 kWh)');
    await name.press('Enter');
    await expect.poll(async () => (await names(page))[2], { timeout: 5000 }).toBe('Bigger pack (3 kWh)');
    expect((await columns(page, 4))[3]).toBe('Bigger pack (3 kWh)');
    // A name another scenario has is refused, and said.
    await name.fill('dx-m2 target');
    await name.press('Enter');
    expect(await page.getByTestId('scenario-name-2-error').textContent()).toBe(
      'Another scenario has this name.',
    );
    await name.press('Escape');
    // Rename a column from the table's head, with the keyboard.
    await page.getByTestId('compare-rename-0').focus();
    await page.keyboard.press('Enter');
    const input = page.getByTestId('compare-rename-input-0');
    await input.fill('Orin module');
    await input.press('Enter');
    await expect.poll(async () => (await names(page))[0], { timeout: 5000 }).toBe('Orin module');

    await page.getByTestId('scenario-delete-1').click();
    await expect
      .poll(() => names(page), { timeout: 5000 })
      .toEqual(['Orin module', 'Bigger pack (3 kWh)', 'Assistant while walking too']);
    expect(await page.getByTestId('scenario-notice').textContent()).toContain('Deleted “DX-M2 target”.');
    expect(await columns(page, 3)).toHaveLength(4);
    await page.getByTestId('scenario-notice-undo').click();
    await expect.poll(async () => (await names(page)).length, { timeout: 5000 }).toBe(4);
    await expect
      .poll(() => names(page), { timeout: 5000 })
      .toEqual(['Orin module', 'DX-M2 target', 'Bigger pack (3 kWh)', 'Assistant while walking too']);
    expect(await columns(page, 4)).toHaveLength(5);
    // The toolbar's Undo undoes the rename (one step each).
    await page.getByTestId('undo').click();
    // The list re-renders after the click: wait for it rather than read it at once.
    await expect.poll(async () => (await names(page))[0], { timeout: 5000 }).toBe('GPU-class module');
  });

  it('saves the current edits as a new scenario: the base returns to 2,300 Wh and the new column shows the change', async () => {
    const page = await h.newPage();
    await open(page);
    const energy = page.getByTestId('pack-energy');
    await energy.fill('3500');
    await energy.press('Enter');
    await page.getByTestId('tab-compare').click();
    expect(await page.getByTestId('pending-words').textContent()).toBe(
      'Battery › Pack energy 2,300 Wh → 3,500 Wh',
    );
    await page.getByTestId('save-edits-name').fill('3.5 kWh pack');
    await page.getByTestId('save-edits-as-scenario').click();
    expect(await packEnergy(page)).toBe(2300);
    await expect.poll(() => names(page), { timeout: 5000 }).toEqual([...EXAMPLE_SCENARIOS, '3.5 kWh pack']);
    expect(await page.getByTestId('scenario-words-4').textContent()).toBe(
      'Battery › Pack energy 2,300 Wh → 3,500 Wh',
    );
    expect((await columns(page, 5)).at(-1)).toBe('3.5 kWh pack');
    // The new column runs longer than the base and the 3 kWh pack.
    const runtimes = await page
      .locator('[data-testid="compare-table"] tbody tr')
      .nth(1)
      .locator('td')
      .allTextContents();
    const hours = runtimes.map((t) => Number(/([\d.]+) h/.exec(t)?.[1]));
    expect(hours[5]).toBeGreaterThan(hours[3]!);
    expect(hours[3]).toBeGreaterThan(hours[0]!);
    expect(await page.getByTestId('pending-words').count()).toBe(0);
    expect(await page.getByTestId('doc-title').textContent()).toContain('●');
  });

  it('makes a scenario the base: the old base is kept as “Previous base”', async () => {
    const page = await h.newPage();
    await open(page);
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('scenario-make-base-2').click();
    expect(await packEnergy(page)).toBe(3000);
    await expect
      .poll(() => names(page), { timeout: 5000 })
      .toEqual(['GPU-class module', 'DX-M2 target', 'Previous base', 'Assistant while walking too']);
    expect(await page.getByTestId('scenario-words-2').textContent()).toBe(
      'Battery › Pack energy 3,000 Wh → 2,300 Wh',
    );
    expect(await page.getByTestId('scenario-notes-2').inputValue()).toMatch(
      /^The base before “3 kWh pack” became the base\./,
    );
    expect(await columns(page, 4)).toEqual([
      'Base',
      'GPU-class module',
      'DX-M2 target',
      'Previous base',
      'Assistant while walking too',
    ]);
    // Nothing waits to be saved as a scenario: the new base is the base.
    expect(await page.getByTestId('save-edits-hint').count()).toBe(1);
    // Undo puts it all back.
    await page.getByTestId('scenario-notice-undo').click();
    expect(await packEnergy(page)).toBe(2300);
    await expect.poll(() => names(page), { timeout: 5000 }).toEqual(EXAMPLE_SCENARIOS);
  });

  it('ready-made scenarios land in the plan once each, and a column can be deleted from the table', async () => {
    const page = await h.newPage();
    await open(page);
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('seed-scenarios').click();
    // The example has the GPU-class module and the DX-M2 target already: the two others are added.
    await expect
      .poll(() => names(page), { timeout: 5000 })
      .toEqual([...EXAMPLE_SCENARIOS, 'Jetson Orin NX 16GB', 'DEEPX DX-M1']);
    expect(await page.getByTestId('scenario-notice').textContent()).toMatch(
      /Scenarios added: 2\. Already in the plan: 2\./,
    );
    await page.getByTestId('compare-remove-5').click();
    await expect
      .poll(() => names(page), { timeout: 5000 })
      .toEqual([...EXAMPLE_SCENARIOS, 'Jetson Orin NX 16GB']);
    expect(await columns(page, 5)).toHaveLength(6);
  });

  it('the Korean UI reads Korean; the scenarios keep the names the team wrote', async () => {
    const page = await h.newPage({ lang: 'ko' });
    await open(page);
    await page.getByTestId('tab-compare').click();
    const panel = page.getByTestId('scenarios-panel');
    expect(await panel.locator('h2').textContent()).toMatch(/^시나리오 4\/20개/);
    expect(await page.getByTestId('scenario-words-2').textContent()).toBe(
      '배터리 › 팩 에너지 2,300 Wh → 3,000 Wh',
    );
    expect(await page.getByTestId('scenario-duplicate-0').textContent()).toBe('복제');
    expect(await page.getByTestId('scenario-make-base-0').textContent()).toBe('기준안으로 삼기');
    expect(await page.getByTestId('scenario-delete-0').textContent()).toBe('삭제');
    expect(await page.getByTestId('save-edits-hint').textContent()).toMatch(/시나리오를 추가하려면/);
    await expect.poll(() => names(page), { timeout: 5000 }).toEqual(EXAMPLE_SCENARIOS);
    expect((await columns(page, 4))[0]).toBe('기준');
    expect(await page.getByTestId('compare-verdicts').locator('th').textContent()).toMatch(/[\uac00-\ud7a3]/);
    // The panel's own words (heading, hints, buttons, their labels) are Korean: no English word but the names
    // the team wrote.
    const chrome = await panel.evaluate((el) => {
      const out: string[] = [];
      for (const x of el.querySelectorAll('h2, .scenarios-head p, .save-edits-hint, button')) {
        out.push(x.textContent ?? '');
        for (const a of ['aria-label', 'title']) out.push(x.getAttribute(a) ?? '');
      }
      return out.join(' | ');
    });
    let rest = chrome;
    for (const n of EXAMPLE_SCENARIOS) rest = rest.replaceAll(n, '');
    expect(rest).not.toMatch(/[A-Za-z]{2,}/);
    await page.getByTestId('scenario-delete-0').click();
    expect(await page.getByTestId('scenario-notice').textContent()).toContain(
      '삭제한 시나리오: “GPU-class module”.',
    );
    expect(await page.getByTestId('scenario-notice-undo').textContent()).toBe('실행 취소');
  });
});
