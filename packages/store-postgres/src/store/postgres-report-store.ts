import {
  applyEvent,
  type Case,
  type CaseHistoryEntry,
  createCase,
  isOpenCase,
  pendingNoticeAt,
  replayHistory,
  type TakedownEventInput,
} from '@reportal/core';
import {
  type AppendEventResult,
  type BulkCaseResult,
  type BulkEvent,
  type CaseQuery,
  type CaseWithReports,
  decodeCaseCursor,
  decodeHostCursor,
  encodeCaseCursor,
  encodeHostCursor,
  type HostSummary,
  type NewReport,
  type Page,
  type PurgeSummary,
  type ReportByReceipt,
  type ReportStore,
  type RetentionPolicy,
  type StoredReport,
  type SubmitReportOutcome,
  type TokenRecord,
} from '@reportal/store';
import { type SqlDriver, type SqlQueryable, sqlState } from '../driver/sql-driver.js';
import { PostgresStoreError } from '../errors/postgres-store-error.js';
import { quoteSchema } from '../migrations/migrate-schema.js';
import { createPostgresRateLimitBackend } from '../rate-limit/postgres-rate-limit-backend.js';
import { caseHost, caseProjection } from './case-projection.js';
import { createGroupCommit, type GroupCommitOptions } from './group-commit.js';
import { createMetricsQueries } from './metrics-queries.js';
import { createHeldIntake, heldCases, type TimeBlindSettings } from './time-blind-intake.js';

/** Options of a store on a driver. */
export interface DriverStoreOptions {
  schema: string;
  groupCommit?: GroupCommitOptions | undefined;
  /** Offer rate-limit buckets shared through the database (for several processes). */
  sharedRateLimits?: boolean;
  /** Hold reports sealed until the end of their hour's window (time-blind intake). */
  timeBlind?: TimeBlindSettings | undefined;
  /** How often the store releases the hours whose window ended (default 60 s). */
  releaseEveryMs?: number | undefined;
}

/** One report as `submit_reports` takes it: times and JSON prepared, entries built by the core. */
export interface BatchItem {
  reportId: string;
  portal: string;
  receiptHash: string;
  receivedAt: string;
  /** `public` or `partner:<id>`: the source of the cases the report opens. */
  source: string;
  /** The report without `contact`, as JSON text (text, so no JSON value is ever reinterpreted). */
  report: string;
  contact: string | null;
  idempotency: NewReport['idempotency'] | null;
  cases: {
    key: string;
    caseId: string;
    state: string;
    /** The `open` entry if the case is new, the `link_report` entry if not (without version). */
    open: string;
    link: string;
    /** The host key of the case's URLs (`hostKey`). */
    host: string | null;
  }[];
}

interface SubmitRow {
  r_item: number;
  r_position: number | null;
  r_kind: SubmitReportOutcome['kind'];
  r_case_id: string | null;
  r_sealed: string | null;
}

type StoredEntry = Omit<CaseHistoryEntry, 'version'>;

const dayInMilliseconds = 86_400_000;
const hourInMilliseconds = 3_600_000;

/** The `ReportStore` in SQL, on any driver. */
export function createDriverStore(driver: SqlDriver, options: DriverStoreOptions): ReportStore {
  const s = quoteSchema(options.schema);
  const pending = new Set<Promise<unknown>>();
  let closing: Promise<void> | undefined;

  // Every operation is tracked, so `close` waits for those in flight.
  const guard = <Result>(operation: () => Promise<Result>): Promise<Result> => {
    if (closing) {
      return Promise.reject(new PostgresStoreError('store_closed', 'The store is closed'));
    }
    const promise = (async () => operation())();
    pending.add(promise);
    const forget = () => pending.delete(promise);
    promise.then(forget, forget);
    return promise;
  };

  // The history of a case as JSON text: [[version, entry], ...].
  const historyOf = (alias: string) =>
    `(SELECT json_agg(json_build_array(h.version, h.entry) ORDER BY h.version)
      FROM ${s}.case_history AS h WHERE h.case_id = ${alias}.id)`;

  const submitItems = async (queryable: SqlQueryable, items: readonly BatchItem[]) => {
    const { rows } = await queryable.query<SubmitRow>(
      `SELECT r_item, r_position, r_kind, r_case_id, r_sealed FROM ${s}.submit_reports($1::jsonb)`,
      [JSON.stringify(items)],
    );
    return collectOutcomes(items, rows);
  };
  const held = options.timeBlind && createHeldIntake(driver, s, options.timeBlind, submitItems);
  let releasing: Promise<unknown> = Promise.resolve();
  const submitBatch = createGroupCommit<BatchItem, SubmitReportOutcome>(
    (items) => (held ? held.hold(items) : submitItems(driver, items)),
    options.groupCommit,
  );

  const readCases = async (
    queryable: SqlQueryable,
    where: string,
    params: readonly unknown[],
    tail = '',
  ): Promise<Case[]> => {
    const { rows } = await queryable.query<{ history: string }>(
      `SELECT ${historyOf('c')}::text AS history FROM ${s}.cases AS c WHERE ${where} ${tail}`,
      params,
    );
    return rows.map((row) => toCase(row.history));
  };

  const metrics = createMetricsQueries(driver, s, (where, params) =>
    readCases(driver, where, params),
  );

  const store: ReportStore = {
    submitReport: (input) =>
      guard(() =>
        submitBatch(toBatchItem(input)).catch((error: unknown) => {
          throw refusedWrite(error, 'The report was refused: an id or receipt hash is taken');
        }),
      ),

    findReportByReceipt: (receiptHash) =>
      guard(async () => {
        const { rows } = await driver.query<{
          report: string;
          contact: string | null;
          cases: string | null;
        }>(
          `WITH RECURSIVE found AS (
            SELECT report_id, report, contact FROM ${s}.reports WHERE receipt_hash = $1
          ), linked (id) AS (
            SELECT rc.case_id FROM ${s}.report_cases AS rc JOIN found USING (report_id)
            UNION
            SELECT c.merged_into FROM ${s}.cases AS c JOIN linked ON c.id = linked.id
            WHERE c.merged_into IS NOT NULL
          )
          SELECT found.report::text AS report, found.contact::text AS contact,
            (SELECT json_agg(${historyOf('c')}) FROM ${s}.cases AS c
              WHERE c.id IN (SELECT id FROM linked))::text AS cases
          FROM found`,
          [receiptHash],
        );
        const row = rows[0];
        if (!row) {
          const item = held && (await held.findHeld(receiptHash));
          if (!item) return null;
          const found: ReportByReceipt = {
            report: toReport(item.report, item.contact),
            cases: heldCases(item, replayRows),
          };
          return found;
        }
        const histories = row.cases ? (JSON.parse(row.cases) as HistoryRows[]) : [];
        const result: ReportByReceipt = {
          report: toReport(row.report, row.contact),
          cases: histories.map(replayRows),
        };
        return result;
      }),

    listCases: (query) =>
      guard(async () => {
        const { limit, params, param } = pageQuery(query.limit);
        const conditions = caseConditions(query, param);
        const oldest = query.sort === 'oldest';
        if (query.cursor !== undefined) {
          const cursor = decodeCaseCursor(query.cursor);
          if (!cursor) throw new PostgresStoreError('invalid_argument', 'Not a case cursor');
          conditions.push(
            `(c.created_at, c.id) ${oldest ? '>' : '<'} (${param(cursor.createdAt)}::timestamptz, ${param(cursor.id)})`,
          );
        }
        const direction = oldest ? 'ASC' : 'DESC';
        const cases = await readCases(
          driver,
          conditions.join(' AND ') || 'true',
          params,
          `ORDER BY c.created_at ${direction}, c.id ${direction} LIMIT ${limit + 1}`,
        );
        const items = cases.slice(0, limit);
        const last = items.at(-1);
        const page: Page<Case> = {
          items,
          nextCursor: cases.length > limit && last ? encodeCaseCursor(last) : null,
        };
        return page;
      }),

    listHosts: (query) =>
      guard(async () => {
        const { limit, params, param } = pageQuery(query.limit);
        const conditions = ['h.open_cases > 0'];
        if (query.portal !== undefined) conditions.push(`h.portal = ${param(query.portal)}`);
        if (query.cursor !== undefined) {
          const cursor = decodeHostCursor(query.cursor);
          if (!cursor) throw new PostgresStoreError('invalid_argument', 'Not a host cursor');
          const count = param(cursor.openCases);
          conditions.push(
            `h.open_cases <= ${count} AND (h.open_cases < ${count} OR h.host > ${param(cursor.host)})`,
          );
        }
        const { rows } = await driver.query<HostRow>(
          `SELECT h.host, h.open_cases, h.received, h.assessing, h.confirmed, h.forwarded,
            h.notice_sent, o.id AS oldest_id, ${isoText('o.created_at', 'oldest_at')}
          FROM ${s}.host_cases AS h
          CROSS JOIN LATERAL (SELECT c.id, c.created_at FROM ${s}.cases AS c
            WHERE c.portal = h.portal AND c.host = h.host AND c.open
            ORDER BY c.portal, c.host, c.created_at, c.id LIMIT 1) AS o
          WHERE ${conditions.join(' AND ')}
          ORDER BY h.open_cases DESC, h.host LIMIT ${limit + 1}`,
          params,
        );
        const items = rows.slice(0, limit).map(toHost);
        const last = items.at(-1);
        const page: Page<HostSummary> = {
          items,
          nextCursor: rows.length > limit && last ? encodeHostCursor(last) : null,
        };
        return page;
      }),

    applyBulkEvent: (bulk) => guard(() => applyBulkEvent(bulk)),

    getCase: (id) =>
      guard(async () => {
        const { rows } = await driver.query<{ history: string; reports: string | null }>(
          `SELECT ${historyOf('c')}::text AS history,
            (SELECT json_agg(json_build_array(r.report_id, r.report, r.contact))
              FROM ${s}.report_cases AS rc JOIN ${s}.reports AS r USING (report_id)
              WHERE rc.case_id = c.id)::text AS reports
          FROM ${s}.cases AS c WHERE c.id = $1`,
          [id],
        );
        const row = rows[0];
        if (!row) return null;
        const found = toCase(row.history);
        const byId = new Map(
          (row.reports ? (JSON.parse(row.reports) as [string, object, object | null][]) : []).map(
            ([reportId, report, contact]) => [reportId, withContact(report, contact)] as const,
          ),
        );
        const result: CaseWithReports = {
          case: found,
          reports: found.reportIds.flatMap((reportId) => {
            const report = byId.get(reportId);
            return report ? [report] : [];
          }),
        };
        return result;
      }),

    appendEvent: (caseId, event) => guard(() => appendEvent(caseId, event)),

    listCasesForMetrics: (query) =>
      guard(() => {
        const params: unknown[] = [];
        const param = (value: unknown) => `$${params.push(value)}`;
        const conditions = caseConditions({ portal: query.portal }, param);
        if (query.from) conditions.push(`c.created_at >= ${param(query.from.toISOString())}`);
        if (query.to) conditions.push(`c.created_at < ${param(query.to.toISOString())}`);
        return readCases(
          driver,
          conditions.join(' AND ') || 'true',
          params,
          'ORDER BY c.created_at, c.id',
        );
      }),

    takedownMetrics: (query) => guard(() => metrics.takedownMetrics(query)),
    removalTimesPerWeek: (query) => guard(() => metrics.removalTimesPerWeek(query)),
    transparencyReport: (query) => guard(() => metrics.transparencyReport(query)),

    createToken: (token) =>
      guard(async () => {
        try {
          await driver.query(
            `INSERT INTO ${s}.tokens (id, token_hash, role, label, partner_id, portals, created_at,
              revoked_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [
              token.id,
              token.tokenHash,
              token.role,
              token.label,
              token.partnerId ?? null,
              token.portals ?? null,
              token.createdAt,
              token.revokedAt,
            ],
          );
        } catch (error) {
          throw refusedWrite(error, 'A token with this id or hash exists');
        }
      }),

    findToken: (tokenHash) =>
      guard(async () => {
        const { rows } = await driver.query<TokenRow>(
          `SELECT ${tokenColumns} FROM ${s}.tokens WHERE token_hash = $1`,
          [tokenHash],
        );
        return rows[0] ? toToken(rows[0]) : null;
      }),

    revokeToken: (id, at) =>
      guard(async () => {
        const { rows } = await driver.query(
          `UPDATE ${s}.tokens SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1 RETURNING id`,
          [id, at.toISOString()],
        );
        return rows.length > 0;
      }),

    listTokens: () =>
      guard(async () => {
        const { rows } = await driver.query<TokenRow>(
          `SELECT ${tokenColumns} FROM ${s}.tokens ORDER BY created_at, id`,
        );
        return rows.map(toToken);
      }),

    purge: (options) => guard(() => purge(options.now, options.policies)),

    ...(options.sharedRateLimits && {
      rateLimitBackend: createPostgresRateLimitBackend(
        { query: (text, params) => guard(() => driver.query(text, params)) },
        s,
      ),
    }),

    ...(held && {
      heldReports: {
        windowMinutes: held.windowMinutes,
        graceMinutes: held.graceMinutes,
        keys: held.keys,
        releaseTimeFor: held.releaseTimeFor,
        held: () => guard(() => held.held()),
        // One release at a time in a process: a call waits for the one in flight, then runs.
        releaseDue: () => {
          const next = releasing.then(
            () => guard(() => held.releaseDue()),
            () => guard(() => held.releaseDue()),
          );
          releasing = next;
          return next;
        },
      },
    }),

    ping: () =>
      guard(async () => {
        await driver.query('SELECT 1');
      }),

    close() {
      clearInterval(releaseTimer);
      closing ??= (async () => {
        while (pending.size > 0) await Promise.allSettled([...pending]);
        await driver.close();
      })();
      return closing;
    },
  };

  async function appendEvent(
    caseId: string,
    event: TakedownEventInput,
  ): Promise<AppendEventResult> {
    for (let attempt = 1; ; attempt++) {
      const [current] = await readCases(driver, 'c.id = $1', [caseId]);
      if (!current) return { ok: false, refusal: { code: 'not_found' } };
      const result = applyEvent(current, event);
      if (!result.ok) return result;
      if (await writeEvent(result.case, null, attempt)) return result;
      // The case changed since it was read: read it again (the event is now stale).
      if (attempt >= 10) {
        throw new PostgresStoreError('write_refused', `Case ${caseId} keeps changing; try again`);
      }
    }
  }

  /** Writes the case's last entry at its version; false when the case changed since it was read. */
  async function writeEvent(
    next: Case,
    bulk: { scope: string; keyHash: string } | null,
    attempt: number,
  ): Promise<boolean> {
    const { version, ...entry } = next.history.at(-1)!;
    try {
      const { rows } = await driver.query<{ written: boolean }>(
        `SELECT ${s}.append_case_event($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) AS written`,
        [
          next.id,
          version,
          next.state,
          isOpenCase(next),
          next.updatedAt,
          pendingNoticeAt(next),
          next.mergedInto,
          JSON.stringify(entry),
          JSON.stringify(caseProjection(next)),
          bulk && JSON.stringify(bulk),
        ],
      );
      return rows[0]?.written === true;
    } catch (error) {
      // A case reopened at the same time as another case of its key: both wanted to be the
      // one new reports link to, and the unique index let one win. Try again. A retried bulk
      // event that another process applied to this case at the same time: read it again.
      const state = sqlState(error);
      if (attempt >= 5 || (state !== '23505' && state !== '40P01')) throw error;
      return false;
    }
  }

  async function applyBulkEvent(bulk: BulkEvent) {
    const key = bulk.idempotency
      ? { scope: bulk.idempotency.scope, keyHash: bulk.idempotency.keyHash }
      : null;
    if (bulk.idempotency) {
      const { scope, keyHash, fingerprint, expiresAt } = bulk.idempotency;
      // A concurrent first use of the key is not yet visible to the claiming statement (it
      // waited for it, then did nothing): read the key again in a statement of its own.
      let stored: string | undefined;
      for (let attempt = 0; stored === undefined && attempt < 3; attempt++) {
        const { rows } = await driver.query<{ fingerprint: string }>(
          attempt === 0
            ? `WITH claimed AS (
              INSERT INTO ${s}.bulk_event_keys (scope, key_hash, fingerprint, expires_at)
              VALUES ($1, $2, $3, $4) ON CONFLICT (scope, key_hash) DO NOTHING
              RETURNING fingerprint
            )
            SELECT fingerprint FROM claimed
            UNION ALL
            SELECT fingerprint FROM ${s}.bulk_event_keys WHERE scope = $1 AND key_hash = $2`
            : `SELECT fingerprint FROM ${s}.bulk_event_keys WHERE scope = $1 AND key_hash = $2`,
          attempt === 0 ? [scope, keyHash, fingerprint, expiresAt] : [scope, keyHash],
        );
        stored = rows[0]?.fingerprint;
      }
      if (stored !== fingerprint) return { kind: 'idempotency_conflict' as const };
    }
    // The cases applied under the key before, and every case as it is now: two reads for the
    // batch. A case is read again only when it changed before its event could be written.
    const appliedBefore = async (caseIds: readonly string[]) => {
      if (!key) return new Map<string, { state: string; version: number }>();
      const { rows } = await driver.query<{ case_id: string; state: string; version: number }>(
        `SELECT case_id, state, version FROM ${s}.bulk_event_cases
        WHERE scope = $1 AND key_hash = $2 AND case_id = ANY ($3::text[])`,
        [key.scope, key.keyHash, caseIds],
      );
      return new Map(
        rows.map((row) => [row.case_id, { state: row.state, version: Number(row.version) }]),
      );
    };
    const readNow = async (caseIds: readonly string[]) =>
      new Map(
        (
          await readCases(driver, 'c.id = ANY ($1::text[]) AND c.portal = $2', [
            caseIds,
            bulk.portal,
          ])
        ).map((found) => [found.id, found]),
      );
    const [before, current] = await Promise.all([
      appliedBefore(bulk.caseIds),
      readNow(bulk.caseIds),
    ]);
    const applyOne = async (caseId: string): Promise<BulkCaseResult> => {
      let applied = before.get(caseId);
      let found = current.get(caseId);
      for (let attempt = 1; ; attempt++) {
        if (applied) return { caseId, ok: true, ...applied, replayed: true };
        if (!found) return { caseId, ok: false, refusal: { code: 'not_found' } };
        const result = applyEvent(found, { ...bulk.event, expectedVersion: found.version });
        if (!result.ok) return { caseId, ok: false, refusal: result.refusal };
        if (await writeEvent(result.case, key, attempt)) {
          const { state, version } = result.case;
          return { caseId, ok: true, state, version, replayed: false };
        }
        if (attempt >= 10) {
          throw new PostgresStoreError('write_refused', `Case ${caseId} keeps changing; try again`);
        }
        // Changed since it was read: by a retry of this request (applied under the key), or
        // by another event (then the machine decides again on the case as it is now).
        [applied, found] = await Promise.all([
          appliedBefore([caseId]).then((map) => map.get(caseId)),
          readNow([caseId]).then((map) => map.get(caseId)),
        ]);
      }
    };
    // A few cases at a time: each is its own transaction, on the pool's connections.
    const results: BulkCaseResult[] = new Array(bulk.caseIds.length);
    let next = 0;
    const worker = async () => {
      while (next < bulk.caseIds.length) {
        const index = next++;
        results[index] = await applyOne(bulk.caseIds[index]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, bulk.caseIds.length) }, worker));
    return { kind: 'applied' as const, results };
  }

  async function purge(now: Date, policies: readonly RetentionPolicy[]): Promise<PurgeSummary> {
    const summary: PurgeSummary = { contactDetailsRemoved: 0, casesDeleted: 0, reportsDeleted: 0 };
    return driver.transaction(async (transaction) => {
      for (const policy of policies) {
        const contactBefore = new Date(
          now.getTime() - policy.contactDetailsDays * dayInMilliseconds,
        );
        const closedBefore = new Date(now.getTime() - policy.reportsDays * dayInMilliseconds);
        const contacts = await transaction.query(
          `UPDATE ${s}.reports SET contact = NULL
          WHERE portal = $1 AND contact IS NOT NULL AND received_at < $2 RETURNING report_id`,
          [policy.portal, contactBefore.toISOString()],
        );
        summary.contactDetailsRemoved += contacts.rows.length;
        const { rows } = await transaction.query<{ id: string }>(
          `SELECT id FROM ${s}.cases WHERE portal = $1 AND state = 'closed' AND updated_at < $2
          FOR UPDATE`,
          [policy.portal, closedBefore.toISOString()],
        );
        if (rows.length === 0) continue;
        const doomed = JSON.stringify(rows.map((row) => row.id));
        const reports = await transaction.query(
          `DELETE FROM ${s}.reports AS r
          WHERE r.report_id IN (
            SELECT rc.report_id FROM ${s}.report_cases AS rc
            WHERE rc.case_id IN (SELECT jsonb_array_elements_text($1::jsonb))
          ) AND NOT EXISTS (
            SELECT 1 FROM ${s}.report_cases AS other
            WHERE other.report_id = r.report_id
              AND other.case_id NOT IN (SELECT jsonb_array_elements_text($1::jsonb))
          )
          RETURNING r.report_id`,
          [doomed],
        );
        const cases = await transaction.query(
          `DELETE FROM ${s}.cases WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))
          RETURNING id`,
          [doomed],
        );
        summary.reportsDeleted += reports.rows.length;
        summary.casesDeleted += cases.rows.length;
      }
      const keys = await transaction.query(
        `DELETE FROM ${s}.idempotency_keys WHERE expires_at <= $1 RETURNING scope`,
        [now.toISOString()],
      );
      await transaction.query(`DELETE FROM ${s}.bulk_event_keys WHERE expires_at <= $1`, [
        now.toISOString(),
      ]);
      await transaction.query(
        `INSERT INTO ${s}.purge_log (purged_on, portals, contact_details_removed, cases_deleted,
          reports_deleted, idempotency_keys_removed)
        VALUES ($1::date, $2, $3, $4, $5, $6)`,
        [
          now.toISOString().slice(0, 10),
          policies.map((policy) => policy.portal).join(','),
          summary.contactDetailsRemoved,
          summary.casesDeleted,
          summary.reportsDeleted,
          keys.rows.length,
        ],
      );
      return summary;
    });
  }

  // Windows that ended while no process ran are released at once, then every minute.
  const releaseDue = () => {
    if (!held || closing) return;
    store.heldReports?.releaseDue().catch(() => {
      // Retried at the next tick: a release is one transaction, so a failed one left nothing.
    });
  };
  const releaseTimer = held ? setInterval(releaseDue, options.releaseEveryMs ?? 60_000) : undefined;
  releaseTimer?.unref();
  releaseDue();

  return store;
}

/** A page's checked limit and the parameters of its statement. */
function pageQuery(limit: number) {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new PostgresStoreError('invalid_argument', `limit must be 1 to 100, not ${limit}`);
  }
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  return { limit, params, param };
}

/** The filters of a case query as SQL conditions on `cases AS c`. */
function caseConditions(
  query: Omit<CaseQuery, 'portal' | 'limit' | 'cursor' | 'sort'> & { portal?: string | undefined },
  param: (value: unknown) => string,
): string[] {
  const conditions: string[] = [];
  if (query.host !== undefined) conditions.push(`c.host = ${param(query.host)}`);
  if (query.hostingCountry !== undefined) {
    conditions.push(`c.hosting_country = ${param(query.hostingCountry)}`);
  }
  if (query.classification !== undefined) {
    conditions.push(`c.classification = ${param(query.classification)}`);
  }
  if (query.source !== undefined) conditions.push(`c.source = ${param(query.source)}`);
  if (query.createdBefore !== undefined) {
    conditions.push(`c.created_at < ${param(query.createdBefore.toISOString())}::timestamptz`);
  }
  if (query.reminderDue !== undefined) {
    const { lastNoticeBefore, reminderLimit } = query.reminderDue;
    conditions.push(
      `c.state = 'notice_sent'`,
      `c.last_notice_at <= ${param(lastNoticeBefore.toISOString())}::timestamptz`,
      `c.round_reminders < ${param(reminderLimit)}`,
    );
  }
  if (query.portal !== undefined) conditions.push(`c.portal = ${param(query.portal)}`);
  if (query.states !== undefined) {
    conditions.push(
      query.states.length === 0
        ? 'false'
        : `c.state IN (${query.states.map((state) => param(state)).join(', ')})`,
    );
  }
  if (query.overdue !== undefined) {
    // isOverdue: the pending notice is older than the deadline (strictly).
    const { now, deadlineHours } = query.overdue;
    const cutoff = new Date(now.getTime() - deadlineHours * hourInMilliseconds);
    conditions.push(`c.pending_notice_at < ${param(cutoff.toISOString())}::timestamptz`);
  }
  return conditions;
}

/** One report as `submit_reports` takes it (exported for tests). */
export function toBatchItem(input: NewReport): BatchItem {
  const { report, receiptHash, cases, idempotency } = input;
  if (cases.length === 0) {
    throw new PostgresStoreError('invalid_argument', 'A report has at least one case target');
  }
  if (new Set(cases.map((target) => target.key)).size !== cases.length) {
    throw new PostgresStoreError('invalid_argument', 'Each case target needs its own URL key');
  }
  const { contact, ...withoutContact } = report;
  return {
    reportId: report.reportId,
    portal: report.portal,
    receiptHash,
    receivedAt: report.receivedAt,
    source: report.source,
    report: JSON.stringify(withoutContact),
    contact: contact === undefined ? null : JSON.stringify(contact),
    idempotency: idempotency ?? null,
    cases: cases.map((target) => {
      const opened = createCase({
        id: target.newCaseId,
        portal: report.portal,
        urlKey: target.key,
        reportId: report.reportId,
        urls: target.urls,
        receivedAt: report.receivedAt,
      });
      const { version: _opening, ...open } = opened.history[0]!;
      // What linkReport records on an open case: the same time and actor as an opening.
      const link: StoredEntry = {
        type: 'link_report',
        at: open.at,
        actor: open.actor,
        payload: { reportId: report.reportId, urls: [...target.urls] },
      };
      return {
        key: target.key,
        caseId: target.newCaseId,
        state: opened.state,
        open: JSON.stringify(open),
        link: JSON.stringify(link),
        host: caseHost(target.urls),
      };
    }),
  };
}

function collectOutcomes(items: readonly BatchItem[], rows: readonly SubmitRow[]) {
  const outcomes: (SubmitReportOutcome | undefined)[] = items.map(() => undefined);
  const caseIds = items.map((item) => new Array<string>(item.cases.length));
  for (const row of rows) {
    const item = Number(row.r_item);
    if (row.r_kind === 'replayed') {
      outcomes[item] = { kind: 'replayed', sealedResponse: row.r_sealed ?? '' };
    } else if (row.r_kind === 'idempotency_conflict') {
      outcomes[item] = { kind: 'idempotency_conflict' };
    } else {
      caseIds[item]![Number(row.r_position)] = row.r_case_id!;
    }
  }
  return outcomes.map(
    (outcome, item): SubmitReportOutcome => outcome ?? { kind: 'stored', caseIds: caseIds[item]! },
  );
}

type HistoryRows = [number, StoredEntry][];

function replayRows(rows: HistoryRows): Case {
  return replayHistory(rows.map(([version, entry]) => ({ ...entry, version }) as CaseHistoryEntry));
}

function toCase(history: string): Case {
  return replayRows(JSON.parse(history) as HistoryRows);
}

function withContact(report: object, contact: object | null): StoredReport {
  return (contact === null ? report : { ...report, contact }) as StoredReport;
}

function toReport(report: string, contact: string | null): StoredReport {
  return withContact(JSON.parse(report) as object, contact === null ? null : JSON.parse(contact));
}

interface TokenRow {
  id: string;
  token_hash: string;
  role: TokenRecord['role'];
  label: string;
  partner_id: string | null;
  portals: string[] | null;
  created_at: string;
  revoked_at: string | null;
}

const isoText = (column: string, as = column) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${as}`;

interface HostRow {
  host: string;
  open_cases: number;
  received: number;
  assessing: number;
  confirmed: number;
  forwarded: number;
  notice_sent: number;
  oldest_id: string;
  oldest_at: string;
}

function toHost(row: HostRow): HostSummary {
  return {
    host: row.host,
    openCases: Number(row.open_cases),
    states: {
      received: Number(row.received),
      assessing: Number(row.assessing),
      confirmed: Number(row.confirmed),
      forwarded: Number(row.forwarded),
      notice_sent: Number(row.notice_sent),
    },
    oldestOpenCase: { id: row.oldest_id, createdAt: row.oldest_at },
  };
}

const tokenColumns = `id, token_hash, role, label, partner_id, portals, ${isoText('created_at')},
  ${isoText('revoked_at')}`;

function toToken(row: TokenRow): TokenRecord {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    role: row.role,
    label: row.label,
    ...(row.partner_id === null ? {} : { partnerId: row.partner_id }),
    ...(row.portals === null ? {} : { portals: row.portals }),
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

function refusedWrite(error: unknown, message: string): unknown {
  return sqlState(error)?.startsWith('23')
    ? new PostgresStoreError('write_refused', message, { cause: error })
    : error;
}
