import { randomBytes } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportStore } from '@reportal/store';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteStore } from '../create-pglite-store.js';
import { createPostgresStore, type TimeBlindOptions } from '../create-postgres-store.js';
import { temporaryFolder } from '../embedded/temporary-folder.test-support.js';
import {
  dropTestSchema,
  onTestDatabase,
  probeTestDatabase,
  testDatabaseUrl,
  testSchemaName,
} from '../postgres-test-database.js';
import { newReport, randomHex } from '../report-fixtures.js';
import { openHeld, paddedSize, sealHeld } from './held-reports.js';

await probeTestDatabase();

const hour = Date.parse('2026-03-10T15:00:00.000Z');
const at = (minutes: number, seconds = 0) => new Date(hour + minutes * 60_000 + seconds * 1000);

/** A clock the test moves. */
function testClock(start: Date) {
  let now = start;
  return {
    now: () => now,
    set(next: Date) {
      now = next;
    },
  };
}

/** A report whose description carries `marker`, a text found nowhere else. */
async function markedReport(marker: string, idempotency?: { key: string; body: string }) {
  const report = await newReport(
    idempotency
      ? {
          idempotency: {
            scope: 'public',
            keyHash: idempotency.key,
            fingerprint: idempotency.body,
            sealedResponse: `sealed-${idempotency.body}`,
            expiresAt: '2026-03-11T16:00:00.000Z',
          },
        }
      : {},
  );
  report.report.description = `Seen on a forum, ${marker}`;
  return report;
}

/** Every file under `folder` (recursively), except those under `except`. */
function filesUnder(folder: string, except?: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => path !== except && !path.startsWith(`${except}/`))
    .filter((path) => statSync(path).isFile());
}

function filesContaining(files: readonly string[], needle: Buffer): string[] {
  return files.filter((file) => readFileSync(file).includes(needle));
}

describe('sealing a held report', () => {
  it('opens what it sealed, and only with its key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (text) => {
        const key = randomBytes(32);
        const sealed = sealHeld(key, text);
        expect(openHeld(key, sealed)).toBe(text.trimEnd());
        expect(() => openHeld(randomBytes(32), sealed)).toThrow();
        const tampered = Buffer.from(sealed);
        tampered[20] = tampered[20]! ^ 1;
        expect(() => openHeld(key, tampered)).toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('pads every report to a size class, so lengths tell little', () => {
    const key = randomBytes(32);
    expect(sealHeld(key, 'a').length).toBe(sealHeld(key, 'a'.repeat(4000)).length);
    expect(paddedSize(4097)).toBe(8192);
    expect(sealHeld(key, 'a'.repeat(5000)).length).toBe(8192 + 12 + 16);
  });
});

describe('time-blind intake on PostgreSQL', () => {
  const schemas: string[] = [];
  const stores: ReportStore[] = [];
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    for (const schema of schemas) await dropTestSchema(schema);
  });

  async function timeBlindStore(
    clock: { now: () => Date },
    options: { windowMinutes?: number; folder?: string } = {},
  ) {
    const schema = testSchemaName('blind');
    schemas.push(schema);
    const folder = options.folder ?? temporaryFolder();
    const store = await createPostgresStore({
      connectionString: testDatabaseUrl,
      schema,
      timeBlind: { now: clock.now, folder, ...options },
    });
    stores.push(store);
    return { store, schema, folder };
  }

  it('holds the reports of an hour sealed beside the database, then stores them together in one transaction', async () => {
    const clock = testClock(at(12, 8));
    const { store, schema, folder } = await timeBlindStore(clock);
    const [dataDirectory] = await onTestDatabase<{ data_directory: string }>(
      'SELECT current_setting($1) AS data_directory',
      ['data_directory'],
    );
    const wal = join(dataDirectory!.data_directory, 'pg_wal');
    const marker = `marker-${randomHex(12)}`;

    const reports = [];
    for (const [minute, second] of [
      [12, 8],
      [12, 11],
      [12, 14],
    ] as const) {
      clock.set(at(minute, second));
      const report = await markedReport(marker);
      reports.push(report);
      expect(await store.submitReport(report)).toEqual({ kind: 'stored', caseIds: [] });
    }
    await onTestDatabase('CHECKPOINT');

    // Within the window: held, readable by receipt, not in the queue, in no file as plain text.
    expect(await onTestDatabase(`SELECT report_id FROM "${schema}".reports`)).toEqual([]);
    expect(await store.heldReports?.held()).toBe(3);
    const held = await store.findReportByReceipt(reports[0]!.receiptHash);
    expect(held?.report.description).toBe(`Seen on a forum, ${marker}`);
    expect(held?.cases.map((found) => found.state)).toEqual(['received']);
    expect((await store.listCases({ limit: 10 })).items).toEqual([]);
    expect(filesContaining(filesUnder(wal), Buffer.from(marker))).toEqual([]);
    expect(filesContaining(filesUnder(folder), Buffer.from(marker))).toEqual([]);
    // One key file and one spool file, private, dated to the window's start, not to a report.
    const spoolFiles = filesUnder(folder);
    expect(
      spoolFiles.map((file) => file.slice(folder.length + 1).replace(/\.[0-9a-f]{16}\./, '.*.')),
    ).toEqual(
      expect.arrayContaining(['2026-03-10T15-00-00.000Z.key', '2026-03-10T15-00-00.000Z.*.spool']),
    );
    for (const file of spoolFiles) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(file).mtimeMs).toBe(hour);
    }
    expect(store.heldReports?.releaseTimeFor(at(12, 8)).toISOString()).toBe(
      '2026-03-10T16:05:00.000Z',
    );

    // Before the window ends nothing moves.
    clock.set(at(64, 59));
    expect(await store.heldReports?.releaseDue()).toEqual({
      windows: [],
      released: 0,
      unreadable: 0,
    });

    clock.set(at(65));
    expect(await store.heldReports?.releaseDue()).toEqual({
      windows: ['2026-03-10T15:00:00.000Z'],
      released: 3,
      unreadable: 0,
    });

    // Stored in one transaction: one xmin for every report and case; nothing held, no key kept.
    const rows = await onTestDatabase<{ xmin: string }>(
      `SELECT xmin::text AS xmin FROM "${schema}".reports`,
    );
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((row) => row.xmin)).size).toBe(1);
    const caseRows = await onTestDatabase<{ xmin: string }>(
      `SELECT xmin::text AS xmin FROM "${schema}".cases`,
    );
    expect(new Set(caseRows.map((row) => row.xmin))).toEqual(new Set(rows.map((row) => row.xmin)));
    expect(filesUnder(folder)).toEqual([]);
    expect(await store.heldReports?.held()).toBe(0);
    expect((await store.listCases({ limit: 10 })).items).toHaveLength(3);
    const stored = await store.findReportByReceipt(reports[2]!.receiptHash);
    expect(stored?.report.reportId).toBe(reports[2]!.report.reportId);

    // The WAL has the reports now, written by the release (so the scan above could see them).
    await onTestDatabase('CHECKPOINT');
    expect(filesContaining(filesUnder(wal), Buffer.from(marker)).length).toBeGreaterThan(0);
  });

  it('stores a window once, even when a release committed and its spool was not deleted', async () => {
    const clock = testClock(at(5));
    const { store, schema, folder } = await timeBlindStore(clock);
    for (let index = 0; index < 4; index++) await store.submitReport(await markedReport('again'));
    // A torn last line (a write cut short, never acknowledged) is dropped.
    const spool = filesUnder(folder).find((file) => file.endsWith('.spool'))!;
    appendFileSync(spool, 'deadbeef - AAAA');
    const copies = filesUnder(folder).map((file) => [file, readFileSync(file)] as const);
    clock.set(at(66));
    expect((await store.heldReports?.releaseDue())?.released).toBe(4);
    // As if the process died between the commit and the deletion.
    for (const [file, bytes] of copies) writeFileSync(file, bytes, { mode: 0o600 });
    expect(await store.heldReports?.releaseDue()).toEqual({
      windows: ['2026-03-10T15:00:00.000Z'],
      released: 0,
      unreadable: 0,
    });
    expect(filesUnder(folder)).toEqual([]);
    expect(await onTestDatabase(`SELECT report_id FROM "${schema}".reports`)).toHaveLength(4);
  });

  it('releases a shorter window at its own end, aligned to the clock', async () => {
    const clock = testClock(at(12));
    const { store } = await timeBlindStore(clock, { windowMinutes: 15 });
    await store.submitReport(await markedReport('quarter'));
    expect(store.heldReports?.releaseTimeFor(at(12)).toISOString()).toBe(
      '2026-03-10T15:20:00.000Z',
    );
    clock.set(at(19, 59));
    expect((await store.heldReports?.releaseDue())?.released).toBe(0);
    clock.set(at(20));
    expect(await store.heldReports?.releaseDue()).toEqual({
      windows: ['2026-03-10T15:00:00.000Z'],
      released: 1,
      unreadable: 0,
    });
  });

  it('answers a retried request from the held report, and refuses another body', async () => {
    const clock = testClock(at(20));
    const { store } = await timeBlindStore(clock);
    const key = randomHex(32);
    const first = await markedReport('first', { key, body: 'body-1' });
    expect(await store.submitReport(first)).toEqual({ kind: 'stored', caseIds: [] });
    clock.set(at(30));
    expect(await store.submitReport(await markedReport('retry', { key, body: 'body-1' }))).toEqual({
      kind: 'replayed',
      sealedResponse: 'sealed-body-1',
    });
    expect(await store.submitReport(await markedReport('other', { key, body: 'body-2' }))).toEqual({
      kind: 'idempotency_conflict',
    });
    // Two at the same moment with one key: one is held, the other is its replay.
    const twinKey = randomHex(32);
    const twins = await Promise.all([
      store.submitReport(await markedReport('twin', { key: twinKey, body: 'twin' })),
      store.submitReport(await markedReport('twin', { key: twinKey, body: 'twin' })),
    ]);
    expect(twins.map((twin) => twin.kind).sort()).toEqual(['replayed', 'stored']);

    // After the release the answer comes from the stored idempotency key.
    clock.set(at(66));
    expect((await store.heldReports?.releaseDue())?.released).toBe(2);
    expect(await store.submitReport(await markedReport('late', { key, body: 'body-1' }))).toEqual({
      kind: 'replayed',
      sealedResponse: 'sealed-body-1',
    });
  });

  it("shares one held folder between processes: each finds, replays and releases the others' reports", async () => {
    const clock = testClock(at(10));
    const { store: first, schema, folder } = await timeBlindStore(clock);
    const second = await createPostgresStore({
      connectionString: testDatabaseUrl,
      schema,
      timeBlind: { now: clock.now, folder },
    });
    stores.push(second);
    const key = randomHex(32);
    const reports = [];
    for (let index = 0; index < 20; index++) {
      const report = await markedReport(`shared-${index}`, { key: `${key}-${index}`, body: 'b' });
      reports.push(report);
      await (index % 2 === 0 ? first : second).submitReport(report);
    }
    // Each sees what the other appended since it last looked.
    for (const [index, report] of reports.entries()) {
      const other = index % 2 === 0 ? second : first;
      expect((await other.findReportByReceipt(report.receiptHash))?.report.reportId).toBe(
        report.report.reportId,
      );
      expect(
        await other.submitReport(
          await markedReport('retry', { key: `${key}-${index}`, body: 'b' }),
        ),
      ).toEqual({ kind: 'replayed', sealedResponse: 'sealed-b' });
    }
    expect(await first.heldReports?.held()).toBe(20);
    // Many look-ups at once on a store that has indexed nothing yet: each finds its report.
    const third = await createPostgresStore({
      connectionString: testDatabaseUrl,
      schema,
      timeBlind: { now: clock.now, folder },
    });
    stores.push(third);
    const found = await Promise.all(
      reports.map((report) => third.findReportByReceipt(report.receiptHash)),
    );
    expect(found.map((item) => item?.report.reportId)).toEqual(
      reports.map((report) => report.report.reportId),
    );
    expect(await third.heldReports?.held()).toBe(20);
    clock.set(at(66));
    expect((await second.heldReports?.releaseDue())?.released).toBe(20);
    expect(await first.heldReports?.held()).toBe(0);
    expect(await onTestDatabase(`SELECT report_id FROM "${schema}".reports`)).toHaveLength(20);
  });

  it('refuses a window that does not divide a day, a grace outside 0 to 60, and no folder', async () => {
    const open = (timeBlind: TimeBlindOptions) =>
      createPostgresStore({
        connectionString: testDatabaseUrl,
        schema: testSchemaName('blind'),
        migrate: false,
        timeBlind,
      });
    await expect(open({ folder: temporaryFolder(), graceMinutes: 61 })).rejects.toThrow(
      /graceMinutes must be a whole number from 0 to 60/,
    );
    await expect(open({ folder: temporaryFolder(), windowMinutes: 7 })).rejects.toThrow(
      /windowMinutes must be a whole number of minutes that divides a day/,
    );
    await expect(open({})).rejects.toThrow(/timeBlind.folder is required/);
  });
});

describe('time-blind intake on the embedded store', () => {
  it('leaves no file of the data folder with a report before its release, nor a key after', async () => {
    const dataDir = temporaryFolder();
    const heldFolder = join(dataDir, 'held');
    const clock = testClock(at(40, 17));
    const marker = `marker-${randomHex(12)}`;
    let store = await createPgliteStore({ dataDir, timeBlind: { now: clock.now } });
    const report = await markedReport(marker);
    expect(await store.submitReport(report)).toEqual({ kind: 'stored', caseIds: [] });
    clock.set(at(41, 2));
    await store.submitReport(await markedReport(marker));
    await store.close();

    // A process that stops (or crashes) keeps its held reports: spool and key are in files.
    const keys = filesUnder(heldFolder)
      .filter((file) => file.endsWith('.key'))
      .map((file) => readFileSync(file));
    expect(keys).toHaveLength(1);
    expect(filesContaining(filesUnder(dataDir), Buffer.from(marker))).toEqual([]);

    store = await createPgliteStore({ dataDir, timeBlind: { now: clock.now } });
    expect((await store.findReportByReceipt(report.receiptHash))?.report.reportId).toBe(
      report.report.reportId,
    );
    clock.set(at(65));
    expect((await store.heldReports?.releaseDue())?.released).toBe(2);
    await store.close();

    const files = filesUnder(dataDir);
    expect(filesUnder(heldFolder)).toEqual([]);
    expect(filesContaining(files, keys[0]!)).toEqual([]);
    // The release wrote the reports (hour-precise, together): the scan does see them.
    expect(filesContaining(files, Buffer.from(marker)).length).toBeGreaterThan(0);
  }, 180_000);
});
