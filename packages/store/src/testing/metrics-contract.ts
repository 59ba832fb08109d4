import {
  ANONYMIZATION_RULESET_ID,
  type CaseActor,
  createReportId,
  isOpenCase,
  type TakedownEventType,
  takedownEvents,
  urlKey,
} from '@reportal/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../memory-store/memory-store.js';
import type { NewReport, ReportStore, StoredReport } from '../report-store/report-store.js';

const hour = 3_600_000;
const start = Date.parse('2025-12-20T00:00:00.000Z');
const supervisor: CaseActor = { id: 'supervisor-1', role: 'supervisor' };
const eventTypes: TakedownEventType[] = [
  'claim',
  'release',
  'dismiss',
  'merge',
  'confirm',
  'forward',
  'send_notice',
  'notify_law_enforcement',
  'verify_removed',
  'reappear',
  'reopen',
  'close',
];
const providers = ['Hosting Example B.V.', 'Ålpha Host Example', undefined];

/** One random step of a portal's life: a report of some of its URLs, or an event on a case. */
type Step =
  | { kind: 'report'; urls: number[]; hoursBack: number }
  | { kind: 'event'; target: number; type: TakedownEventType; minutes: number; choice: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('report' as const),
    urls: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
    hoursBack: fc.integer({ min: 0, max: 3 }),
  }),
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('event' as const),
      target: fc.nat({ max: 20 }),
      type: fc.constantFrom(...eventTypes),
      minutes: fc.integer({ min: 1, max: 60 * 40 }),
      choice: fc.nat({ max: 11 }),
    }),
  },
);

function payloadOf(type: TakedownEventType, choice: number, caseIds: string[]): object | undefined {
  switch (type) {
    case 'dismiss':
      return { reason: (['not_illegal', 'adult_content', 'insufficient'] as const)[choice % 3] };
    case 'merge':
      return { into: caseIds[choice % caseIds.length] };
    case 'confirm': {
      const hostingProvider = providers[choice % 3];
      return {
        classification: choice % 2 === 0 ? 'baseline' : 'national',
        ...(choice % 4 === 0 ? {} : { severity: 'A1' }),
        hostingCountry: choice % 5 === 0 ? 'DE' : 'NL',
        ...(hostingProvider === undefined ? {} : { hostingProvider }),
      };
    }
    case 'forward':
      return { to: choice % 2 === 0 ? 'hotline' : 'law_enforcement', recipient: 'Example' };
    case 'send_notice':
      return { recipient: 'abuse@hosting.example', channel: 'email' };
    case 'notify_law_enforcement':
      return { agency: 'Police Example' };
    default:
      return undefined;
  }
}

async function newReport(portal: string, urls: string[], receivedAt: string): Promise<NewReport> {
  const report: StoredReport = {
    schemaVersion: 1,
    portal,
    locale: 'en',
    urls,
    goodFaith: true,
    receivedAt,
    source: 'public',
    anonymization: { ruleset: ANONYMIZATION_RULESET_ID, applied: [] },
    reportId: createReportId(new Date(receivedAt)),
  };
  const byKey = new Map<string, string[]>();
  for (const url of urls) {
    const key = await urlKey(url);
    byKey.set(key, [...(byKey.get(key) ?? []), url]);
  }
  const receipt = crypto.getRandomValues(new Uint8Array(32));
  return {
    report,
    receiptHash: Array.from(receipt, (value) => value.toString(16).padStart(2, '0')).join(''),
    cases: [...byKey].map(([key, keyUrls]) => ({
      key,
      urls: keyUrls,
      newCaseId: createReportId(new Date(receivedAt)),
    })),
  };
}

/** Rounds every number to 9 significant digits: SQL and JavaScript may differ in the last bit. */
function rounded(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_key, item) =>
    typeof item === 'number' ? Number(item.toPrecision(9)) : item,
  );
}

let runs = 0;

/**
 * Holds a store's aggregates (`takedownMetrics`, `removalTimesPerWeek`, `transparencyReport`) to
 * the memory store's answers, which come from the core's computations over whole histories, on
 * random sequences of reports and events.
 */
export function describeMetricsContract(store: () => ReportStore, options: { runs?: number } = {}) {
  describe('metrics from aggregates', () => {
    it('answers as the computations over whole histories, on random event sequences', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(stepArbitrary, { minLength: 1, maxLength: 60, size: 'max' }),
          async (steps) => {
            const portal = `m${(runs++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
            const reference = createMemoryStore();
            const stores = [reference, store()];
            const caseIds: string[] = [];
            // Analysts' events move one clock forward; reports arrive on the hour, maybe earlier.
            let clock = start;
            for (const step of steps) {
              if (step.kind === 'report') {
                const receivedAt = new Date(
                  Math.floor(clock / hour) * hour - step.hoursBack * hour,
                ).toISOString();
                const urls = step.urls.map((index) => `https://example.com/m/${portal}/${index}`);
                const report = await newReport(portal, urls, receivedAt);
                for (const target of stores) {
                  const outcome = await target.submitReport(report);
                  if (outcome.kind === 'stored' && target === reference) {
                    for (const id of outcome.caseIds) if (!caseIds.includes(id)) caseIds.push(id);
                  }
                }
                continue;
              }
              if (caseIds.length === 0) continue;
              clock += step.minutes * 60_000;
              const caseId = caseIds[step.target % caseIds.length]!;
              const current = (await reference.getCase(caseId))!.case;
              if (Date.parse(current.createdAt) > clock) continue;
              // Mostly an event the machine allows from the case's state; sometimes any event.
              const allowed = eventTypes.filter(
                (type) =>
                  (takedownEvents[type].from as readonly string[]).includes(current.state) &&
                  (!['merge', 'release', 'close'].includes(type) || step.choice % 4 === 1),
              );
              const type =
                step.choice === 0 || allowed.length === 0
                  ? step.type
                  : allowed[step.target % allowed.length]!;
              // Which of two open cases of one URL new reports link to is the store's choice: keep
              // a reopened (or reappeared) case from making a second one.
              if (type === 'reopen' || type === 'reappear') {
                const { items } = await reference.listCases({ portal, limit: 100 });
                const others = items.filter(
                  (other) =>
                    other.urlKey === current.urlKey && other.id !== caseId && isOpenCase(other),
                );
                if (others.length > 0) continue;
              }
              const payload = payloadOf(
                type,
                step.choice,
                caseIds.filter((other) => other !== caseId),
              );
              if (type === 'merge' && caseIds.length < 2) continue;
              const results = [];
              for (const target of stores) {
                results.push(
                  (
                    await target.appendEvent(caseId, {
                      type,
                      expectedVersion: current.version,
                      actor: supervisor,
                      at: new Date(clock),
                      ...(payload && { payload }),
                    })
                  ).ok,
                );
              }
              expect(results[1]).toBe(results[0]);
            }
            const end = clock + 2 * hour;
            const queries = [
              { from: new Date(0), to: new Date(end + 1), now: new Date(end), deadlineHours: 72 },
              {
                from: new Date(0),
                to: new Date(end + 1),
                now: new Date(end + 50 * hour),
                deadlineHours: 24,
              },
              // A past period, as it stood at its end.
              {
                from: new Date(start),
                to: new Date(start + 30 * hour),
                now: new Date(end),
                deadlineHours: 72,
              },
              {
                from: new Date(start + 5 * hour),
                to: new Date(end + 9 * hour),
                now: new Date(start + 40 * hour),
                deadlineHours: 12,
              },
            ];
            for (const query of queries) {
              const [expected, actual] = await Promise.all(
                stores.map((target) => target.takedownMetrics({ portal, ...query })),
              );
              expect(rounded(actual)).toEqual(rounded(expected));
            }
            for (const now of [new Date(end), new Date(start + 100 * hour)]) {
              const [expected, actual] = await Promise.all(
                stores.map((target) => target.removalTimesPerWeek({ portal, now, weeks: 4 })),
              );
              expect(rounded(actual)).toEqual(rounded(expected));
            }
            for (const year of [2025, 2026]) {
              const [expected, actual] = await Promise.all(
                stores.map((target) =>
                  target.transparencyReport({ portal, year, now: new Date(end) }),
                ),
              );
              expect(rounded(actual)).toEqual(rounded(expected));
            }
            await reference.close();
          },
        ),
        { numRuns: options.runs ?? 20 },
      );
    }, 120_000);
  });
}
