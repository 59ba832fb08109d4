import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPgliteStore } from '../create-pglite-store.js';
import { PostgresStoreError } from '../errors/postgres-store-error.js';
import { migrate } from '../migrations/migrate.js';
import { newReport } from '../report-fixtures.js';
import { makeFolderPrivate } from './private-files.js';
import { temporaryFolder } from './temporary-folder.test-support.js';

const modeOf = (path: string) => (lstatSync(path).mode & 0o777).toString(8);

/** Every entry under `folder` (itself included) whose mode is not 0700 (folders) or 0600. */
function notPrivate(folder: string): string[] {
  const found: string[] = [];
  const visit = (path: string) => {
    const stat = lstatSync(path);
    const mode = stat.mode & 0o777;
    if (stat.isDirectory()) {
      if (mode !== 0o700) found.push(`${mode.toString(8)} ${path}`);
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (mode !== 0o600) {
      found.push(`${mode.toString(8)} ${path}`);
    }
  };
  visit(folder);
  return found;
}

/** Runs `work` with the usual umask 022 (tests run in forked processes, which may set it). */
async function withUmask<Result>(work: () => Promise<Result>): Promise<Result> {
  const previous = process.umask(0o022);
  try {
    return await work();
  } finally {
    process.umask(previous);
  }
}

describe('makeFolderPrivate', () => {
  it('sets folders to 0700 and files to 0600, counts what others could open, and follows no link', () => {
    const folder = temporaryFolder();
    const outside = join(temporaryFolder(), 'outside.txt');
    writeFileSync(outside, 'not ours');
    chmodSync(outside, 0o644);
    mkdirSync(join(folder, 'base', '5'), { recursive: true });
    chmodSync(folder, 0o755);
    chmodSync(join(folder, 'base'), 0o755);
    chmodSync(join(folder, 'base', '5'), 0o750);
    writeFileSync(join(folder, 'base', '5', '16384'), 'rows');
    chmodSync(join(folder, 'base', '5', '16384'), 0o666);
    writeFileSync(join(folder, 'already-private'), '');
    chmodSync(join(folder, 'already-private'), 0o600);
    writeFileSync(join(folder, 'owner-read-only'), '');
    chmodSync(join(folder, 'owner-read-only'), 0o400);
    symlinkSync(outside, join(folder, 'link'));

    // Open to others: the folder, base, base/5 and the 0666 file; 0400 is only tightened.
    expect(makeFolderPrivate(folder)).toBe(4);
    expect(notPrivate(folder).filter((entry) => !entry.endsWith('/link'))).toEqual([]);
    expect(modeOf(outside)).toBe('644');
    expect(makeFolderPrivate(folder)).toBe(0);
  });

  it('answers 0 for a folder that does not exist', () => {
    expect(makeFolderPrivate(join(temporaryFolder(), 'missing'))).toBe(0);
  });
});

describe('createPgliteStore in a folder', () => {
  it('keeps every file 0600 and every folder 0700 with umask 022: new, written, closed, reopened', async () => {
    const dataDir = join(temporaryFolder(), 'state', 'db');
    const notices: string[] = [];
    await withUmask(async () => {
      const store = await createPgliteStore({ dataDir, onNotice: (line) => notices.push(line) });
      expect(notPrivate(join(dataDir, '..'))).toEqual([]);
      for (let index = 0; index < 20; index++) await store.submitReport(await newReport());
      expect(notPrivate(dataDir)).toEqual([]);
      await store.close();
      expect(notPrivate(dataDir)).toEqual([]);
      // Reopening rewrites PostgreSQL's relation cache files (PGlite makes them 0644).
      const reopened = await createPgliteStore({ dataDir, onNotice: (line) => notices.push(line) });
      expect(notPrivate(dataDir)).toEqual([]);
      await reopened.close();
    });
    expect(notices).toEqual([]);
  });

  it('makes a folder with looser modes private at open and says so', async () => {
    const dataDir = join(temporaryFolder(), 'db');
    await (await createPgliteStore({ dataDir })).close();
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'pg_wal'), 0o755);
    const segment = readdirSync(join(dataDir, 'pg_wal')).find((name) =>
      /^[0-9A-F]{24}$/.test(name),
    );
    chmodSync(join(dataDir, 'pg_wal', segment!), 0o644);

    const notices: string[] = [];
    const store = await createPgliteStore({ dataDir, onNotice: (line) => notices.push(line) });
    try {
      expect(notPrivate(dataDir)).toEqual([]);
      expect(notices).toEqual([
        `Made the embedded store in ${dataDir} private: 3 file(s) or folder(s) were open to other local accounts; now its folders are 0700 and its files 0600.`,
      ]);
    } finally {
      await store.close();
    }
  });

  it('has one opener at a time: a second store or migrate is refused until the first closes', async () => {
    const dataDir = join(temporaryFolder(), 'db');
    const first = await createPgliteStore({ dataDir });
    const refusals = await Promise.all([
      createPgliteStore({ dataDir }).catch((error: unknown) => error),
      migrate({ dataDir }).catch((error: unknown) => error),
    ]);
    for (const refusal of refusals) {
      expect(PostgresStoreError.isInstance(refusal) && refusal.code).toBe('store_locked');
      expect((refusal as Error).message).toContain(`${dataDir} is in use by this process`);
    }
    // The first store is unharmed by the refused openers.
    expect((await first.submitReport(await newReport())).kind).toBe('stored');
    await first.close();
    expect(await migrate({ dataDir })).toMatchObject({ applied: [] });
    expect(statSync(dataDir).isDirectory()).toBe(true);
  });
});
