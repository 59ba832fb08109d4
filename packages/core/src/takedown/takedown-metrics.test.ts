import { describe, expect, it } from 'vitest';
import { linkReport } from './apply-event.js';
import type { Case } from './case.js';
import { newCase, step } from './case-fixtures.js';
import type { TakedownEventType } from './takedown-machine.js';
import { computeTakedownMetrics } from './takedown-metrics.js';

/** A case opened at `openedAt` with events at the given times (ISO, all in 2025). */
function caseOf(
  id: string,
  reportId: string,
  openedAt: string,
  events: [TakedownEventType, string, Record<string, unknown>?][],
): Case {
  return events.reduce(
    (current, [type, at, payload]) => {
      if (type !== 'link_report')
        return step(current, type, { at, ...(payload ? { payload } : {}) });
      const linked = linkReport(current, {
        reportId: payload?.reportId as string,
        urls: ['https://example.com/gallery/1'],
        receivedAt: at,
        expectedVersion: current.version,
      });
      if (!linked.ok) throw new Error(linked.refusal.code);
      return linked.case;
    },
    newCase({ id, reportId, at: openedAt }),
  );
}

// Hours are counted from the coarsened receipt (the case's opening).
const cases = [
  // 4 h to assessment; removed 24 h after the first notice.
  caseOf('case-a', 'report-a', '2025-03-02T00:00:00Z', [
    ['claim', '2025-03-02T02:00:00Z'],
    ['confirm', '2025-03-02T04:00:00Z'],
    ['send_notice', '2025-03-02T06:00:00Z'],
    ['verify_removed', '2025-03-03T06:00:00Z'],
  ]),
  // The same report's second URL: never touched.
  caseOf('case-i', 'report-a', '2025-03-02T00:00:00Z', []),
  // 10 h to assessment; removed 96 h after the first notice despite a reminder.
  caseOf('case-b', 'report-b', '2025-03-03T00:00:00Z', [
    ['claim', '2025-03-03T01:00:00Z'],
    ['confirm', '2025-03-03T10:00:00Z'],
    ['send_notice', '2025-03-03T12:00:00Z'],
    ['send_notice', '2025-03-05T12:00:00Z'],
    ['verify_removed', '2025-03-07T12:00:00Z'],
  ]),
  // A duplicate report linked, then dismissed 7 h after receipt.
  caseOf('case-c', 'report-c', '2025-03-04T00:00:00Z', [
    ['claim', '2025-03-04T01:00:00Z'],
    ['link_report', '2025-03-04T03:00:00Z', { reportId: 'report-d' }],
    ['dismiss', '2025-03-04T07:00:00Z'],
  ]),
  // 2 h to assessment; noticed on 10 March and never removed: overdue on 20 March.
  caseOf('case-d', 'report-e', '2025-03-10T00:00:00Z', [
    ['claim', '2025-03-10T01:00:00Z'],
    ['confirm', '2025-03-10T02:00:00Z'],
    ['send_notice', '2025-03-10T03:00:00Z'],
  ]),
  // 3 h to assessment; noticed 20 h before now: not overdue, outcome not known yet.
  caseOf('case-e', 'report-f', '2025-03-19T00:00:00Z', [
    ['claim', '2025-03-19T01:00:00Z'],
    ['confirm', '2025-03-19T03:00:00Z'],
    ['send_notice', '2025-03-19T04:00:00Z'],
  ]),
  // Still in the queue.
  caseOf('case-f', 'report-g', '2025-03-15T00:00:00Z', []),
  // Opened in February; a duplicate report linked in March.
  caseOf('case-g', 'report-h', '2025-02-20T00:00:00Z', [
    ['claim', '2025-02-20T01:00:00Z'],
    ['link_report', '2025-03-05T00:00:00Z', { reportId: 'report-i' }],
  ]),
];

const noCases = {
  received: 0,
  assessing: 0,
  confirmed: 0,
  forwarded: 0,
  notice_sent: 0,
  removed: 0,
  dismissed: 0,
  merged: 0,
  closed: 0,
};

describe('computeTakedownMetrics', () => {
  it('computes the metrics of a period still running', () => {
    expect(
      computeTakedownMetrics(cases, {
        from: '2025-03-01T00:00:00Z',
        to: '2025-04-01T00:00:00Z',
        now: '2025-03-20T00:00:00Z',
      }),
    ).toEqual({
      // reports a to g and i; h was received in February
      reportsReceived: 8,
      // a (two URLs), b, c, d (linked), e, f, g, i (linked)
      urlsReceived: 9,
      duplicatesLinked: 2,
      // cases a, i, b, c, d, e, f (g was opened in February)
      casesPerState: { ...noCases, received: 2, removed: 2, dismissed: 1, notice_sent: 2 },
      // 2, 3, 4, 7, 10
      medianHoursToAssessment: 4,
      // 24, 96
      medianHoursFromFirstNoticeToRemoval: 60,
      // a in time; b late; d past the deadline; e not known yet
      shareRemovedWithinDeadline: 1 / 3,
      overdue: 1,
      deadlineHours: 72,
      removalTimesPerHostingProvider: [
        {
          hostingProvider: 'Hosting Example B.V.',
          // a, b, d, e
          noticed: 4,
          removed: 2,
          medianHours: 60,
          // 24 + (96 - 24) * 0.9
          p90Hours: 88.8,
          // a within both; b late; d past both; e (20 h ago) known for neither
          shareWithin24Hours: 1 / 3,
          shareWithin72Hours: 1 / 3,
        },
      ],
    });
  });

  it('describes a past period as it stood at its end', () => {
    expect(
      computeTakedownMetrics(cases, { from: '2025-03-01T00:00:00Z', to: '2025-03-03T00:00:00Z' }),
    ).toEqual({
      reportsReceived: 1,
      urlsReceived: 2,
      duplicatesLinked: 0,
      // b opens at the end of the period, which is excluded; a was not yet removed
      casesPerState: { ...noCases, received: 1, notice_sent: 1 },
      medianHoursToAssessment: 4,
      medianHoursFromFirstNoticeToRemoval: null,
      shareRemovedWithinDeadline: null,
      overdue: 0,
      deadlineHours: 72,
      // a's notice is 18 h old at the end: its outcome is not known yet
      removalTimesPerHostingProvider: [
        {
          hostingProvider: 'Hosting Example B.V.',
          noticed: 1,
          removed: 0,
          medianHours: null,
          p90Hours: null,
          shareWithin24Hours: null,
          shareWithin72Hours: null,
        },
      ],
    });
  });

  it("uses the portal's deadline for the share removed in time and the overdue count", () => {
    const metrics = computeTakedownMetrics(cases, {
      from: '2025-03-01T00:00:00Z',
      to: '2025-04-01T00:00:00Z',
      now: '2025-03-20T00:00:00Z',
      deadlineHours: 12,
    });
    // a (24 h) and b (96 h) late, d past; e (20 h ago) now past the deadline and overdue too
    expect(metrics).toMatchObject({ shareRemovedWithinDeadline: 0, overdue: 2, deadlineHours: 12 });
  });

  it('gives null medians, not 0, when nothing reached the end point', () => {
    expect(
      computeTakedownMetrics([], { from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z' }),
    ).toEqual({
      reportsReceived: 0,
      urlsReceived: 0,
      duplicatesLinked: 0,
      casesPerState: noCases,
      medianHoursToAssessment: null,
      medianHoursFromFirstNoticeToRemoval: null,
      shareRemovedWithinDeadline: null,
      overdue: 0,
      deadlineHours: 72,
      removalTimesPerHostingProvider: [],
    });
  });

  it('averages the two middle times of an even count', () => {
    const metrics = computeTakedownMetrics(cases.slice(0, 3), {
      from: '2025-03-01T00:00:00Z',
      to: '2025-04-01T00:00:00Z',
    });
    // a 4 h, b 10 h to assessment; a 24 h, b 96 h to removal
    expect(metrics.medianHoursToAssessment).toBe(7);
    expect(metrics.medianHoursFromFirstNoticeToRemoval).toBe(60);
    const single = computeTakedownMetrics(cases.slice(0, 1), {
      from: '2025-03-01T00:00:00Z',
      to: '2025-04-01T00:00:00Z',
    });
    expect(single.medianHoursFromFirstNoticeToRemoval).toBe(24);
  });
});
