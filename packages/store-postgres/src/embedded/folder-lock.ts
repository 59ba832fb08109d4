import { randomUUID } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PostgresStoreError } from '../errors/postgres-store-error.js';

/** The lock file in an embedded store's folder, beside PostgreSQL's own files. */
export const folderLockFileName = 'reportal.lock';

/** The live process that has an embedded store's folder open. */
export interface EmbeddedStoreHolder {
  /** Its process id. */
  pid: number;
}

/** The hold on a folder that `lockFolder` took. */
export interface FolderLock {
  /** Lets the folder go (removes the lock file, if it is still this one's). */
  release(): void;
}

/** What a lock file says: the holder's pid, when that process started, and this hold's id. */
interface LockContent {
  pid: number;
  /** The folder's device and inode: a lock file copied with the folder (a backup) is not a hold. */
  folder?: string;
  /** The process's start time in clock ticks since boot (Linux), to tell a reused pid apart. */
  started?: string;
  /** One per hold, so that a process tells its own holds from a dead namesake's. */
  hold: string;
}

/** The holds this process has, by their id (a pid of ours in a lock file may be a predecessor's). */
const holdsOfThisProcess = new Set<string>();

/** A process can be seen writing its lock file for this long; an empty file older is stale. */
const partialContentGraceMilliseconds = 1_000;

/**
 * Takes the folder for this process, as PostgreSQL's postmaster.pid does: a lock file created
 * with O_EXCL that holds the pid. A lock file whose process no longer exists (killed, crashed,
 * the machine restarted) is stale and taken over, so nobody ever has to remove it by hand.
 *
 * @throws PostgresStoreError `store_locked` when a live process holds the folder.
 */
export async function lockFolder(folder: string): Promise<FolderLock> {
  const path = join(folder, folderLockFileName);
  const started = processStart(process.pid);
  const content: LockContent = {
    pid: process.pid,
    folder: folderIdentity(folder),
    ...(started !== undefined && { started }),
    hold: randomUUID(),
  };
  const text = `${JSON.stringify(content)}\n`;
  for (let attempt = 0; attempt < 20; attempt++) {
    if (createExclusively(path, text)) {
      holdsOfThisProcess.add(content.hold);
      return {
        release() {
          holdsOfThisProcess.delete(content.hold);
          if (readText(path) === text) unlinkQuietly(path);
        },
      };
    }
    const found = await readLock(path);
    if (found === undefined) continue; // let go in between: try again
    if (found.content !== undefined && isAlive(found.content, folder)) {
      throw new PostgresStoreError('store_locked', lockedMessage(folder, found.content.pid));
    }
    removeStaleLock(path, found.text);
  }
  throw new PostgresStoreError(
    'store_locked',
    `The embedded store in ${folder} changed hands too often to be opened; try again.`,
  );
}

/**
 * The live process that holds the embedded store's folder, if one does (this process included):
 * `undefined` when the folder is free, missing, or its lock file is stale.
 *
 * @example
 * ```ts
 * const holder = await embeddedStoreHolder('./.reportal/db');
 * if (holder) console.log(`in use by process ${holder.pid}`);
 * ```
 */
export async function embeddedStoreHolder(
  dataDir: string,
): Promise<EmbeddedStoreHolder | undefined> {
  const found = await readLock(join(dataDir, folderLockFileName));
  if (found?.content === undefined || !isAlive(found.content, dataDir)) return undefined;
  return { pid: found.content.pid };
}

/** The message of `store_locked`, naming the folder and the holder. */
function lockedMessage(folder: string, pid: number): string {
  const who = pid === process.pid ? `this process (${pid})` : `process ${pid}`;
  return `The embedded store in ${folder} is in use by ${who}; one process at a time may open it.`;
}

/** Creates the lock file with O_EXCL; false when it exists already. */
function createExclusively(path: string, text: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(descriptor, text);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  return true;
}

/**
 * Reads a lock file: `undefined` when there is none; `content` undefined when it cannot be
 * understood even after its writer had time to finish (then no live holder can be named).
 */
async function readLock(
  path: string,
): Promise<{ text: string; content: LockContent | undefined } | undefined> {
  const deadline = Date.now() + partialContentGraceMilliseconds;
  for (;;) {
    const text = readText(path);
    if (text === undefined) return undefined;
    const content = parseLock(text);
    if (content !== undefined || Date.now() > deadline) return { text, content };
    // Created but not yet written (O_EXCL, then the write): give the writer a moment.
    await sleep(20);
  }
}

function parseLock(text: string): LockContent | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockContent>;
    if (!Number.isSafeInteger(value.pid) || (value.pid as number) <= 0) return undefined;
    if (typeof value.hold !== 'string') return undefined;
    if (value.started !== undefined && typeof value.started !== 'string') return undefined;
    if (value.folder !== undefined && typeof value.folder !== 'string') return undefined;
    return value as LockContent;
  } catch {
    return undefined;
  }
}

/** Whether the process a lock file names still holds it. */
function isAlive(content: LockContent, folder: string): boolean {
  if (content.folder !== undefined && content.folder !== folderIdentity(folder)) return false;
  // Our own pid: a hold of ours, or a predecessor's with the same pid (a container's pid 1).
  if (content.pid === process.pid) return holdsOfThisProcess.has(content.hold);
  try {
    process.kill(content.pid, 0);
  } catch (error) {
    // EPERM: it exists, under another account.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  // The pid exists; a process that started at another time only reuses the number.
  const started = processStart(content.pid);
  return content.started === undefined || started === undefined || started === content.started;
}

/**
 * Removes a stale lock file, but only the one judged stale: it is first renamed aside, which
 * only one of several processes doing this at once can do; one that took a fresh lock created
 * meanwhile puts it back (link fails rather than replace a newer one).
 */
export function removeStaleLock(path: string, staleText: string): void {
  const aside = `${path}.stale-${process.pid}-${randomUUID()}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readText(aside) !== staleText) {
    try {
      linkSync(aside, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  unlinkQuietly(aside);
}

/** A folder's device and inode, which stay when it is renamed and differ in a copy. */
function folderIdentity(folder: string): string {
  const { dev, ino } = statSync(folder, { bigint: true });
  return `${dev}:${ino}`;
}

/** The start time of a process in clock ticks since boot (field 22 of /proc/<pid>/stat). */
function processStart(pid: number): string | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // gone, or no /proc (not Linux): the pid alone decides
  }
  // The command name (field 2) is in parentheses and may hold spaces: count after the last one.
  return stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .at(19);
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
