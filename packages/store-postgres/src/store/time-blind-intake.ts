import type { Case } from '@reportal/core';
import type {
  HeldReleaseSummary,
  HeldReports,
  IdempotencyRecord,
  SubmitReportOutcome,
} from '@reportal/store';
import type { SqlDriver } from '../driver/sql-driver.js';
import {
  type HeldSpool,
  heldLookup,
  openHeld,
  releaseTimeOf,
  type SpoolRecord,
  sealHeld,
  shuffled,
  windowOf,
} from './held-reports.js';
import type { BatchItem } from './postgres-report-store.js';

/** How a store holds reports until the end of their window (see `TimeBlindOptions`). */
export interface TimeBlindSettings {
  spool: HeldSpool;
  windowMinutes: number;
  graceMinutes: number;
  now: () => Date;
}

/** What the store needs of the held intake. */
export interface HeldIntake extends HeldReports {
  /** Holds reports sealed until the end of their window; one synced write for the whole batch. */
  hold(items: readonly BatchItem[]): Promise<SubmitReportOutcome[]>;
  /** A held report by its receipt hash: the report as it will be stored, and its cases opened. */
  findHeld(receiptHash: string): Promise<BatchItem | null>;
}

const receiptLabel = 'receipt';
const idempotencyLabel = 'idempotency';

/**
 * The held intake of a store on `driver` in schema `s` (quoted). `submit` stores released items
 * in a transaction, exactly as the direct intake stores them.
 */
export function createHeldIntake(
  driver: SqlDriver,
  s: string,
  settings: TimeBlindSettings,
  submit: (
    transaction: Pick<SqlDriver, 'query'>,
    items: readonly BatchItem[],
  ) => Promise<SubmitReportOutcome[]>,
): HeldIntake {
  const { spool, windowMinutes, graceMinutes, now } = settings;
  const idempotencyValue = (record: IdempotencyRecord) => `${record.scope}\u0000${record.keyHash}`;
  const releaseTimeFor = (at: Date) =>
    releaseTimeOf(windowOf(at, windowMinutes), windowMinutes, graceMinutes);
  // Within this instance, one hold at a time: an idempotency key is looked up and held at once.
  let holding: Promise<unknown> = Promise.resolve();

  // The held item whose keyed hash of `value` matches under any kept key, opened (the index is
  // refreshed by the caller).
  const findHeldBy = async (
    kept: ReadonlyMap<string, Uint8Array>,
    label: string,
    value: string,
  ): Promise<BatchItem | null> => {
    for (const key of kept.values()) {
      const record = spool.find(heldLookup(key, label, value));
      if (record) return JSON.parse(openHeld(key, await spool.sealedOf(record))) as BatchItem;
    }
    return null;
  };

  // Idempotency records stored by earlier releases (or the direct path), in one query.
  const storedIdempotency = async (records: readonly IdempotencyRecord[]) => {
    const found = new Map<string, Pick<IdempotencyRecord, 'fingerprint' | 'sealedResponse'>>();
    if (records.length === 0) return found;
    const { rows } = await driver.query<{
      scope: string;
      keyHash: string;
      fingerprint: string;
      sealedResponse: string;
    }>(
      `SELECT k.scope, k.key_hash AS "keyHash", k.fingerprint, k.sealed_response AS "sealedResponse"
      FROM ${s}.idempotency_keys AS k
      JOIN unnest($1::text[], $2::text[]) AS u(scope, key_hash)
        ON k.scope = u.scope AND k.key_hash = u.key_hash`,
      [records.map((record) => record.scope), records.map((record) => record.keyHash)],
    );
    for (const row of rows) found.set(`${row.scope}\u0000${row.keyHash}`, row);
    return found;
  };

  const hold = async (items: readonly BatchItem[]): Promise<SubmitReportOutcome[]> => {
    const outcomes: SubmitReportOutcome[] = [];
    const start = windowOf(now(), windowMinutes);
    const key = await spool.keyFor(start);
    const withKeys = items.flatMap((item) => (item.idempotency ? [item.idempotency] : []));
    let kept: ReadonlyMap<string, Uint8Array> = new Map();
    let stored = new Map<string, Pick<IdempotencyRecord, 'fingerprint' | 'sealedResponse'>>();
    if (withKeys.length > 0) {
      kept = await spool.keys();
      await spool.refresh();
      stored = await storedIdempotency(withKeys);
    }
    const records: SpoolRecord[] = [];
    // Items of this batch with an idempotency key, so that a twin in the same batch replays.
    const justHeld = new Map<string, BatchItem>();
    for (const [index, item] of items.entries()) {
      if (item.idempotency) {
        const value = idempotencyValue(item.idempotency);
        const earlier =
          justHeld.get(value)?.idempotency ??
          (await findHeldBy(kept, idempotencyLabel, value))?.idempotency ??
          stored.get(value);
        if (earlier) {
          outcomes[index] =
            earlier.fingerprint === item.idempotency.fingerprint
              ? { kind: 'replayed', sealedResponse: earlier.sealedResponse }
              : { kind: 'idempotency_conflict' };
          continue;
        }
      }
      records.push({
        receiptLookup: heldLookup(key, receiptLabel, item.receiptHash),
        idempotencyLookup: item.idempotency
          ? heldLookup(key, idempotencyLabel, idempotencyValue(item.idempotency))
          : '',
        sealed: sealHeld(key, JSON.stringify(item)),
      });
      if (item.idempotency) justHeld.set(idempotencyValue(item.idempotency), item);
      // Which cases it joins is known only when its window is released.
      outcomes[index] = { kind: 'stored', caseIds: [] };
    }
    if (records.length > 0) await spool.append(start, records);
    return outcomes;
  };

  return {
    windowMinutes,
    graceMinutes,
    keys: spool.description,
    releaseTimeFor,

    hold(items) {
      const next = holding.then(() => hold(items));
      holding = next.catch(() => {});
      return next;
    },

    async findHeld(receiptHash) {
      const kept = await spool.keys();
      if (kept.size === 0) return null;
      await spool.refresh();
      return findHeldBy(kept, receiptLabel, receiptHash);
    },

    async held() {
      await spool.refresh();
      return spool.size;
    },

    async releaseDue(): Promise<HeldReleaseSummary> {
      const at = now();
      const due = (await spool.windows()).filter((start) => releaseTimeFor(new Date(start)) <= at);
      const summary: HeldReleaseSummary = { windows: [], released: 0, unreadable: 0 };
      if (due.length === 0) return summary;
      const kept = await spool.keys();
      const records = await spool.read(due);
      let locked = false;
      await driver.transaction(async (transaction) => {
        // One releaser at a time across every process on the database.
        const { rows: lock } = await transaction.query<{ locked: boolean }>(
          `SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`,
          [`${s}.held reports`],
        );
        locked = lock[0]?.locked === true;
        if (!locked) return;
        const items = new Map<string, BatchItem>();
        for (const start of due) {
          const key = kept.get(start);
          for (const record of records.get(start) ?? []) {
            if (!key) {
              // Its key is gone (kept on a memory file system through a reboot): never readable.
              summary.unreadable++;
              continue;
            }
            const item = JSON.parse(openHeld(key, record.sealed)) as BatchItem;
            items.set(item.receiptHash, item);
          }
        }
        // A release that committed and crashed before deleting its spool is not stored twice.
        const { rows } = await transaction.query<{ receipt_hash: string }>(
          `SELECT receipt_hash FROM ${s}.reports WHERE receipt_hash = ANY($1::text[])`,
          [[...items.keys()]],
        );
        for (const row of rows) items.delete(row.receipt_hash);
        if (items.size > 0) await submit(transaction, shuffled([...items.values()]));
        summary.released = items.size;
        summary.windows = due;
      });
      if (!locked) return summary;
      // Committed: the spool and keys of the released windows can go.
      await spool.forget(due);
      return summary;
    },
  };
}

/** The cases a held report will open or join, as they stand before anything happens to them. */
export function heldCases<Entry>(
  item: BatchItem,
  replay: (entries: [number, Entry][]) => Case,
): Case[] {
  return item.cases.map((target) => replay([[1, JSON.parse(target.open) as Entry]]));
}
