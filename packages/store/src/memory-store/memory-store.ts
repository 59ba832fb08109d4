import {
  applyEvent,
  type Case,
  computeRemovalTimesPerWeek,
  computeTakedownMetrics,
  computeTransparencyReport,
  createCase,
  hostKey,
  isOpenCase,
  isOverdue,
  linkReport,
  roundReminders,
  type TakedownEventInput,
} from '@reportal/core';
import { decodeCaseCursor, encodeCaseCursor } from '../case-cursor/case-cursor.js';
import { decodeHostCursor, encodeHostCursor } from '../case-cursor/host-cursor.js';
import { StoreError } from '../errors/store-error.js';
import type {
  AppendEventResult,
  BulkCaseResult,
  BulkEvent,
  BulkEventOutcome,
  CaseQuery,
  CaseWithReports,
  HostQuery,
  HostSummary,
  NewReport,
  OpenCaseState,
  Page,
  PurgeSummary,
  ReportByReceipt,
  ReportStore,
  RetentionPolicy,
  StoredReport,
  SubmitReportOutcome,
  TokenRecord,
} from '../report-store/report-store.js';

const dayInMilliseconds = 86_400_000;

/**
 * A `ReportStore` in process memory: for tests, demos and benchmarks. Nothing survives a restart
 * and nothing is shared between processes, so never use it for a real portal. It is also the
 * reference implementation of the contract: it passes `describeStoreContract`.
 *
 * @example
 * ```ts
 * import { createMemoryStore } from '@reportal/store';
 *
 * const reportal = createReportal({ portal: 'bz', store: createMemoryStore() });
 * ```
 */
export function createMemoryStore(): ReportStore {
  const reports = new Map<string, StoredReport>();
  const reportByReceipt = new Map<string, string>();
  const cases = new Map<string, Case>();
  const idempotency = new Map<
    string,
    { fingerprint: string; sealedResponse: string; expiresAt: string }
  >();
  const tokens = new Map<string, TokenRecord>();
  // Bulk events applied under an idempotency key: the body's fingerprint and each case applied.
  const bulkKeys = new Map<
    string,
    {
      fingerprint: string;
      expiresAt: string;
      applied: Map<string, { state: string; version: number }>;
    }
  >();
  // The ids of every case of a portal and URL key, so intake finds the open one without a scan.
  const casesByKey = new Map<string, string[]>();
  const keyOf = (portal: string, urlKey: string) => `${portal}\u0000${urlKey}`;
  let closed = false;

  const ensureOpen = () => {
    if (closed) throw new StoreError('store_closed', 'The memory store is closed');
  };
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const newestFirst = (a: Case, b: Case) =>
    compare(b.createdAt, a.createdAt) || compare(b.id, a.id);
  const hostOf = (candidate: Case) => hostKey(candidate.urls[0] ?? '');
  const sourceOf = (candidate: Case) => reports.get(candidate.reportIds[0] ?? '')?.source;
  const withMergeTargets = (own: Case[]) => {
    const result = [...own];
    for (let index = 0; index < result.length; index++) {
      const target = result[index]!.mergedInto;
      if (target && !result.some((candidate) => candidate.id === target)) {
        const merged = cases.get(target);
        if (merged) result.push(merged);
      }
    }
    return result;
  };

  const casesFor = (query: { portal?: string; from?: Date; to?: Date }) => {
    ensureOpen();
    return [...cases.values()].filter(
      (candidate) =>
        (!query.portal || candidate.portal === query.portal) &&
        (!query.from || Date.parse(candidate.createdAt) >= query.from.getTime()) &&
        (!query.to || Date.parse(candidate.createdAt) < query.to.getTime()),
    );
  };

  return {
    async submitReport(input: NewReport): Promise<SubmitReportOutcome> {
      ensureOpen();
      if (input.idempotency) {
        const { scope, keyHash, fingerprint } = input.idempotency;
        const previous = idempotency.get(`${scope}\u0000${keyHash}`);
        if (previous) {
          return previous.fingerprint === fingerprint
            ? { kind: 'replayed', sealedResponse: previous.sealedResponse }
            : { kind: 'idempotency_conflict' };
        }
      }
      const { report } = input;
      // What a database's unique constraints refuse, refused here too, before anything changes.
      if (reports.has(report.reportId))
        throw new StoreError('write_refused', `Report ${report.reportId} exists`);
      if (reportByReceipt.has(input.receiptHash))
        throw new StoreError('write_refused', 'A report has this receipt hash');
      // Compute every change first, then apply them together: all or nothing.
      const changes: Case[] = [];
      for (const target of input.cases) {
        const open = (casesByKey.get(keyOf(report.portal, target.key)) ?? [])
          .map((id) => cases.get(id))
          .find((candidate) => candidate !== undefined && isOpenCase(candidate));
        if (open) {
          const linked = linkReport(open, {
            reportId: report.reportId,
            urls: target.urls,
            receivedAt: report.receivedAt,
            expectedVersion: open.version,
          });
          if (!linked.ok)
            throw new StoreError('write_refused', `Cannot link report: ${linked.refusal.code}`);
          changes.push(linked.case);
        } else {
          if (cases.has(target.newCaseId))
            throw new StoreError('write_refused', `Case ${target.newCaseId} exists`);
          changes.push(
            createCase({
              id: target.newCaseId,
              portal: report.portal,
              urlKey: target.key,
              reportId: report.reportId,
              urls: target.urls,
              receivedAt: report.receivedAt,
            }),
          );
        }
      }
      reports.set(report.reportId, structuredClone(report));
      reportByReceipt.set(input.receiptHash, report.reportId);
      for (const changed of changes) {
        if (!cases.has(changed.id)) {
          const key = keyOf(changed.portal, changed.urlKey);
          casesByKey.set(key, [...(casesByKey.get(key) ?? []), changed.id]);
        }
        cases.set(changed.id, changed);
      }
      if (input.idempotency) {
        const { scope, keyHash, fingerprint, sealedResponse, expiresAt } = input.idempotency;
        idempotency.set(`${scope}\u0000${keyHash}`, { fingerprint, sealedResponse, expiresAt });
      }
      return { kind: 'stored', caseIds: changes.map((changed) => changed.id) };
    },

    async findReportByReceipt(receiptHash: string): Promise<ReportByReceipt | null> {
      ensureOpen();
      const reportId = reportByReceipt.get(receiptHash);
      const report = reportId ? reports.get(reportId) : undefined;
      if (!report) return null;
      const own = [...cases.values()].filter((candidate) =>
        candidate.reportIds.includes(report.reportId),
      );
      return { report: structuredClone(report), cases: withMergeTargets(own) };
    },

    async listCases(query: CaseQuery): Promise<Page<Case>> {
      ensureOpen();
      const cursor = query.cursor ? decodeCaseCursor(query.cursor) : undefined;
      const oldest = query.sort === 'oldest';
      const createdBefore = query.createdBefore?.getTime();
      const due = query.reminderDue;
      const matching = [...cases.values()]
        .filter(
          (candidate) =>
            (!query.portal || candidate.portal === query.portal) &&
            (!query.states || query.states.includes(candidate.state)) &&
            (!query.overdue || isOverdue(candidate, query.overdue)) &&
            (query.host === undefined || hostOf(candidate) === query.host) &&
            (query.hostingCountry === undefined ||
              candidate.confirmation?.hostingCountry === query.hostingCountry) &&
            (query.classification === undefined ||
              candidate.confirmation?.classification === query.classification) &&
            (query.source === undefined || sourceOf(candidate) === query.source) &&
            (createdBefore === undefined || Date.parse(candidate.createdAt) < createdBefore) &&
            (!due ||
              (candidate.state === 'notice_sent' &&
                Date.parse(candidate.notices.at(-1)?.at ?? '') <= due.lastNoticeBefore.getTime() &&
                roundReminders(candidate) < due.reminderLimit)) &&
            (!cursor ||
              (oldest
                ? candidate.createdAt > cursor.createdAt ||
                  (candidate.createdAt === cursor.createdAt && candidate.id > cursor.id)
                : candidate.createdAt < cursor.createdAt ||
                  (candidate.createdAt === cursor.createdAt && candidate.id < cursor.id))),
        )
        .sort(oldest ? (a, b) => newestFirst(b, a) : newestFirst);
      const items = matching.slice(0, query.limit);
      const last = items.at(-1);
      return {
        items,
        nextCursor: matching.length > query.limit && last ? encodeCaseCursor(last) : null,
      };
    },

    async listHosts(query: HostQuery): Promise<Page<HostSummary>> {
      ensureOpen();
      const cursor = query.cursor ? decodeHostCursor(query.cursor) : undefined;
      const byHost = new Map<string, HostSummary>();
      for (const candidate of cases.values()) {
        if ((query.portal && candidate.portal !== query.portal) || !isOpenCase(candidate)) continue;
        const host = hostOf(candidate);
        if (host === undefined) continue;
        const summary = byHost.get(host) ?? {
          host,
          openCases: 0,
          states: { received: 0, assessing: 0, confirmed: 0, forwarded: 0, notice_sent: 0 },
          oldestOpenCase: { id: candidate.id, createdAt: candidate.createdAt },
        };
        summary.openCases += 1;
        summary.states[candidate.state as OpenCaseState] += 1;
        if (newestFirst(candidate, summary.oldestOpenCase as Case) > 0) {
          summary.oldestOpenCase = { id: candidate.id, createdAt: candidate.createdAt };
        }
        byHost.set(host, summary);
      }
      const ordered = [...byHost.values()]
        .filter(
          (summary) =>
            !cursor ||
            summary.openCases < cursor.openCases ||
            (summary.openCases === cursor.openCases && summary.host > cursor.host),
        )
        .sort((a, b) => b.openCases - a.openCases || compare(a.host, b.host));
      const items = ordered.slice(0, query.limit);
      const last = items.at(-1);
      return {
        items,
        nextCursor: ordered.length > query.limit && last ? encodeHostCursor(last) : null,
      };
    },
    async applyBulkEvent(bulk: BulkEvent): Promise<BulkEventOutcome> {
      ensureOpen();
      const scopeKey = bulk.idempotency
        ? `${bulk.idempotency.scope}\u0000${bulk.idempotency.keyHash}`
        : undefined;
      let record = scopeKey ? bulkKeys.get(scopeKey) : undefined;
      if (record && record.fingerprint !== bulk.idempotency!.fingerprint) {
        return { kind: 'idempotency_conflict' };
      }
      if (scopeKey && !record) {
        record = {
          fingerprint: bulk.idempotency!.fingerprint,
          expiresAt: bulk.idempotency!.expiresAt,
          applied: new Map(),
        };
        bulkKeys.set(scopeKey, record);
      }
      const results = bulk.caseIds.map((caseId): BulkCaseResult => {
        const before = record?.applied.get(caseId);
        if (before) return { caseId, ok: true, ...before, replayed: true };
        const current = cases.get(caseId);
        if (!current || current.portal !== bulk.portal) {
          return { caseId, ok: false, refusal: { code: 'not_found' } };
        }
        const result = applyEvent(current, { ...bulk.event, expectedVersion: current.version });
        if (!result.ok) return { caseId, ok: false, refusal: result.refusal };
        cases.set(caseId, result.case);
        const applied = { state: result.case.state, version: result.case.version };
        record?.applied.set(caseId, applied);
        return { caseId, ok: true, ...applied, replayed: false };
      });
      return { kind: 'applied', results };
    },
    async getCase(id: string): Promise<CaseWithReports | null> {
      ensureOpen();
      const found = cases.get(id);
      if (!found) return null;
      const linked = found.reportIds.flatMap((reportId) => {
        const report = reports.get(reportId);
        return report ? [structuredClone(report)] : [];
      });
      return { case: found, reports: linked };
    },

    async appendEvent(caseId: string, event: TakedownEventInput): Promise<AppendEventResult> {
      ensureOpen();
      const current = cases.get(caseId);
      if (!current) return { ok: false, refusal: { code: 'not_found' } };
      const result = applyEvent(current, event);
      if (result.ok) cases.set(caseId, result.case);
      return result;
    },

    async takedownMetrics(query) {
      const { portal, ...options } = query;
      return computeTakedownMetrics(casesFor(query), options);
    },

    async removalTimesPerWeek(query) {
      return computeRemovalTimesPerWeek(casesFor(query), query);
    },

    async transparencyReport(query) {
      return computeTransparencyReport(casesFor(query), query);
    },

    async listCasesForMetrics(query): Promise<Case[]> {
      return casesFor(query);
    },

    async createToken(token: TokenRecord): Promise<void> {
      ensureOpen();
      if ([...tokens.values()].some((existing) => existing.tokenHash === token.tokenHash)) {
        throw new StoreError('write_refused', 'A token with this hash exists');
      }
      tokens.set(token.id, { ...token });
    },

    async findToken(tokenHash: string): Promise<TokenRecord | null> {
      ensureOpen();
      const found = [...tokens.values()].find((token) => token.tokenHash === tokenHash);
      return found ? { ...found } : null;
    },

    async revokeToken(id: string, at: Date): Promise<boolean> {
      ensureOpen();
      const token = tokens.get(id);
      if (!token) return false;
      if (token.revokedAt === null) token.revokedAt = at.toISOString();
      return true;
    },

    async listTokens(): Promise<TokenRecord[]> {
      ensureOpen();
      return [...tokens.values()].map((token) => ({ ...token }));
    },

    async purge(options: {
      now: Date;
      policies: readonly RetentionPolicy[];
    }): Promise<PurgeSummary> {
      ensureOpen();
      const summary: PurgeSummary = {
        contactDetailsRemoved: 0,
        casesDeleted: 0,
        reportsDeleted: 0,
      };
      const now = options.now.getTime();
      for (const policy of options.policies) {
        const contactBefore = now - policy.contactDetailsDays * dayInMilliseconds;
        const reportsBefore = now - policy.reportsDays * dayInMilliseconds;
        for (const report of reports.values()) {
          if (
            report.portal === policy.portal &&
            report.contact &&
            Date.parse(report.receivedAt) < contactBefore
          ) {
            delete report.contact;
            summary.contactDetailsRemoved++;
          }
        }
        for (const candidate of [...cases.values()]) {
          if (
            candidate.portal === policy.portal &&
            candidate.state === 'closed' &&
            Date.parse(candidate.updatedAt) < reportsBefore
          ) {
            cases.delete(candidate.id);
            const key = keyOf(candidate.portal, candidate.urlKey);
            casesByKey.set(
              key,
              (casesByKey.get(key) ?? []).filter((id) => id !== candidate.id),
            );
            summary.casesDeleted++;
          }
        }
        for (const [reportId, report] of [...reports]) {
          const stillLinked = [...cases.values()].some((candidate) =>
            candidate.reportIds.includes(reportId),
          );
          if (
            report.portal === policy.portal &&
            !stillLinked &&
            Date.parse(report.receivedAt) < reportsBefore
          ) {
            reports.delete(reportId);
            for (const [hash, id] of reportByReceipt)
              if (id === reportId) reportByReceipt.delete(hash);
            summary.reportsDeleted++;
          }
        }
      }
      for (const [key, record] of idempotency) {
        if (Date.parse(record.expiresAt) <= now) idempotency.delete(key);
      }
      for (const [key, record] of bulkKeys) {
        if (Date.parse(record.expiresAt) <= now) bulkKeys.delete(key);
      }
      return summary;
    },

    async ping(): Promise<void> {
      ensureOpen();
    },

    async close(): Promise<void> {
      closed = true;
    },
  };
}
