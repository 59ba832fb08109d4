import type { Case } from '@reportal/core';
import type {
  HeldReleaseSummary,
  HeldReports,
  IdempotencyRecord,
  SubmitReportOutcome,
} from '@reportal/store';
import type { SqlDriver } from '../driver/sql-driver.js';
import {
  type HeldKeyKeeper,
  heldLookup,
  hourOf,
  openHeld,
  releaseTimeOf,
  sealHeld,
  shuffled,
} from './held-reports.js';
import type { BatchItem } from './postgres-report-store.js';

/** How a store holds reports until the end of their hour (see `TimeBlindOptions`). */
export interface TimeBlindSettings {
  keys: HeldKeyKeeper;
  graceMinutes: number;
  now: () => Date;
}

/** What the store needs of the held intake. */
export interface HeldIntake extends HeldReports {
  /** Holds reports sealed until the end of their hour; one statement for the whole batch. */
  hold(items: readonly BatchItem[]): Promise<SubmitReportOutcome[]>;
  /** A held report by its receipt hash: the report as it will be stored, and its cases opened. */
  findHeld(receiptHash: string): Promise<BatchItem | null>;
}

const receiptLabel = 'receipt';
const idempotencyLabel = 'idempotency';

/**
 * The held intake of a store on `driver` in schema `s` (quoted). `submitItems` stores released
 * items in a transaction, exactly as the direct intake stores them.
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
  const { keys, graceMinutes, now } = settings;
  const idempotencyValue = (record: IdempotencyRecord) => `${record.scope}\u0000${record.keyHash}`;

  // The held item with this keyed hash under any kept key, opened.
  const findByLookup = async (
    column: 'receipt_lookup' | 'idempotency_lookup',
    label: string,
    value: string,
  ): Promise<BatchItem | null> => {
    const kept = await keys.keys();
    if (kept.size === 0) return null;
    const lookups = new Map([...kept.values()].map((key) => [heldLookup(key, label, value), key]));
    const { rows } = await driver.query<{ lookup: string; sealed: string }>(
      `SELECT ${column} AS lookup, encode(sealed, 'base64') AS sealed FROM ${s}.held_reports
      WHERE ${column} = ANY($1::text[])`,
      [[...lookups.keys()]],
    );
    const row = rows[0];
    if (!row) return null;
    return JSON.parse(openHeld(lookups.get(row.lookup)!, Buffer.from(row.sealed, 'base64')));
  };

  // The answer a retried request gets if its idempotency key was seen (held or stored), else null.
  const earlierAnswer = async (record: IdempotencyRecord): Promise<SubmitReportOutcome | null> => {
    const held = await findByLookup(
      'idempotency_lookup',
      idempotencyLabel,
      idempotencyValue(record),
    );
    const earlier: Pick<IdempotencyRecord, 'fingerprint' | 'sealedResponse'> | null | undefined =
      held?.idempotency ??
      (
        await driver.query<{ fingerprint: string; sealedResponse: string }>(
          `SELECT fingerprint, sealed_response AS "sealedResponse" FROM ${s}.idempotency_keys
          WHERE scope = $1 AND key_hash = $2`,
          [record.scope, record.keyHash],
        )
      ).rows[0];
    if (!earlier) return null;
    return earlier.fingerprint === record.fingerprint
      ? { kind: 'replayed', sealedResponse: earlier.sealedResponse }
      : { kind: 'idempotency_conflict' };
  };

  return {
    graceMinutes,
    keys: keys.description,
    releaseTimeFor: (at) => releaseTimeOf(hourOf(at), graceMinutes),

    async hold(items) {
      const outcomes: (SubmitReportOutcome | undefined)[] = [];
      for (const [index, item] of items.entries()) {
        if (item.idempotency)
          outcomes[index] = (await earlierAnswer(item.idempotency)) ?? undefined;
      }
      const hour = hourOf(now());
      const key = await keys.keyFor(hour);
      const toHold = items.flatMap((item, index) => (outcomes[index] ? [] : [{ item, index }]));
      if (toHold.length > 0) {
        const { rows } = await driver.query<{ receipt_lookup: string }>(
          `INSERT INTO ${s}.held_reports (receipt_lookup, idempotency_lookup, hour, sealed)
          SELECT r, i, $1::timestamptz, decode(z, 'base64')
          FROM unnest($2::text[], $3::text[], $4::text[]) AS u(r, i, z)
          ON CONFLICT (idempotency_lookup) DO NOTHING
          RETURNING receipt_lookup`,
          [
            hour.toISOString(),
            toHold.map(({ item }) => heldLookup(key, receiptLabel, item.receiptHash)),
            toHold.map(({ item }) =>
              item.idempotency
                ? heldLookup(key, idempotencyLabel, idempotencyValue(item.idempotency))
                : null,
            ),
            toHold.map(({ item }) => sealHeld(key, JSON.stringify(item)).toString('base64')),
          ],
        );
        const held = new Set(rows.map((row) => row.receipt_lookup));
        for (const { item, index } of toHold) {
          if (held.has(heldLookup(key, receiptLabel, item.receiptHash))) {
            // Which cases it joins is known only when its hour is released.
            outcomes[index] = { kind: 'stored', caseIds: [] };
          } else {
            // Another request with the same idempotency key was held at the same moment.
            outcomes[index] = (item.idempotency && (await earlierAnswer(item.idempotency))) ?? {
              kind: 'idempotency_conflict',
            };
          }
        }
      }
      return outcomes as SubmitReportOutcome[];
    },

    findHeld: (receiptHash) => findByLookup('receipt_lookup', receiptLabel, receiptHash),

    async releaseDue(): Promise<HeldReleaseSummary> {
      const cutoff = new Date(now().getTime() - graceMinutes * 60_000 - 3_600_000);
      const summary: HeldReleaseSummary = { hours: [], released: 0, unreadable: 0 };
      const kept = await keys.keys();
      await driver.transaction(async (transaction) => {
        // One releaser at a time across every process on the database.
        const { rows: lock } = await transaction.query<{ locked: boolean }>(
          `SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`,
          [`${s}.held_reports`],
        );
        if (!lock[0]?.locked) return;
        const { rows } = await transaction.query<{ hour: string; sealed: string }>(
          `DELETE FROM ${s}.held_reports WHERE hour <= $1::timestamptz
          RETURNING to_json(hour)#>>'{}' AS hour, encode(sealed, 'base64') AS sealed`,
          [cutoff.toISOString()],
        );
        const items: BatchItem[] = [];
        const hours = new Set<string>();
        for (const row of rows) {
          const hour = new Date(row.hour).toISOString();
          hours.add(hour);
          const key = kept.get(hour);
          if (!key) {
            summary.unreadable++;
            continue;
          }
          items.push(JSON.parse(openHeld(key, Buffer.from(row.sealed, 'base64'))));
        }
        if (items.length > 0) await submit(transaction, shuffled(items));
        summary.released = items.length;
        summary.hours = [...hours].sort();
      });
      // Keys of released hours, and of past hours that held nothing (left by a crash).
      const done = [...kept.keys()].filter((hour) => new Date(hour) <= cutoff);
      await keys.forget(done);
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
