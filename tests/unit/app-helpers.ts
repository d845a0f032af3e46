import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Documents, type DialogPort, type SaveKind } from '../../app/main/documents';
import { APP_ORIGIN } from '../../app/main/security';
import { EXAMPLES } from './plan-helpers';

export const GOOD_PLAN = readFileSync(EXAMPLES[0]!, 'utf8');
export const OTHER_PLAN = readFileSync(EXAMPLES[1]!, 'utf8');

export function tempDir(prefix = 'pp-app-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Dialogs that answer from queues (null = the user cancelled) and record what they were asked. */
export class FakeDialogs implements DialogPort {
  openAnswers: (string | null)[] = [];
  saveAnswers: (string | null)[] = [];
  saveCalls: { defaultPath: string; kind: SaveKind }[] = [];
  openCalls: { defaultPath: string }[] = [];
  async showOpen(opts: { defaultPath: string }) {
    this.openCalls.push(opts);
    return this.openAnswers.shift() ?? null;
  }
  async showSave(opts: { defaultPath: string; kind: SaveKind }) {
    this.saveCalls.push(opts);
    return this.saveAnswers.shift() ?? null;
  }
}

export function makeDocs(userDataDir = tempDir('pp-userdata-'), docsDir = tempDir('pp-docs-')) {
  const dialogs = new FakeDialogs();
  let recentChanges = 0;
  const docs = new Documents({
    userDataDir,
    defaultDir: docsDir,
    dialogs,
    now: () => new Date('2026-11-29T12:00:00.000Z'),
    onRecentChanged: () => recentChanges++,
  });
  return { docs, dialogs, userDataDir, docsDir, recentChanges: () => recentChanges };
}

/** An IPC event as Electron builds it: the sender webContents and the frame that sent the message. */
export function ipcEvent(
  senderId: number,
  frame: { url?: string; origin?: string; parent?: unknown } | null = {},
) {
  return {
    sender: { id: senderId },
    senderFrame:
      frame === null
        ? null
        : {
            url: frame.url ?? `${APP_ORIGIN}/index.html`,
            origin: 'origin' in frame ? frame.origin : APP_ORIGIN,
            parent: 'parent' in frame ? frame.parent : null,
          },
  };
}
