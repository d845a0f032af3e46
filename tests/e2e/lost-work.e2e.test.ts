import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesktopBridge, type DesktopBridge } from './desktop-bridge';
import { startHarness, type Harness } from './harness';

// Nothing the user made is lost: the desktop renderer in Chromium, over the real preload API, IPC routes and
// main-process Documents service, against real files — a full disk, a read-only volume, a folder that
// vanished, and a crash with unsaved edits.

let h: Harness;
beforeAll(async () => {
  h = await startHarness(4313);
}, 60_000);
afterAll(async () => h?.close());

/** A small tmpfs volume (needs root, as in CI); null where mounting is not allowed. */
function mountTmpfs(sizeKb: number): { dir: string; remount(opts: string): void; unmount(): void } | null {
  const dir = mkdtempSync(join(tmpdir(), 'pp-vol-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    remount: (opts) => {
      const m = spawnSync('mount', ['-o', `remount,${opts}`, dir], { encoding: 'utf8' });
      if (m.status !== 0) throw new Error(`remount ${opts} failed: ${m.stderr}`);
    },
    unmount: () => {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Write until the volume is full; returns the filler's path (delete it to free the space). */
function fill(dir: string): string {
  const filler = join(dir, 'filler.bin');
  try {
    writeFileSync(filler, Buffer.alloc(64 * 1024 * 1024, 1));
  } catch (e) {
    expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
  }
  return filler;
}

const runtime = async (page: Page) =>
  Number(await page.getByTestId('card-runtime-value').getAttribute('data-value'));

async function openDesktop(bridge: DesktopBridge): Promise<Page> {
  const page = await h.newPage();
  await bridge.install(page);
  await page.goto(h.url);
  await page.getByTestId('card-runtime').waitFor();
  return page;
}

async function setEnergy(page: Page, value: string) {
  const before = await runtime(page);
  await page.getByTestId('pack-energy').fill(value);
  await page.getByTestId('pack-energy').press('Enter');
  await page.waitForFunction(
    (b) =>
      Number(document.querySelector('[data-testid="card-runtime-value"]')?.getAttribute('data-value')) !== b,
    before,
  );
}

const title = (page: Page) => page.getByTestId('doc-title').textContent();
const bannerText = async (page: Page) => {
  await page.getByTestId('banner').waitFor();
  return (await page.getByTestId('banner').textContent()) ?? '';
};
const savedEnergy = (path: string) => JSON.parse(readFileSync(path, 'utf8')).battery.pack.energyWh as number;
const tempFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

function newBridge(base = mkdtempSync(join(tmpdir(), 'pp-desk-'))) {
  mkdirSync(join(base, 'userData'), { recursive: true });
  mkdirSync(join(base, 'docs'), { recursive: true });
  return { base, bridge: createDesktopBridge(join(base, 'userData'), join(base, 'docs')) };
}

describe('lost work (desktop renderer, real main-process documents, real files)', () => {
  const volume = mountTmpfs(256);

  it.skipIf(volume === null)(
    'disk full, then read-only: a clear error each time, the edit stays and stays dirty, the file stays whole',
    async () => {
      const vol = volume!;
      try {
        const { bridge } = newBridge();
        const page = await openDesktop(bridge);
        await setEnergy(page, '3 kWh');
        const edited = await runtime(page);
        expect(await title(page)).toContain('●');

        // Disk full: Save (untitled → the Save dialog answers a path on the full volume).
        const target = join(vol.dir, 'plan.powerplan.json');
        const filler = fill(vol.dir);
        bridge.dialogs.saveAnswers.push(target);
        await page.getByTestId('save').click();
        expect(await bannerText(page)).toMatch(
          /Could not save: .*plan\.powerplan\.json: the disk is full\. Your plan is still open and unsaved/,
        );
        expect(await title(page)).toContain('●');
        expect(await runtime(page)).toBe(edited);
        expect(existsSync(target)).toBe(false);
        expect(tempFiles(vol.dir)).toEqual([]);

        // Space freed: the same document saves, and is no longer dirty.
        rmSync(filler);
        bridge.dialogs.saveAnswers.push(target);
        await page.getByTestId('save').click();
        await page.waitForFunction(
          () => !document.querySelector('[data-testid="doc-title"]')?.textContent?.includes('●'),
        );
        expect(savedEnergy(target)).toBe(3000);

        // Read-only volume: Save (the file's token, no dialog) fails; the old file is intact, the edit kept.
        await setEnergy(page, '4 kWh');
        const edited2 = await runtime(page);
        vol.remount('ro');
        try {
          await page.getByTestId('save').click();
          expect(await bannerText(page)).toMatch(/Could not save: .*the file system is read-only/);
          expect(await title(page)).toContain('●');
          expect(await runtime(page)).toBe(edited2);
          expect(savedEnergy(target)).toBe(3000);
        } finally {
          vol.remount('rw');
        }
        await page.getByTestId('save').click();
        await page.waitForFunction(
          () => !document.querySelector('[data-testid="doc-title"]')?.textContent?.includes('●'),
        );
        expect(savedEnergy(target)).toBe(4000);
        expect((page as Page & { errors?: string[] }).errors).toEqual([]);
      } finally {
        vol.unmount();
      }
    },
    60_000,
  );

  it('the folder vanished: a clear error, the document stays dirty; Save As elsewhere keeps the work', async () => {
    const { base, bridge } = newBridge();
    const page = await openDesktop(bridge);
    const folder = join(base, 'project');
    mkdirSync(folder);
    const first = join(folder, 'plan.powerplan.json');
    bridge.dialogs.saveAnswers.push(first);
    await page.getByTestId('save').click();
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="doc-title"]')?.textContent?.includes('●'),
    );
    expect(existsSync(first)).toBe(true);

    await setEnergy(page, '2.5 kWh');
    rmSync(folder, { recursive: true, force: true });
    await page.getByTestId('save').click();
    expect(await bannerText(page)).toMatch(
      /Could not save: .*the folder .*project no longer exists \(moved or deleted\?\)/,
    );
    expect(await title(page)).toContain('●');
    expect(existsSync(folder)).toBe(false); // nothing re-created

    const elsewhere = join(base, 'docs', 'rescued.powerplan.json');
    bridge.dialogs.saveAnswers.push(elsewhere);
    // File → Save As… from the native menu (main sends the command; the real preload delivers it).
    await page.evaluate(() =>
      (window as unknown as { __ppEmit(c: string, ...a: unknown[]): void }).__ppEmit(
        'menu:command',
        'saveAs',
      ),
    );
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="doc-title"]')?.textContent?.includes('●'),
    );
    expect(savedEnergy(elsewhere)).toBe(2500);
  });

  it('a crash with unsaved edits: the next start recovers them from the autosave file, dirty', async () => {
    const { base, bridge } = newBridge();
    const page = await openDesktop(bridge);
    await setEnergy(page, '3.3 kWh');
    const edited = await runtime(page);
    const autosave = join(base, 'userData', 'autosave.powerplan.json');
    // The renderer autosaves a second after the last edit.
    await expect.poll(() => existsSync(autosave), { timeout: 10_000 }).toBe(true);
    await expect
      .poll(() => JSON.parse(JSON.parse(readFileSync(autosave, 'utf8')).text).battery.pack.energyWh, {
        timeout: 10_000,
      })
      .toBe(3300);
    // "Crash": the window goes away without saving; a new main process (new Documents) on the same folder.
    await page.context().close();
    const restarted = createDesktopBridge(join(base, 'userData'), join(base, 'docs'));
    const page2 = await openDesktop(restarted);
    expect(await runtime(page2)).toBe(edited);
    expect(await title(page2)).toContain('●');
    // Saving the recovered work clears the autosave.
    const target = join(base, 'docs', 'recovered.powerplan.json');
    restarted.dialogs.saveAnswers.push(target);
    await page2.getByTestId('save').click();
    await page2.waitForFunction(
      () => !document.querySelector('[data-testid="doc-title"]')?.textContent?.includes('●'),
    );
    expect(savedEnergy(target)).toBe(3300);
    // Main clears it on save and the renderer once more after (an autosave in flight may land in between).
    await expect.poll(() => existsSync(autosave), { timeout: 5_000 }).toBe(false);
  });
});
