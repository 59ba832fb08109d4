// Time-blind storage, checked on the files (issue 14): reports submitted at known moments, a
// short window waited out, then every file of a PostgreSQL server of the test's own (initdb'd
// for this test, so its WAL holds nothing else: data files and WAL) and of an embedded store's
// folder is searched for any encoding of a moment within two seconds of a submission. With
// time-blind intake, none may be found. Without it, the same scan finds them: that is what
// today's engines write (each commit's time, to the microsecond), and proves the scan can see.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANONYMIZATION_RULESET_ID, createReportId, urlKey } from '@reportal/core';
import type { NewReport, ReportStore } from '@reportal/store';
import {
  createPgliteStore,
  createPostgresStore,
  type TimeBlindOptions,
} from '@reportal/store-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PrivatePostgres, startPrivatePostgres } from './private-postgres.js';
import { scanFolders, type TimestampHit } from './timestamp-scanner.js';

const delay = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** A report as the server hands it to the store: one URL, the hour-coarsened arrival. */
async function report(index: number): Promise<NewReport> {
  const receivedAt = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
  const url = `https://example.com/time-blind-scan/${index}/${crypto.randomUUID()}`;
  return {
    report: {
      schemaVersion: 1,
      portal: 'bz',
      locale: 'en',
      urls: [url],
      goodFaith: true,
      receivedAt: receivedAt.toISOString(),
      source: 'public',
      anonymization: { ruleset: ANONYMIZATION_RULESET_ID, applied: [] },
      reportId: createReportId(receivedAt),
    },
    receiptHash: Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('hex'),
    cases: [{ key: await urlKey(url), urls: [url], newCaseId: createReportId(receivedAt) }],
  };
}

/** Waits until the clock is at least `from` seconds into a minute and at most `to`. */
async function waitForSecond(from: number, to: number) {
  while (true) {
    const second = new Date().getUTCSeconds();
    if (second >= from && second <= to) return;
    await delay(250);
  }
}

function describeHits(hits: readonly TimestampHit[]): string {
  return hits
    .slice(0, 10)
    .map((hit) => `${hit.file}@${hit.offset}: ${hit.encoding} ${new Date(hit.at).toISOString()}`)
    .join('\n');
}

describe('time-blind storage on the files', () => {
  let server: PrivatePostgres;
  const folders: string[] = [];
  const folder = () => {
    const made = mkdtempSync(join(tmpdir(), 'reportal-scan-'));
    folders.push(made);
    return made;
  };
  beforeAll(async () => {
    server = await startPrivatePostgres();
  });
  afterAll(async () => {
    await server?.stop();
    for (const made of folders) rmSync(made, { recursive: true, force: true });
  });

  /** Opens a PostgreSQL store (in a schema of its own) and an embedded one, as given. */
  async function openStores(schema: string, timeBlind: false | TimeBlindOptions) {
    const embeddedFolder = folder();
    const postgres = await createPostgresStore({
      connectionString: server.url,
      schema,
      timeBlind: timeBlind && { ...timeBlind, folder: folder() },
    });
    const embedded = await createPgliteStore({
      dataDir: join(embeddedFolder, 'db'),
      timeBlind,
    });
    return { postgres, embedded, embeddedFolder };
  }

  /** Submits `count` reports to both stores, a second apart; the moments they were submitted. */
  async function submit(
    stores: {
      postgres: Pick<ReportStore, 'submitReport'>;
      embedded: Pick<ReportStore, 'submitReport'>;
    },
    count: number,
  ): Promise<number[]> {
    const moments: number[] = [];
    for (let index = 0; index < count; index++) {
      moments.push(Date.now());
      await stores.postgres.submitReport(await report(index));
      await stores.embedded.submitReport(await report(index));
      moments.push(Date.now());
      await delay(1_000);
    }
    return moments;
  }

  it('finds each commit time in the files when reports are stored at once (the scan can see)', async () => {
    const stores = await openStores('scan_direct', false);
    // Nothing else near the submissions: opening (and migrating) is over seconds before.
    await delay(3_000);
    const moments = await submit(stores, 3);
    await delay(3_000);
    await stores.postgres.close();
    await stores.embedded.close();
    await server.query('CHECKPOINT');

    const postgresHits = scanFolders([server.dataDirectory], moments);
    const embeddedHits = scanFolders([stores.embeddedFolder], moments);
    expect(postgresHits.filter((hit) => hit.file.includes('pg_wal')).length).toBeGreaterThan(0);
    expect(postgresHits.some((hit) => hit.encoding === 'microseconds since 2000 (int64)')).toBe(
      true,
    );
    expect(embeddedHits.length).toBeGreaterThan(0);
  }, 120_000);

  it('finds none after a window when reports are held and stored together', async () => {
    // A window of one minute, released at its end: the submissions come early in a minute, so
    // the release (at the next minute) is many seconds after the last of them.
    const timeBlind: TimeBlindOptions = { windowMinutes: 1, graceMinutes: 0 };
    const stores = await openStores('scan_blind', timeBlind);
    await delay(3_000);
    await waitForSecond(5, 30);
    const moments = await submit(stores, 3);
    expect(new Date(moments.at(-1)!).getUTCSeconds()).toBeLessThan(50);
    // The window ends; the stores release it (as they do every minute on their own).
    const windowEnd = Math.ceil(moments.at(-1)! / 60_000) * 60_000;
    await delay(windowEnd + 3_000 - Date.now());
    for (const store of [stores.postgres, stores.embedded]) {
      // (Its own minute timer may have released it already.)
      await store.heldReports!.releaseDue();
      expect(await store.heldReports!.held()).toBe(0);
      expect((await store.listCases({ limit: 10 })).items).toHaveLength(3);
    }
    await delay(3_000);
    await stores.postgres.close();
    await stores.embedded.close();
    await server.query('CHECKPOINT');

    const hits = scanFolders([server.dataDirectory, stores.embeddedFolder], moments);
    expect(hits, describeHits(hits)).toEqual([]);
  }, 240_000);
});
