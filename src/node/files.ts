import {
  closeSync,
  existsSync,
  fchmodSync,
  fchownSync,
  lstatSync,
  realpathSync,
  statSync,
  fstatSync,
  openSync,
  readSync,
  renameSync,
  writeSync,
  fsyncSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { MAX_PLAN_BYTES, parsePlanText, type PlanResult } from '../plan/load';

/**
 * Node's file helpers, shared by the CLI (src/cli) and the desktop shell (app/main): bounded reads, atomic
 * writes that keep a file's permissions and owner, and outputs that never replace an input. Node-only: the
 * model never imports this folder (tests/unit/boundaries.test.ts), and neither does the renderer.
 */

/**
 * A user-facing error: a message to show as is, never a stack trace (the CLI prints it as one line with exit
 * code 2; the desktop app hands it to the window as the error of an open, save or export).
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

function describeFsError(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return `${path}: no such file`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'EISDIR':
      return `${path}: is a folder, not a plan file`;
    case 'ENOSPC':
      return `${path}: the disk is full`;
    case 'EROFS':
      return `${path}: the file system is read-only`;
    default:
      return `${path}: ${(e as Error)?.message ?? String(e)}`;
  }
}

/** Read a text file of at most `maxBytes` (checked before reading the whole file). */
export function readTextFile(path: string, maxBytes = MAX_PLAN_BYTES): string {
  let fd: number;
  try {
    // Look before opening: opening a FIFO blocks until a writer comes (forever), and devices or /proc files
    // report no size. Only regular files (or links to them) are read.
    const st = statSync(path);
    if (st.isDirectory()) throw new UserError(`${path}: is a folder, not a plan file`);
    if (!st.isFile()) throw new UserError(`${path}: is not a regular file (a pipe, device or socket)`);
    fd = openSync(path, 'r');
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(describeFsError(path, e));
  }
  try {
    const st = fstatSync(fd);
    if (st.size > maxBytes) {
      throw new UserError(
        `${path}: is ${(st.size / 1024 / 1024).toFixed(1)} MB; plan files are limited to ${maxBytes / 1024 / 1024} MB`,
      );
    }
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off).toString('utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(describeFsError(path, e));
  } finally {
    closeSync(fd);
  }
}

/** Read and validate a plan file. */
export function loadPlanFile(path: string): PlanResult {
  return parsePlanText(readTextFile(path));
}

/**
 * Write a file atomically: write a temp file beside the target, fsync it, then rename over the target, so
 * the target is always either the complete old or the complete new content.
 */
export function writeFileAtomic(requestedPath: string, content: string | Uint8Array): void {
  const path = atomicTarget(requestedPath);
  const existing = lstatSafe(path);
  // Replacing a file must not change what it is: a read-only file is refused (it was made read-only for a
  // reason), and the new file keeps the old one's permissions and owner — or is not written at all.
  if (existing && (existing.mode & 0o222) === 0)
    throw new UserError(`${path}: is read-only; make it writable or give another file name`);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'wx', existing ? existing.mode & 0o7777 : 0o644);
    if (existing) {
      // openSync's mode is masked by the umask: set the old file's bits exactly.
      fchmodSync(fd, existing.mode & 0o7777);
      if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) {
        try {
          fchownSync(fd, existing.uid, existing.gid);
        } catch {
          throw new UserError(
            `${path}: belongs to another user, and replacing it would change its owner; give another file name`,
          );
        }
      }
    }
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let off = 0;
    while (off < data.length) off += writeSync(fd, data, off, data.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, path);
    syncFolder(dirname(path));
  } catch (e) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* the temp file may not exist */
    }
    if (e instanceof UserError) throw e;
    const folder = dirname(path);
    if ((e as NodeJS.ErrnoException)?.code === 'ENOENT' && !existsSync(folder))
      throw new UserError(`${path}: the folder ${folder} no longer exists (moved or deleted?)`);
    throw new UserError(describeFsError(path, e));
  }
}

/**
 * Where an atomic write may rename to: the path itself, or — for a symbolic link — the file it points to (so
 * the link survives). A folder or anything that is not a regular file (a device such as /dev/null, a pipe) is
 * refused: renaming over it would replace the device node with a plain file.
 */
function atomicTarget(path: string): string {
  let target = path;
  try {
    if (lstatSync(path).isSymbolicLink()) target = realpathSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' && lstatSafe(path)?.isSymbolicLink())
      throw new UserError(`${path}: is a link to a file that does not exist`);
    if (code !== 'ENOENT') throw new UserError(describeFsError(path, e));
    return path;
  }
  const st = lstatSafe(target);
  if (st?.isDirectory()) throw new UserError(`${path}: is a folder; give a file name to write to`);
  if (st && !st.isFile())
    throw new UserError(
      `${path}: is not a regular file (a device, pipe or socket); give a file name to write to`,
    );
  return target;
}

function lstatSafe(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** fsync the folder so the rename itself is durable (POSIX); not supported on every platform. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* Windows cannot open folders for fsync; the rename is still atomic there. */
  }
}

/** Whether two paths name the same file (same device and inode; by path when either does not exist). */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return resolve(a) === resolve(b);
  }
}

/**
 * Write a command's output file (CSV, PDF, sized plan) atomically, never over one of its inputs: an output
 * path that is the plan being read is refused, so a slip in the arguments cannot replace the plan.
 */
export function writeOutputFile(out: string, content: string | Uint8Array, inputs: readonly string[]): void {
  for (const input of inputs) {
    if (sameFile(out, input))
      throw new UserError(`${out}: is the input plan; give another file name for the output`);
  }
  writeFileAtomic(out, content);
}
