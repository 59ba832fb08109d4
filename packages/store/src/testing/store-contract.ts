import {
  ANONYMIZATION_RULESET_ID,
  type Case,
  type CaseActor,
  createReportId,
  type TakedownEventType,
  urlKey,
} from '@reportal/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../errors/store-error.js';
import type {
  IdempotencyRecord,
  NewReport,
  ReportStore,
  StoredReport,
  SubmitReportOutcome,
} from '../report-store/report-store.js';
import { describeMetricsContract } from './metrics-contract.js';

/** A store refuses a write that breaks an invariant with a `StoreError` of code `write_refused`. */
const isWriteRefused = (error: unknown) =>
  StoreError.isInstance(error) && error.code === 'write_refused';

/**
 * How `describeStoreContract` gets a store to test, and gets rid of it.
 *
 * @example
 * ```ts
 * const options: StoreContractOptions = {
 *   createStore: () => createMyStore({ schema }),
 *   destroyStore: async (store) => {
 *     await store.close();
 *     await dropSchema(schema);
 *   },
 * };
 * ```
 */
export interface StoreContractOptions {
  /** A new, empty store (for a database: its own schema or database). */
  createStore: () => Promise<ReportStore>;
  /** Deletes what `createStore` made; it may get a store that is already closed. Default `close`. */
  destroyStore?: (store: ReportStore) => Promise<void>;
}

/**
 * The contract every `ReportStore` must pass, as a vitest suite: atomic submission, deduplication,
 * idempotency, receipts, case lists and pagination, events and their refusals, concurrency,
 * tokens, retention, readiness and closing. Tests share one store and keep apart by portal, so
 * a store is created only a few times.
 *
 * @example
 * ```ts
 * import { describeStoreContract } from '@reportal/store/testing';
 *
 * describeStoreContract('my store', {
 *   createStore: () => createMyStore({ database: 'test' }),
 *   destroyStore: async (store) => { await store.close(); await dropTestDatabase(); },
 * });
 * ```
 */
export function describeStoreContract(name: string, options: StoreContractOptions): void {
  const destroy = options.destroyStore ?? ((store: ReportStore) => store.close());

  describe(`ReportStore contract: ${name}`, () => {
    let store: ReportStore;

    beforeAll(async () => {
      store = await options.createStore();
    });

    afterAll(async () => {
      if (store) await destroy(store);
    });

    const submit = (input: NewReport) => store.submitReport(input);
    const caseOf = async (id: string) => (await store.getCase(id))?.case ?? null;
    const stored = (outcome: SubmitReportOutcome) => {
      expect(outcome.kind).toBe('stored');
      return outcome.kind === 'stored' ? outcome.caseIds : [];
    };
    const event = (caseId: string, type: TakedownEventType, options: EventOptions = {}) =>
      store.appendEvent(caseId, {
        type,
        actor: options.actor ?? actors.supervisor,
        at: options.at ?? laterThan(options.after),
        expectedVersion: options.expectedVersion ?? 0,
        ...(options.payload === undefined ? {} : { payload: options.payload }),
      });
    // Applies events that must be accepted, each at the version it finds, an hour apart.
    const steps = async (caseId: string, ...types: (TakedownEventType | StepSpec)[]) => {
      let current = await caseOf(caseId);
      for (const spec of types) {
        const { type, ...rest } = typeof spec === 'string' ? { type: spec } : spec;
        if (!current) throw new Error(`No case ${caseId}`);
        const result = await event(caseId, type, {
          payload: payloads[type],
          expectedVersion: current.version,
          after: current.updatedAt,
          ...rest,
        });
        if (!result.ok) throw new Error(`${type} refused: ${JSON.stringify(result.refusal)}`);
        current = result.case;
      }
      return current!;
    };

    describe('submitReport', () => {
      it('stores the report, its receipt hash, and a new case for each URL key', async () => {
        const portal = newPortal();
        const report = await reportOf({
          portal,
          urls: [
            'https://example.com/gallery/1',
            'https://EXAMPLE.com/gallery/1',
            'https://a.test/x',
          ],
          contact: { consent: true, email: 'reporter@example.org', wantsFeedback: true },
        });
        const caseIds = stored(await submit(report));
        expect(caseIds).toEqual(report.cases.map((target) => target.newCaseId));
        expect(caseIds).toHaveLength(2);

        const first = await store.getCase(caseIds[0]!);
        expect(first?.reports).toEqual([report.report]);
        expect(first?.case).toMatchObject({
          id: caseIds[0],
          portal,
          urlKey: report.cases[0]!.key,
          urls: ['https://example.com/gallery/1', 'https://EXAMPLE.com/gallery/1'],
          reportIds: [report.report.reportId],
          state: 'received',
          version: 1,
          createdAt: report.report.receivedAt,
          updatedAt: report.report.receivedAt,
        });
        expect(first?.case.history).toEqual([
          {
            type: 'open',
            version: 1,
            at: report.report.receivedAt,
            actor: { id: 'intake', role: 'intake' },
            payload: {
              caseId: caseIds[0],
              portal,
              urlKey: report.cases[0]!.key,
              reportId: report.report.reportId,
              urls: report.cases[0]!.urls,
            },
          },
        ]);

        const found = await store.findReportByReceipt(report.receiptHash);
        expect(found?.report).toEqual(report.report);
        expect(ids(found?.cases)).toEqual([...caseIds].sort());
      });

      it('stores any text exactly, NUL characters and lone surrogates included', async () => {
        const description = 'a\u0000b \ud800 \udfff 😀 مرحبا\u202e \\u0000 "quoted" </script>';
        const report = await reportOf({ portal: newPortal(), description });
        const [caseId] = stored(await submit(report));
        expect((await store.findReportByReceipt(report.receiptHash))?.report.description).toBe(
          description,
        );
        expect((await store.getCase(caseId!))?.reports[0]?.description).toBe(description);
      });

      it('links a report of a URL key that has an open case to that case', async () => {
        const portal = newPortal();
        const first = await reportOf({ portal, urls: ['https://example.com/a?id=1'] });
        const second = await reportOf({ portal, urls: ['https://EXAMPLE.COM/a?id=1'] });
        const [caseId] = stored(await submit(first));
        expect(stored(await submit(second))).toEqual([caseId]);

        const linked = await store.getCase(caseId!);
        expect(linked?.case).toMatchObject({
          version: 2,
          reportIds: [first.report.reportId, second.report.reportId],
          urls: ['https://example.com/a?id=1', 'https://EXAMPLE.COM/a?id=1'],
          state: 'received',
        });
        expect(linked?.case.history[1]).toEqual({
          type: 'link_report',
          version: 2,
          at: second.report.receivedAt,
          actor: { id: 'intake', role: 'intake' },
          payload: { reportId: second.report.reportId, urls: ['https://EXAMPLE.COM/a?id=1'] },
        });
        expect(linked?.reports).toEqual([first.report, second.report]);
        expect(await store.getCase(second.cases[0]!.newCaseId)).toBeNull();
        expect(ids((await store.findReportByReceipt(second.receiptHash))?.cases)).toEqual([caseId]);
      });

      it('links to a case in any open state, which makes a version read before stale', async () => {
        const portal = newPortal();
        const url = 'https://example.com/in-progress';
        const [caseId] = stored(await submit(await reportOf({ portal, urls: [url] })));
        const noticed = await steps(caseId!, 'claim', 'confirm', 'send_notice');
        const late = await reportOf({ portal, urls: [url] });
        expect(stored(await submit(late))).toEqual([caseId]);
        const linked = await caseOf(caseId!);
        expect(linked).toMatchObject({ state: 'notice_sent', version: noticed.version + 1 });
        expect(linked?.reportIds).toContain(late.report.reportId);
        const result = await event(caseId!, 'verify_removed', {
          expectedVersion: noticed.version,
          after: noticed.updatedAt,
        });
        expect(result.ok ? 'ok' : result.refusal.code).toBe('stale_version');
      });

      it('opens a new case when the case of the key is no longer open', async () => {
        const portal = newPortal();
        const url = 'https://example.com/back-again';
        const [dismissed] = stored(await submit(await reportOf({ portal, urls: [url] })));
        const closedCase = await steps(dismissed!, 'claim', 'dismiss');
        const again = await reportOf({ portal, urls: [url] });
        expect(stored(await submit(again))).toEqual([again.cases[0]!.newCaseId]);
        expect(await caseOf(dismissed!)).toEqual(closedCase);
      });

      it('deduplicates within a portal only', async () => {
        const url = 'https://example.com/two-portals';
        const inOne = await reportOf({ portal: newPortal(), urls: [url] });
        const inOther = await reportOf({ portal: newPortal(), urls: [url] });
        const [one] = stored(await submit(inOne));
        const [other] = stored(await submit(inOther));
        expect(other).toBe(inOther.cases[0]!.newCaseId);
        expect(other).not.toBe(one);
      });

      it('links the known keys of a report and opens cases for the others, in order', async () => {
        const portal = newPortal();
        const known = await reportOf({ portal, urls: ['https://b.test/known'] });
        const [knownCase] = stored(await submit(known));
        const mixed = await reportOf({
          portal,
          urls: ['https://b.test/new', 'https://b.test/known'],
        });
        expect(stored(await submit(mixed))).toEqual([mixed.cases[0]!.newCaseId, knownCase]);
      });

      it('is atomic: a report the store refuses leaves nothing behind', async () => {
        const portal = newPortal();
        const first = await reportOf({ portal, urls: ['https://c.test/1'] });
        await submit(first);
        const idempotency = idempotencyRecord();
        // The same report id again: refused, with its receipt, case and idempotency key.
        const clash = await reportOf({ portal, urls: ['https://c.test/2'], idempotency });
        clash.report = { ...clash.report, reportId: first.report.reportId };
        await expect(submit(clash)).rejects.toSatisfy(isWriteRefused);

        expect(await store.findReportByReceipt(clash.receiptHash)).toBeNull();
        expect(await store.getCase(clash.cases[0]!.newCaseId)).toBeNull();
        expect((await store.findReportByReceipt(first.receiptHash))?.report).toEqual(first.report);
        const page = await store.listCases({ portal, limit: 10 });
        expect(page.items.map((item) => item.reportIds)).toEqual([[first.report.reportId]]);
        const retry = await reportOf({ portal, urls: ['https://c.test/2'], idempotency });
        expect(stored(await submit(retry))).toEqual([retry.cases[0]!.newCaseId]);
      });

      it('stores the other reports submitted at the same time as one it refuses', async () => {
        const portal = newPortal();
        const taken = await reportOf({ portal, urls: ['https://d.test/0'] });
        await submit(taken);
        const good = await Promise.all(
          [1, 2, 3].map((n) => reportOf({ portal, urls: [`https://d.test/${n}`] })),
        );
        const clash = await reportOf({ portal, urls: ['https://d.test/4'] });
        clash.report = { ...clash.report, reportId: taken.report.reportId };
        const results = await Promise.allSettled([
          submit(good[0]!),
          submit(clash),
          submit(good[1]!),
          submit(good[2]!),
        ]);
        expect(results.map((result) => result.status)).toEqual([
          'fulfilled',
          'rejected',
          'fulfilled',
          'fulfilled',
        ]);
        for (const report of good) {
          expect((await store.findReportByReceipt(report.receiptHash))?.report).toEqual(
            report.report,
          );
        }
        expect(await store.findReportByReceipt(clash.receiptHash)).toBeNull();
      });

      it('ends concurrent reports of one new URL key in exactly one case', async () => {
        const portal = newPortal();
        const reports = await Promise.all(
          Array.from({ length: 12 }, () => reportOf({ portal, urls: ['https://e.test/same'] })),
        );
        const outcomes = await Promise.all(reports.map(submit));
        const caseIds = new Set(outcomes.flatMap(stored));
        expect(caseIds.size).toBe(1);
        const [caseId] = [...caseIds];
        expect(reports.map((report) => report.cases[0]!.newCaseId)).toContain(caseId);
        const only = await caseOf(caseId!);
        expect(only?.version).toBe(12);
        expect([...(only?.reportIds ?? [])].sort()).toEqual(
          reports.map((report) => report.report.reportId).sort(),
        );
        expect((await store.listCases({ portal, limit: 100 })).items).toHaveLength(1);
      });
    });

    describe('idempotency', () => {
      it('replays the first answer for the same key and body, storing nothing new', async () => {
        const portal = newPortal();
        const idempotency = idempotencyRecord({ sealedResponse: 'sealed-first' });
        const first = await reportOf({ portal, urls: ['https://f.test/1'], idempotency });
        const [caseId] = stored(await submit(first));
        const retry = await reportOf({
          portal,
          urls: ['https://f.test/1'],
          idempotency: { ...idempotency, sealedResponse: 'sealed-second' },
        });
        expect(await submit(retry)).toEqual({ kind: 'replayed', sealedResponse: 'sealed-first' });
        expect(await store.findReportByReceipt(retry.receiptHash)).toBeNull();
        expect((await caseOf(caseId!))?.version).toBe(1);
        expect(await store.getCase(retry.cases[0]!.newCaseId)).toBeNull();
      });

      it('refuses the same key with another body, storing nothing', async () => {
        const portal = newPortal();
        const idempotency = idempotencyRecord();
        await submit(await reportOf({ portal, urls: ['https://g.test/1'], idempotency }));
        const other = await reportOf({
          portal,
          urls: ['https://g.test/2'],
          idempotency: { ...idempotency, fingerprint: hex(32), sealedResponse: 'other' },
        });
        expect(await submit(other)).toEqual({ kind: 'idempotency_conflict' });
        expect(await store.findReportByReceipt(other.receiptHash)).toBeNull();
        expect(await store.getCase(other.cases[0]!.newCaseId)).toBeNull();
      });

      it('keeps the keys of each scope apart', async () => {
        const portal = newPortal();
        const idempotency = idempotencyRecord({ scope: 'public' });
        await submit(await reportOf({ portal, urls: ['https://h.test/1'], idempotency }));
        const partner = await reportOf({
          portal,
          urls: ['https://h.test/2'],
          idempotency: { ...idempotency, scope: 'partner:example-ngo', fingerprint: hex(32) },
        });
        expect(stored(await submit(partner))).toEqual([partner.cases[0]!.newCaseId]);
      });

      it('stores concurrent retries of one request once and replays it to the others', async () => {
        const portal = newPortal();
        const idempotency = idempotencyRecord();
        const attempts = await Promise.all(
          Array.from({ length: 6 }, (_, n) =>
            reportOf({
              portal,
              urls: ['https://i.test/1'],
              idempotency: { ...idempotency, sealedResponse: `sealed-${n}` },
            }),
          ),
        );
        const outcomes = await Promise.all(attempts.map(submit));
        const winners = outcomes.flatMap((outcome, n) => (outcome.kind === 'stored' ? [n] : []));
        expect(winners).toHaveLength(1);
        const sealed = `sealed-${winners[0]}`;
        for (const outcome of outcomes) {
          if (outcome.kind !== 'stored') {
            expect(outcome).toEqual({ kind: 'replayed', sealedResponse: sealed });
          }
        }
        const page = await store.listCases({ portal, limit: 10 });
        expect(page.items.map((item) => item.version)).toEqual([1]);
      });

      it('stores the reports submitted at the same time as an idempotency conflict', async () => {
        const portal = newPortal();
        const idempotency = idempotencyRecord();
        await submit(await reportOf({ portal, urls: ['https://j.test/0'], idempotency }));
        const conflict = await reportOf({
          portal,
          urls: ['https://j.test/1'],
          idempotency: { ...idempotency, fingerprint: hex(32) },
        });
        const good = await reportOf({ portal, urls: ['https://j.test/2'] });
        const [conflicted, accepted] = await Promise.all([submit(conflict), submit(good)]);
        expect(conflicted).toEqual({ kind: 'idempotency_conflict' });
        expect(stored(accepted!)).toEqual([good.cases[0]!.newCaseId]);
      });
    });

    describe('findReportByReceipt', () => {
      it('answers null for an unknown receipt hash', async () => {
        expect(await store.findReportByReceipt(hex(32))).toBeNull();
      });

      it('returns the cases a merged case was merged into, transitively', async () => {
        const portal = newPortal();
        const [a, b, c] = await Promise.all(
          ['1', '2', '3'].map((n) => reportOf({ portal, urls: [`https://k.test/${n}`] })),
        );
        const [caseA] = stored(await submit(a!));
        const [caseB] = stored(await submit(b!));
        const [caseC] = stored(await submit(c!));
        await steps(caseA!, { type: 'merge', payload: { into: caseB } });
        expect(ids((await store.findReportByReceipt(a!.receiptHash))?.cases)).toEqual(
          [caseA, caseB].sort(),
        );
        await steps(caseB!, { type: 'merge', payload: { into: caseC } });
        const found = await store.findReportByReceipt(a!.receiptHash);
        expect(ids(found?.cases)).toEqual([caseA, caseB, caseC].sort());
        expect(found?.cases.find((item) => item.id === caseA)?.state).toBe('merged');
      });
    });

    describe('listCases', () => {
      it('lists newest first (creation time, then id, both descending) with a cursor', async () => {
        const portal = newPortal();
        const hours = [0, 5, 2, 5, 9, 1, 5];
        const caseIds: string[] = [];
        for (const hour of hours) {
          const report = await reportOf({
            portal,
            urls: [`https://l.test/${caseIds.length}`],
            receivedAt: hourAt(hour),
          });
          caseIds.push(...stored(await submit(report)));
        }
        const expected = caseIds
          .map((id, n) => ({ id, createdAt: hourAt(hours[n]!) }))
          .sort((x, y) => compare(y.createdAt, x.createdAt) || compare(y.id, x.id))
          .map((item) => item.id);

        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await store.listCases({
            portal,
            limit: 2,
            ...(cursor === undefined ? {} : { cursor }),
          });
          expect(page.items.length).toBeLessThanOrEqual(2);
          seen.push(...page.items.map((item) => item.id));
          cursor = page.nextCursor ?? undefined;
          pages++;
        } while (cursor !== undefined && pages < 10);
        expect(seen).toEqual(expected);
        expect(pages).toBe(4);

        const exact = await store.listCases({ portal, limit: hours.length });
        expect(exact.items.map((item) => item.id)).toEqual(expected);
        expect(exact.nextCursor).toBeNull();
      });

      it('filters by portal and by states, and returns whole cases', async () => {
        const portal = newPortal();
        const other = newPortal();
        const [received] = stored(
          await submit(await reportOf({ portal, urls: ['https://m.test/1'] })),
        );
        const [assessing] = stored(
          await submit(await reportOf({ portal, urls: ['https://m.test/2'] })),
        );
        const [dismissed] = stored(
          await submit(await reportOf({ portal, urls: ['https://m.test/3'] })),
        );
        await submit(await reportOf({ portal: other, urls: ['https://m.test/1'] }));
        const assessed = await steps(assessing!, 'claim');
        await steps(dismissed!, 'claim', 'dismiss');

        const all = await store.listCases({ portal, limit: 10 });
        expect(ids(all.items)).toEqual([received, assessing, dismissed].sort());
        expect(all.items.every((item) => item.portal === portal)).toBe(true);
        const only = await store.listCases({ portal, states: ['assessing'], limit: 10 });
        expect(only.items).toEqual([assessed]);
        const two = await store.listCases({ portal, states: ['received', 'dismissed'], limit: 10 });
        expect(ids(two.items)).toEqual([received, dismissed].sort());
        expect((await store.listCases({ portal, states: [], limit: 10 })).items).toEqual([]);
      });

      it('filters overdue cases: a first notice older than the deadline and no removal', async () => {
        const portal = newPortal();
        const now = new Date(hourAt(200));
        const noticeAt = (hour: number) => hourAt(hour);
        const make = async (n: number) =>
          stored(await submit(await reportOf({ portal, urls: [`https://n.test/${n}`] })))[0]!;
        const toNotice: (TakedownEventType | StepSpec)[] = [
          'claim',
          'confirm',
          { type: 'send_notice', at: '' },
        ];
        const late = await make(1);
        await steps(late, ...notice(toNotice, noticeAt(100)));
        const recent = await make(2);
        await steps(recent, ...notice(toNotice, noticeAt(190)));
        const removed = await make(3);
        await steps(removed, ...notice(toNotice, noticeAt(100)), 'verify_removed');
        const lateWithReminder = await make(4);
        await steps(lateWithReminder, ...notice(toNotice, noticeAt(110)), {
          type: 'send_notice',
          at: hourAt(195),
        });
        const exactlyAtDeadline = await make(5);
        await steps(exactlyAtDeadline, ...notice(toNotice, noticeAt(128)));
        await make(6);

        const overdue = await store.listCases({
          portal,
          overdue: { now, deadlineHours: 72 },
          limit: 10,
        });
        expect(ids(overdue.items)).toEqual([late, lateWithReminder].sort());
        const stricter = await store.listCases({
          portal,
          overdue: { now, deadlineHours: 5 },
          states: ['notice_sent'],
          limit: 10,
        });
        expect(ids(stricter.items)).toEqual(
          [late, recent, lateWithReminder, exactlyAtDeadline].sort(),
        );
      });
    });

    describe('triage', () => {
      const hostUrls = [
        'https://www.example.co.uk/a',
        'https://example.co.uk/b',
        'https://cdn.example.com/c',
        'https://example.com.test/d',
        'https://example.com/e',
      ];
      const triagePortal = async () => {
        const portal = newPortal();
        const caseIds: string[] = [];
        for (const [index, url] of hostUrls.entries()) {
          const report = await reportOf({
            portal,
            urls: [url],
            receivedAt: hourAt(10 + index),
            ...(index === 4 && { source: 'partner:ngo-1' }),
          });
          caseIds.push(...stored(await submit(report)));
        }
        return { portal, caseIds };
      };

      it('finds the cases of a host and its subdomains by registrable domain', async () => {
        const { portal, caseIds } = await triagePortal();
        const [a, b, c, d, e] = caseIds;
        const of = async (host: string) =>
          ids((await store.listCases({ portal, host, limit: 10 })).items);
        expect(await of('example.co.uk')).toEqual([a, b].sort());
        expect(await of('example.com')).toEqual([c, e].sort());
        expect(await of('com.test')).toEqual([d]);
        expect(await of('example.org')).toEqual([]);
      });

      it('sorts oldest first with a cursor, and filters by age and source', async () => {
        const { portal, caseIds } = await triagePortal();
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.listCases({
            portal,
            sort: 'oldest',
            limit: 2,
            ...(cursor && { cursor }),
          });
          seen.push(...page.items.map((item) => item.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(seen).toEqual(caseIds);
        const older = await store.listCases({
          portal,
          createdBefore: new Date(hourAt(12)),
          limit: 10,
        });
        expect(older.items.map((item) => item.id)).toEqual([caseIds[1], caseIds[0]]);
        expect(
          ids((await store.listCases({ portal, source: 'partner:ngo-1', limit: 10 })).items),
        ).toEqual([caseIds[4]]);
        expect((await store.listCases({ portal, source: 'public', limit: 10 })).items).toHaveLength(
          4,
        );
      });

      it('filters by hosting country and classification once confirmed', async () => {
        const { portal, caseIds } = await triagePortal();
        const [a, b, c] = caseIds;
        await steps(a!, 'claim', {
          type: 'confirm',
          payload: { classification: 'national', hostingCountry: 'DE' },
        });
        await steps(b!, 'claim', 'confirm', 'send_notice');
        await steps(c!, 'claim', 'confirm');
        const list = (query: Partial<Parameters<ReportStore['listCases']>[0]>) =>
          store.listCases({ portal, limit: 10, ...query }).then((page) => ids(page.items));
        expect(await list({ hostingCountry: 'NL' })).toEqual([b, c].sort());
        expect(await list({ hostingCountry: 'DE' })).toEqual([a]);
        expect(await list({ classification: 'national' })).toEqual([a]);
        expect(await list({ classification: 'baseline', states: ['notice_sent'] })).toEqual([b]);
        expect(await list({ host: 'example.co.uk', hostingCountry: 'NL' })).toEqual([b]);
      });

      it('finds the cases a reminder is due for', async () => {
        const portal = newPortal();
        const make = async () => stored(await submit(await reportOf({ portal })))[0]!;
        const toNotice = (at: string): (TakedownEventType | StepSpec)[] => [
          'claim',
          'confirm',
          { type: 'send_notice', at },
        ];
        const due = await make();
        await steps(due, ...toNotice(hourAt(100)));
        const recent = await make();
        await steps(recent, ...toNotice(hourAt(130)));
        const reminded = await make();
        await steps(reminded, ...toNotice(hourAt(90)), { type: 'send_notice', at: hourAt(110) });
        const removed = await make();
        await steps(removed, ...toNotice(hourAt(90)), 'verify_removed');
        const query = (reminderLimit: number) =>
          store
            .listCases({
              portal,
              reminderDue: { lastNoticeBefore: new Date(hourAt(110)), reminderLimit },
              limit: 10,
            })
            .then((page) => ids(page.items));
        expect(await query(1)).toEqual([due]);
        expect(await query(2)).toEqual([due, reminded].sort());
      });

      it('groups open cases by host with counts per state and the oldest open case', async () => {
        const { portal, caseIds } = await triagePortal();
        const [a, b, c, , e] = caseIds;
        await steps(a!, 'claim');
        await steps(c!, 'claim', 'confirm');
        await steps(e!, 'claim', 'dismiss');
        const extra = stored(
          await submit(
            await reportOf({
              portal,
              urls: ['https://img.example.co.uk/z'],
              receivedAt: hourAt(5),
            }),
          ),
        )[0]!;
        const first = await store.listHosts({ portal, limit: 2 });
        expect(first.items).toEqual([
          {
            host: 'example.co.uk',
            openCases: 3,
            states: { received: 2, assessing: 1, confirmed: 0, forwarded: 0, notice_sent: 0 },
            oldestOpenCase: { id: extra, createdAt: hourAt(5) },
          },
          {
            host: 'com.test',
            openCases: 1,
            states: { received: 1, assessing: 0, confirmed: 0, forwarded: 0, notice_sent: 0 },
            oldestOpenCase: { id: caseIds[3], createdAt: hourAt(13) },
          },
        ]);
        expect(first.nextCursor).not.toBeNull();
        const second = await store.listHosts({ portal, limit: 2, cursor: first.nextCursor! });
        expect(second.items).toEqual([
          {
            host: 'example.com',
            openCases: 1,
            states: { received: 0, assessing: 0, confirmed: 1, forwarded: 0, notice_sent: 0 },
            oldestOpenCase: { id: c, createdAt: hourAt(12) },
          },
        ]);
        expect(second.nextCursor).toBeNull();
        await steps(b!, 'claim', 'dismiss');
        await steps(c!, 'send_notice', 'verify_removed');
        const after = await store.listHosts({ portal, limit: 10 });
        expect(after.items.map((item) => [item.host, item.openCases, item.states])).toEqual([
          [
            'example.co.uk',
            2,
            { received: 1, assessing: 1, confirmed: 0, forwarded: 0, notice_sent: 0 },
          ],
          [
            'com.test',
            1,
            { received: 1, assessing: 0, confirmed: 0, forwarded: 0, notice_sent: 0 },
          ],
        ]);
      });
    });

    describe('applyBulkEvent', () => {
      const bulkOf = (
        portal: string,
        caseIds: string[],
        type: TakedownEventType,
        idempotency?: IdempotencyRecord,
      ) =>
        store.applyBulkEvent({
          portal,
          caseIds,
          event: {
            type,
            actor: actors.analyst,
            at: hourAt(300),
            ...(payloads[type] !== undefined && { payload: payloads[type] }),
          },
          ...(idempotency && {
            idempotency: {
              scope: idempotency.scope,
              keyHash: idempotency.keyHash,
              fingerprint: idempotency.fingerprint,
              expiresAt: idempotency.expiresAt,
            },
          }),
        });

      it('applies the event to each case the machine allows, and says why it refuses the others', async () => {
        const portal = newPortal();
        const make = async () => stored(await submit(await reportOf({ portal })))[0]!;
        const allowed = [await make(), await make()];
        const assessing = await make();
        await steps(assessing, 'claim');
        const elsewhere = stored(await submit(await reportOf({ portal: newPortal() })))[0]!;
        const missing = '0190a0a0-0000-7000-8000-000000000000';
        const outcome = await bulkOf(portal, [...allowed, assessing, elsewhere, missing], 'claim');
        expect(outcome.kind).toBe('applied');
        if (outcome.kind !== 'applied') return;
        expect(outcome.results).toEqual([
          { caseId: allowed[0], ok: true, state: 'assessing', version: 2, replayed: false },
          { caseId: allowed[1], ok: true, state: 'assessing', version: 2, replayed: false },
          {
            caseId: assessing,
            ok: false,
            refusal: expect.objectContaining({ code: 'not_allowed_from_state' }),
          },
          { caseId: elsewhere, ok: false, refusal: { code: 'not_found' } },
          { caseId: missing, ok: false, refusal: { code: 'not_found' } },
        ]);
        expect((await caseOf(allowed[0]!))?.assignee).toBe('analyst-1');
        expect((await caseOf(elsewhere))?.state).toBe('received');
        expect((await caseOf(assessing))?.version).toBe(2);
      });

      it('applies nothing twice when retried with the same key, even concurrently', async () => {
        const portal = newPortal();
        const caseIds: string[] = [];
        for (let n = 0; n < 4; n++) {
          const caseId = stored(await submit(await reportOf({ portal })))[0]!;
          await steps(caseId, 'claim', 'confirm', 'send_notice');
          caseIds.push(caseId);
        }
        const idempotency = idempotencyRecord();
        // send_notice from notice_sent is allowed again (a reminder): only the key stops a repeat.
        const [first, again] = await Promise.all([
          bulkOf(portal, caseIds.slice(0, 2), 'send_notice', idempotency),
          bulkOf(portal, caseIds.slice(0, 2), 'send_notice', idempotency),
        ]);
        const retry = await bulkOf(portal, caseIds.slice(0, 2), 'send_notice', idempotency);
        for (const outcome of [first, again, retry]) {
          expect(outcome.kind).toBe('applied');
          if (outcome.kind === 'applied') {
            expect(outcome.results.map((result) => result.ok && result.version)).toEqual([5, 5]);
          }
        }
        if (retry.kind === 'applied') {
          expect(retry.results.every((result) => result.ok && result.replayed)).toBe(true);
        }
        for (const caseId of caseIds.slice(0, 2)) {
          expect((await caseOf(caseId))?.reminderCount).toBe(1);
        }
        // The same key with another body applies nothing.
        expect(
          await bulkOf(portal, caseIds.slice(2), 'send_notice', {
            ...idempotency,
            fingerprint: hex(32),
          }),
        ).toEqual({ kind: 'idempotency_conflict' });
        expect((await caseOf(caseIds[2]!))?.reminderCount).toBe(0);
        // Another key applies the event again: a second reminder.
        const other = await bulkOf(portal, caseIds.slice(0, 1), 'send_notice', idempotencyRecord());
        expect(other.kind === 'applied' && other.results[0]).toMatchObject({ version: 6 });
      });
    });

    describe('getCase', () => {
      it('answers null for an unknown case', async () => {
        expect(await store.getCase('0190a0a0-0000-7000-8000-000000000000')).toBeNull();
      });
    });

    describe('appendEvent', () => {
      it('applies an accepted event and stores the new case', async () => {
        const [caseId] = stored(await submit(await reportOf({ portal: newPortal() })));
        const result = await event(caseId!, 'claim', {
          actor: actors.analyst,
          expectedVersion: 1,
          at: hourAt(30),
        });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.case).toMatchObject({
          version: 2,
          state: 'assessing',
          assignee: 'analyst-1',
        });
        expect(await caseOf(caseId!)).toEqual(result.case);
      });

      it('refuses with the machine’s reason and stores nothing', async () => {
        const [caseId] = stored(await submit(await reportOf({ portal: newPortal() })));
        const before = await steps(caseId!, 'claim');
        const refusals = await Promise.all([
          event(caseId!, 'release', { actor: actors.auditor, expectedVersion: 2 }),
          event(caseId!, 'release', { actor: actors.analyst, expectedVersion: 1 }),
          event(caseId!, 'claim', { actor: actors.analyst, expectedVersion: 2 }),
          event(caseId!, 'confirm', {
            actor: actors.analyst,
            expectedVersion: 2,
            payload: { classification: 'nonsense', hostingCountry: 'NL' },
          }),
          event(caseId!, 'reopen', { actor: actors.analyst, expectedVersion: 2 }),
        ]);
        expect(refusals.map((result) => (result.ok ? 'ok' : result.refusal.code))).toEqual([
          'forbidden_for_role',
          'stale_version',
          'not_allowed_from_state',
          'invalid_payload',
          'forbidden_for_role',
        ]);
        expect(await caseOf(caseId!)).toEqual(before);
      });

      it('answers not_found for an unknown case', async () => {
        const result = await event('0190a0a0-0000-7000-8000-000000000001', 'claim', {
          actor: actors.analyst,
          expectedVersion: 1,
        });
        expect(result).toEqual({ ok: false, refusal: { code: 'not_found' } });
      });

      it('accepts one of two concurrent events expecting the same version', async () => {
        const [caseId] = stored(await submit(await reportOf({ portal: newPortal() })));
        for (let round = 0; round < 3; round++) {
          const current = (await caseOf(caseId!))!;
          const type = current.state === 'received' ? 'claim' : 'release';
          const results = await Promise.all(
            ['analyst-1', 'analyst-2'].map((id) =>
              event(caseId!, type, {
                actor: { id, role: 'analyst' },
                expectedVersion: current.version,
                after: current.updatedAt,
              }),
            ),
          );
          const codes = results.map((result) => (result.ok ? 'ok' : result.refusal.code)).sort();
          expect(codes).toEqual(['ok', 'stale_version']);
          const after = await caseOf(caseId!);
          expect(after?.version).toBe(current.version + 1);
          expect(after?.history).toHaveLength(current.version + 1);
        }
      });

      it('keeps linking to one open case when a case of the same key is reopened', async () => {
        const portal = newPortal();
        const url = 'https://o.test/reopened';
        const [first] = stored(await submit(await reportOf({ portal, urls: [url] })));
        await steps(first!, 'claim', 'dismiss');
        const [second] = stored(await submit(await reportOf({ portal, urls: [url] })));
        expect(second).not.toBe(first);
        const reopened = await steps(first!, 'reopen');
        expect(reopened.state).toBe('assessing');

        const [linked] = stored(await submit(await reportOf({ portal, urls: [url] })));
        expect([first, second]).toContain(linked);
        expect((await store.listCases({ portal, limit: 10 })).items).toHaveLength(2);

        // Once one of them is dismissed, new reports link to the one still open.
        const stillOpen = linked === first ? second : first;
        await steps(linked!, ...(linked === second ? ['claim' as const] : []), 'dismiss');
        const [last] = stored(await submit(await reportOf({ portal, urls: [url] })));
        expect(last).toBe(stillOpen);
      });
    });

    describe('listCasesForMetrics', () => {
      it('lists every case of the portal created in [from, to)', async () => {
        const portal = newPortal();
        const created: string[] = [];
        for (const hour of [10, 11, 12]) {
          const report = await reportOf({
            portal,
            urls: [`https://p.test/${hour}`],
            receivedAt: hourAt(hour),
          });
          created.push(...stored(await submit(report)));
        }
        await submit(await reportOf({ portal: newPortal(), receivedAt: hourAt(11) }));
        const all = await store.listCasesForMetrics({ portal });
        expect(ids(all)).toEqual([...created].sort());
        expect(all.every((item) => item.history.length === item.version)).toBe(true);
        const middle = await store.listCasesForMetrics({
          portal,
          from: new Date(hourAt(11)),
          to: new Date(hourAt(12)),
        });
        expect(ids(middle)).toEqual([created[1]]);
        expect(
          ids(await store.listCasesForMetrics({ portal, from: new Date(hourAt(11)) })),
        ).toEqual([created[1], created[2]].sort());
        expect(ids(await store.listCasesForMetrics({ portal, to: new Date(hourAt(11)) }))).toEqual([
          created[0],
        ]);
      });
    });

    describeMetricsContract(() => store);

    describe('tokens', () => {
      it('creates, finds by hash, revokes and lists tokens', async () => {
        const analyst = {
          id: `token-${hex(4)}`,
          tokenHash: hex(32),
          role: 'analyst' as const,
          label: 'Analyst One',
          createdAt: '2025-03-01T10:00:00.000Z',
          revokedAt: null,
        };
        const partner = {
          ...analyst,
          id: `token-${hex(4)}`,
          tokenHash: hex(32),
          role: 'partner' as const,
          label: 'Example NGO',
          partnerId: 'example-ngo',
        };
        const scoped = {
          ...analyst,
          id: `token-${hex(4)}`,
          tokenHash: hex(32),
          label: 'Regional analyst',
          portals: ['bz', 'gt'],
        };
        await store.createToken(analyst);
        await store.createToken(partner);
        await store.createToken(scoped);
        expect(await store.findToken(analyst.tokenHash)).toEqual(analyst);
        expect(await store.findToken(partner.tokenHash)).toEqual(partner);
        expect(await store.findToken(scoped.tokenHash)).toEqual(scoped);
        expect(await store.findToken(hex(32))).toBeNull();
        await expect(
          store.createToken({ ...analyst, id: `token-${hex(4)}`, label: 'Copy' }),
        ).rejects.toSatisfy(isWriteRefused);

        const revokedAt = new Date('2025-03-02T11:30:00.000Z');
        expect(await store.revokeToken(analyst.id, revokedAt)).toBe(true);
        expect(await store.revokeToken('token-unknown', revokedAt)).toBe(false);
        const revoked = { ...analyst, revokedAt: revokedAt.toISOString() };
        expect(await store.findToken(analyst.tokenHash)).toEqual(revoked);
        expect(await store.listTokens()).toEqual(
          expect.arrayContaining([revoked, partner, scoped]),
        );
      });
    });

    describe('purge', () => {
      it('removes what retention says, counts it, and touches nothing else', async () => {
        const portal = newPortal();
        const untouched = newPortal();
        const now = new Date('2026-06-01T00:00:00.000Z');
        const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
        const contact = { consent: true as const, email: 'reporter@example.org' };
        const put = async (input: ReportInput) => {
          const report = await reportOf(input);
          return { report, caseIds: stored(await submit(report)) };
        };
        const close = (caseId: string, at: string) =>
          steps(caseId, { type: 'claim', at }, { type: 'dismiss', at }, { type: 'close', at });

        const oldContact = await put({ portal, contact, receivedAt: daysAgo(40) });
        const newContact = await put({ portal, contact, receivedAt: daysAgo(10) });
        const closedLongAgo = await put({ portal, receivedAt: daysAgo(500) });
        await close(closedLongAgo.caseIds[0]!, daysAgo(400));
        const closedRecently = await put({ portal, receivedAt: daysAgo(500) });
        await close(closedRecently.caseIds[0]!, daysAgo(10));
        const shared = await put({
          portal,
          urls: ['https://q.test/closed', 'https://q.test/open'],
          receivedAt: daysAgo(500),
        });
        await close(shared.caseIds[0]!, daysAgo(400));
        const oldOpen = await put({ portal, receivedAt: daysAgo(900) });
        const otherContact = await put({ portal: untouched, contact, receivedAt: daysAgo(400) });
        const otherClosed = await put({ portal: untouched, receivedAt: daysAgo(500) });
        await close(otherClosed.caseIds[0]!, daysAgo(400));

        const expired = idempotencyRecord({ expiresAt: daysAgo(1) });
        const live = idempotencyRecord({ expiresAt: daysAgo(-1) });
        await put({ portal: untouched, idempotency: expired });
        await put({ portal: untouched, idempotency: live });

        const before = {
          newContact: await store.findReportByReceipt(newContact.report.receiptHash),
          closedRecently: await store.getCase(closedRecently.caseIds[0]!),
          openOfShared: await store.getCase(shared.caseIds[1]!),
          oldOpen: await store.getCase(oldOpen.caseIds[0]!),
          otherContact: await store.findReportByReceipt(otherContact.report.receiptHash),
          otherClosed: await store.getCase(otherClosed.caseIds[0]!),
        };

        const summary = await store.purge({
          now,
          policies: [{ portal, contactDetailsDays: 30, reportsDays: 365 }],
        });
        expect(summary).toEqual({ contactDetailsRemoved: 1, casesDeleted: 2, reportsDeleted: 1 });

        const { contact: _removed, ...withoutContact } = oldContact.report.report;
        expect((await store.findReportByReceipt(oldContact.report.receiptHash))?.report).toEqual(
          withoutContact,
        );
        expect(await store.getCase(closedLongAgo.caseIds[0]!)).toBeNull();
        expect(await store.findReportByReceipt(closedLongAgo.report.receiptHash)).toBeNull();
        expect(await store.getCase(shared.caseIds[0]!)).toBeNull();
        const sharedReport = await store.findReportByReceipt(shared.report.receiptHash);
        expect(sharedReport?.report).toEqual(shared.report.report);
        expect(ids(sharedReport?.cases)).toEqual([shared.caseIds[1]]);

        expect({
          newContact: await store.findReportByReceipt(newContact.report.receiptHash),
          closedRecently: await store.getCase(closedRecently.caseIds[0]!),
          openOfShared: await store.getCase(shared.caseIds[1]!),
          oldOpen: await store.getCase(oldOpen.caseIds[0]!),
          otherContact: await store.findReportByReceipt(otherContact.report.receiptHash),
          otherClosed: await store.getCase(otherClosed.caseIds[0]!),
        }).toEqual(before);

        // An expired idempotency key is forgotten; a live one is not.
        const reuseExpired = await reportOf({
          portal: untouched,
          idempotency: { ...expired, fingerprint: hex(32) },
        });
        expect((await submit(reuseExpired)).kind).toBe('stored');
        const reuseLive = await reportOf({
          portal: untouched,
          idempotency: { ...live, fingerprint: hex(32) },
        });
        expect(await submit(reuseLive)).toEqual({ kind: 'idempotency_conflict' });

        expect(
          await store.purge({
            now,
            policies: [{ portal, contactDetailsDays: 30, reportsDays: 365 }],
          }),
        ).toEqual({ contactDetailsRemoved: 0, casesDeleted: 0, reportsDeleted: 0 });
      });
    });

    describe('ping and close', () => {
      it('answers ping while open', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });

      it('finishes pending operations before it closes', async () => {
        const closing = await options.createStore();
        try {
          const report = await reportOf({ portal: newPortal() });
          const pending = closing.submitReport(report);
          await closing.close();
          expect((await pending).kind).toBe('stored');
        } finally {
          await destroy(closing);
        }
      });
    });
  });
}

// ---- Test data: reserved names only (example.com/.org, *.test), times in 2025-2026. ----

interface EventOptions {
  actor?: CaseActor;
  at?: string;
  after?: string | undefined;
  expectedVersion?: number;
  payload?: unknown;
}

interface StepSpec {
  type: TakedownEventType;
  at?: string;
  payload?: unknown;
  actor?: CaseActor;
}

interface ReportInput {
  portal: string;
  urls?: string[];
  receivedAt?: string;
  contact?: StoredReport['contact'];
  description?: string;
  idempotency?: IdempotencyRecord;
  source?: StoredReport['source'];
}

const actors = {
  analyst: { id: 'analyst-1', role: 'analyst' },
  supervisor: { id: 'supervisor-1', role: 'supervisor' },
  auditor: { id: 'auditor-1', role: 'auditor' },
} as const satisfies Record<string, CaseActor>;

const payloads: Partial<Record<TakedownEventType, unknown>> = {
  dismiss: { reason: 'not_illegal' },
  confirm: {
    classification: 'baseline',
    severity: 'A1',
    hostingCountry: 'NL',
    hostingProvider: 'Hosting Example B.V.',
  },
  forward: { to: 'hotline', recipient: 'Hotline Example' },
  send_notice: { recipient: 'abuse@hosting.example', channel: 'email' },
  notify_law_enforcement: { agency: 'Police Example' },
};

const baseTime = Date.parse('2025-03-10T00:00:00.000Z');
const hourAt = (hour: number) => new Date(baseTime + hour * 3_600_000).toISOString();
const laterThan = (time: string | undefined) =>
  new Date((time === undefined ? baseTime : Date.parse(time)) + 3_600_000).toISOString();

let portalCount = 0;
/** A portal id of its own for each test, so tests sharing a store never see each other. */
const newPortal = () => `t${(portalCount++).toString(36)}-${hex(4)}`;

let urlCount = 0;

function hex(bytes: number): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(values, (value) => value.toString(16).padStart(2, '0')).join('');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ids(cases: readonly Pick<Case, 'id'>[] | undefined): string[] {
  return (cases ?? []).map((item) => item.id).sort();
}

function idempotencyRecord(overrides: Partial<IdempotencyRecord> = {}): IdempotencyRecord {
  return {
    scope: 'public',
    keyHash: hex(32),
    fingerprint: hex(32),
    sealedResponse: `sealed-${hex(8)}`,
    expiresAt: '2999-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** Sets the time of the `send_notice` step of a path. */
function notice(
  path: (TakedownEventType | StepSpec)[],
  at: string,
): (TakedownEventType | StepSpec)[] {
  return path.map((spec) =>
    typeof spec !== 'string' && spec.type === 'send_notice' ? { ...spec, at } : spec,
  );
}

/** A report as the server would hand it to the store: ids, receipt hash, one target per key. */
async function reportOf(input: ReportInput): Promise<NewReport> {
  const receivedAt = input.receivedAt ?? hourAt(24);
  const urls = input.urls ?? [`https://example.com/reported/${urlCount++}-${hex(4)}`];
  const report: StoredReport = {
    schemaVersion: 1,
    portal: input.portal,
    locale: 'en',
    urls,
    contentTypes: ['image'],
    whereFound: 'website',
    goodFaith: true,
    receivedAt,
    source: input.source ?? 'public',
    anonymization: {
      ruleset: ANONYMIZATION_RULESET_ID,
      applied: [{ id: 'coarsen-received-at', field: 'receivedAt', count: 1 }],
    },
    reportId: createReportId(new Date(receivedAt)),
    ...(input.contact === undefined ? {} : { contact: input.contact }),
    ...(input.description === undefined ? {} : { description: input.description }),
  };
  const byKey = new Map<string, string[]>();
  for (const url of urls) {
    const key = await urlKey(url);
    byKey.set(key, [...(byKey.get(key) ?? []), url]);
  }
  return {
    report,
    receiptHash: hex(32),
    cases: [...byKey].map(([key, keyUrls]) => ({
      key,
      urls: keyUrls,
      newCaseId: createReportId(new Date(receivedAt)),
    })),
    ...(input.idempotency === undefined ? {} : { idempotency: input.idempotency }),
  };
}
