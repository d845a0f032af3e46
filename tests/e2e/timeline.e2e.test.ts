import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startHarness, type Harness } from './harness';

// The duty-cycle timeline in Chromium: every block exactly as wide as its share of the cycle, however many
// segments; long labels elide with the full text in the tooltip; tiny segments keep their width and show a
// marker; blocks reorder by dragging, one undo step per drag; the steps read as one numbered list.

let h: Harness;
beforeAll(async () => {
  h = await startHarness(4341);
}, 60_000);
afterAll(async () => h?.close());

const EXAMPLE = join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json');

/** Durations (min) of 30 segments, from 0.5 min to 1.5 h; every fifth has a long label. */
const DURATIONS = [
  20, 40, 5, 1, 12, 60, 3, 25, 8, 90, 2, 15, 30, 7, 45, 1, 10, 35, 4, 50, 6, 18, 0.5, 22, 9, 70, 14, 2, 28,
  11,
];

function thirtySegments(): Record<string, unknown> {
  const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  doc.name = 'Thirty segments';
  doc.dutyCycle.segments = DURATIONS.map((durationMin, i) => {
    const s: Record<string, unknown> =
      i % 7 === 3
        ? { kind: 'rest', durationMin }
        : i % 11 === 5
          ? { kind: 'charge', durationMin }
          : {
              kind: 'activity',
              activity: i % 2 ? 'sit' : 'walk',
              durationMin,
              compute: { npu: { workloads: ['detector'] } },
            };
    if (i % 5 === 0) s.label = `Long labelled step number ${i + 1} with a very long descriptive name`;
    return s;
  });
  return doc;
}

async function openDoc(page: Page, doc: unknown) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open').click();
  await (
    await chooser
  ).setFiles({
    name: 'plan.powerplan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc)),
  });
}

async function ready(page: Page) {
  await page.goto(h.url);
  await page.getByTestId('card-runtime').waitFor();
}

const steps = (page: Page) => page.getByTestId('steps').locator('li').allTextContents();

describe('the timeline stays proportional with many segments', () => {
  it('30 segments of varied duration: each block is its share of the timeline, to within 1 px', async () => {
    const page = await h.newPage();
    await ready(page);
    await openDoc(page, thirtySegments());
    await page.getByTestId('segment-29').waitFor();
    expect(await page.getByTestId('duty-cycle').locator('[role="listitem"]').count()).toBe(30);
    // The timeline's inner width (its border box less its two 1 px borders), unrounded.
    const inner = await page
      .getByTestId('duty-cycle')
      .locator('.timeline')
      .evaluate((el) => el.getBoundingClientRect().width - 2 * el.clientLeft);
    const total = DURATIONS.reduce((a, b) => a + b, 0);
    const widths: number[] = [];
    for (let i = 0; i < DURATIONS.length; i++) {
      const box = (await page.getByTestId(`segment-${i}`).boundingBox())!;
      widths.push(box.width);
      expect(Math.abs(box.width - (inner * DURATIONS[i]!) / total), `segment ${i}`).toBeLessThanOrEqual(1);
    }
    // No block is stretched or squeezed to make room: together they fill the timeline exactly.
    expect(Math.abs(widths.reduce((a, b) => a + b, 0) - inner)).toBeLessThanOrEqual(1);

    // A long label elides in its block; the block's tooltip carries it in full.
    const label = page.getByTestId('segment-0').locator('.block-label');
    expect(await label.evaluate((el) => getComputedStyle(el).textOverflow)).toBe('ellipsis');
    expect(await label.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.getByTestId('segment-0').getAttribute('title')).toContain(
      'Long labelled step number 1 with a very long descriptive name 20 min',
    );

    // A segment too short to see at scale (30 s: under 1 px) keeps its width and shows a marker that selects it.
    const tiny = page.getByTestId('segment-22');
    expect((await tiny.boundingBox())!.width).toBeLessThan(1);
    const marker = (await tiny.locator('.block-marker').boundingBox())!;
    expect(marker.width).toBeGreaterThanOrEqual(2);
    await page.mouse.click(marker.x + marker.width / 2, marker.y + marker.height / 2);
    expect(await page.getByTestId('segment-inspector').locator('legend').textContent()).toMatch(
      /^Walking 0\.5 min/,
    );
  });

  it('the steps under the timeline are one numbered list, one step a line', async () => {
    const page = await h.newPage();
    await ready(page);
    await openDoc(page, thirtySegments());
    await page.getByTestId('segment-29').waitFor();
    const list = page.getByTestId('steps');
    expect(await list.evaluate((el) => el.tagName)).toBe('OL');
    expect(await list.evaluate((el) => getComputedStyle(el).listStyleType)).toBe('decimal');
    expect(await list.evaluate((el) => getComputedStyle(el).columnCount)).toBe('auto');
    const items = list.locator('li');
    expect(await items.count()).toBe(30);
    const lefts = await items.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
    expect(new Set(lefts).size).toBe(1);
    const tops = await items.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    for (let i = 1; i < tops.length; i++) expect(tops[i]!).toBeGreaterThan(tops[i - 1]!);
  });
});

describe('reordering segments', () => {
  it('drags segment 2 before segment 1: the order changes in one undo step', async () => {
    const page = await h.newPage();
    await ready(page);
    const before = await steps(page);
    expect(before).toHaveLength(2);
    expect(before[0]).toMatch(/^Walking 20 min/);
    expect(before[1]).toMatch(/^Sitting 40 min/);
    const from = (await page.getByTestId('segment-1').boundingBox())!;
    const onto = (await page.getByTestId('segment-0').boundingBox())!;
    const y = from.y + from.height / 2;
    await page.mouse.move(from.x + from.width / 2, y);
    await page.mouse.down();
    for (let k = 1; k <= 12; k++)
      await page.mouse.move(from.x + from.width / 2 + ((onto.x + 10 - from.x - from.width / 2) * k) / 12, y);
    // While dragging, a marker shows where the block would go: at the timeline's start.
    const marker = (await page.getByTestId('drop-marker').boundingBox())!;
    expect(Math.abs(marker.x + marker.width / 2 - onto.x)).toBeLessThanOrEqual(2);
    await page.mouse.up();
    expect(await page.getByTestId('drop-marker').count()).toBe(0);
    const after = await steps(page);
    expect(after[0]).toMatch(/^Sitting 40 min/);
    expect(after[1]).toMatch(/^Walking 20 min/);
    // The moved segment is selected (the drag's end is not a click on the block it started on).
    expect(await page.getByTestId('segment-0').getAttribute('class')).toContain('selected');
    expect(await page.getByTestId('undo').getAttribute('title')).toBe('Undo: Move segment');
    // One undo restores the order, and there is nothing more to undo.
    await page.getByTestId('undo').click();
    expect(await steps(page)).toEqual(before);
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
    await page.getByTestId('redo').click();
    expect(await steps(page)).toEqual(after);
  });

  it('a press without a drag still selects; the arrow buttons still reorder from the keyboard', async () => {
    const page = await h.newPage();
    await ready(page);
    const before = await steps(page);
    await page.getByTestId('segment-1').locator('.block-body').click();
    expect(await page.getByTestId('segment-1').getAttribute('class')).toContain('selected');
    expect(await steps(page)).toEqual(before);
    await page.getByRole('button', { name: 'Move earlier' }).focus();
    await page.keyboard.press('Enter');
    expect((await steps(page))[0]).toMatch(/^Sitting 40 min/);
    await page.getByTestId('undo').click();
    expect(await steps(page)).toEqual(before);
  });
});
