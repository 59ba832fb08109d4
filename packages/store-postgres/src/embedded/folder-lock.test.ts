import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PostgresStoreError } from '../errors/postgres-store-error.js';
import {
  embeddedStoreHolder,
  folderLockFileName,
  lockFolder,
  removeStaleLock,
} from './folder-lock.js';
import { temporaryFolder } from './temporary-folder.test-support.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** A live process of another pid that waits until it is killed. */
function otherProcess(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60_000)'], {
    stdio: 'ignore',
  });
  children.push(child);
  return child;
}

/** Its start time as /proc says it (what the lock file records). */
function startOf(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}

function writeLock(folder: string, content: unknown): void {
  writeFileSync(join(folder, folderLockFileName), `${JSON.stringify(content)}\n`, { mode: 0o600 });
}

async function lockError(folder: string): Promise<PostgresStoreError> {
  const error = await lockFolder(folder).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!PostgresStoreError.isInstance(error)) throw new Error(`expected a refusal, got ${error}`);
  return error;
}

describe('lockFolder', () => {
  it('lets one hold at a time have the folder, and frees it at release', async () => {
    const folder = temporaryFolder();
    const lock = await lockFolder(folder);
    const lockFile = join(folder, folderLockFileName);
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid });
    expect(await embeddedStoreHolder(folder)).toEqual({ pid: process.pid });

    const refused = await lockError(folder);
    expect(refused.code).toBe('store_locked');
    expect(refused.message).toBe(
      `The embedded store in ${folder} is in use by this process (${process.pid}); one process at a time may open it.`,
    );

    lock.release();
    expect(existsSync(lockFile)).toBe(false);
    expect(await embeddedStoreHolder(folder)).toBeUndefined();
    (await lockFolder(folder)).release();
  });

  it('refuses while another live process holds the folder, and takes it over once it is killed', async () => {
    const folder = temporaryFolder();
    const holder = otherProcess();
    const pid = holder.pid!;
    await new Promise((resolve) => holder.once('spawn', resolve));
    writeLock(folder, { pid, started: startOf(pid), hold: 'held-by-the-other-process' });

    expect(await embeddedStoreHolder(folder)).toEqual({ pid });
    const refused = await lockError(folder);
    expect(refused.code).toBe('store_locked');
    expect(refused.message).toContain(`${folder} is in use by process ${pid}`);

    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    expect(await embeddedStoreHolder(folder)).toBeUndefined();
    const lock = await lockFolder(folder);
    expect(JSON.parse(readFileSync(join(folder, folderLockFileName), 'utf8')).pid).toBe(
      process.pid,
    );
    lock.release();
  });

  it('takes over a lock file whose pid now belongs to a process that started later', async () => {
    const folder = temporaryFolder();
    const other = otherProcess();
    await new Promise((resolve) => other.once('spawn', resolve));
    writeLock(folder, { pid: other.pid, started: '1', hold: 'a-dead-namesake' });
    expect(await embeddedStoreHolder(folder)).toBeUndefined();
    (await lockFolder(folder)).release();
  });

  it("takes over a lock file with this process's pid that is not one of its holds", async () => {
    // A container's server is pid 1 again after a restart: the old lock file names pid 1 too.
    const folder = temporaryFolder();
    writeLock(folder, { pid: process.pid, hold: 'the-previous-incarnation' });
    expect(await embeddedStoreHolder(folder)).toBeUndefined();
    (await lockFolder(folder)).release();
  });

  it('takes over a lock file copied with the folder (a backup restored beside it)', async () => {
    const folder = temporaryFolder();
    const lock = await lockFolder(folder);
    const copy = join(temporaryFolder(), 'copy');
    cpSync(folder, copy, { recursive: true });
    expect(existsSync(join(copy, folderLockFileName))).toBe(true);
    expect(await embeddedStoreHolder(copy)).toBeUndefined();
    (await lockFolder(copy)).release();
    // Renamed, the held folder stays held.
    const renamed = `${folder}-renamed`;
    renameSync(folder, renamed);
    try {
      expect(await embeddedStoreHolder(renamed)).toEqual({ pid: process.pid });
    } finally {
      renameSync(renamed, folder);
    }
    lock.release();
  });

  it('takes over a lock file that stays empty (its writer died before writing)', async () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, folderLockFileName), '');
    const started = Date.now();
    const lock = await lockFolder(folder);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    lock.release();
  });

  it('removes a stale lock file only if it is still the one judged stale', async () => {
    // Between reading a stale lock file and removing it, another opener may have replaced it
    // with a fresh one: that one is put back, not removed.
    const folder = temporaryFolder();
    const path = join(folder, folderLockFileName);
    const lock = await lockFolder(folder);
    const fresh = readFileSync(path, 'utf8');
    removeStaleLock(path, '{"pid":4194305,"hold":"dead"}\n');
    expect(readFileSync(path, 'utf8')).toBe(fresh);
    expect(readdirSync(folder)).toEqual([folderLockFileName]);
    expect(await embeddedStoreHolder(folder)).toEqual({ pid: process.pid });

    lock.release();
    writeLock(folder, { pid: 4194305, hold: 'dead' });
    removeStaleLock(path, '{"pid":4194305,"hold":"dead"}\n');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('lets exactly one of several processes take over a stale lock at once', async () => {
    const folder = temporaryFolder();
    writeLock(folder, { pid: 2 ** 22 + 1, hold: 'dead' }); // above Linux's pid_max
    const lockModule = fileURLToPath(new URL('./folder-lock.ts', import.meta.url));
    // Every process loads first, then all try at the same moment.
    const at = Date.now() + 2_000;
    const script = `
      const { lockFolder } = await import(${JSON.stringify(lockModule)});
      while (Date.now() < ${at}) {}
      try {
        await lockFolder(${JSON.stringify(folder)});
        console.log('held');
        setTimeout(() => {}, 3_000);
      } catch (error) {
        console.log(error.code);
      }`;
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', '--input-type=module', '-e', script],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        );
        children.push(child);
        return new Promise<string>((resolve) => {
          let output = '';
          child.stdout!.on('data', (chunk) => {
            output += chunk;
            if (output.includes('\n')) resolve(output.trim());
          });
        });
      }),
    );
    expect(outcomes.sort()).toEqual(['held', ...Array(5).fill('store_locked')]);
  }, 30_000);
});

describe('embeddedStoreHolder', () => {
  it('finds nobody in a folder that does not exist', async () => {
    expect(await embeddedStoreHolder(join(temporaryFolder(), 'missing'))).toBeUndefined();
  });
});
