import { describe, expect, it } from 'vitest';
import { newCase, step } from './case-fixtures.js';
import type { TakedownEventType } from './takedown-machine.js';
import { computeTransparencyReport } from './transparency-report.js';

const walk = (
  id: string,
  openedAt: string,
  events: [TakedownEventType, string, Record<string, unknown>?][],
) =>
  events.reduce(
    (current, [type, at, payload]) => step(current, type, { at, ...(payload ? { payload } : {}) }),
    newCase({ id, reportId: `report-${id}`, at: openedAt }),
  );

const other = {
  classification: 'national',
  hostingCountry: 'DE',
  hostingProvider: 'Other Host Example',
};

const cases = [
  walk('a', '2025-03-02T00:00:00Z', [
    ['claim', '2025-03-02T01:00:00Z'],
    ['confirm', '2025-03-02T02:00:00Z'],
    ['send_notice', '2025-03-02T03:00:00Z'],
    ['send_notice', '2025-03-03T03:00:00Z'],
    ['verify_removed', '2025-03-03T13:00:00Z'],
  ]),
  walk('b', '2025-05-02T00:00:00Z', [
    ['claim', '2025-05-02T01:00:00Z'],
    ['confirm', '2025-05-02T02:00:00Z', other],
    ['forward', '2025-05-02T03:00:00Z'],
    ['send_notice', '2025-05-02T04:00:00Z'],
    ['notify_law_enforcement', '2025-05-02T05:00:00Z'],
  ]),
  walk('c', '2025-06-02T00:00:00Z', [
    ['claim', '2025-06-02T01:00:00Z'],
    ['dismiss', '2025-06-02T02:00:00Z', { reason: 'adult_content' }],
  ]),
  // Assessed in 2024: not in the 2025 report.
  walk('d', '2024-12-30T00:00:00Z', [
    ['claim', '2024-12-30T01:00:00Z'],
    ['confirm', '2024-12-30T02:00:00Z'],
  ]),
];

describe('computeTransparencyReport', () => {
  it("counts a year's assessments, actions and notices, with removal times", () => {
    const report = computeTransparencyReport(cases, {
      portal: 'bz',
      year: 2025,
      now: new Date('2025-12-31T00:00:00Z'),
    });
    expect(report).toMatchObject({
      portal: 'bz',
      year: 2025,
      casesAssessed: 3,
      actionTaken: {
        confirmed: 2,
        dismissed: 1,
        other: 0,
        forwardedToHotline: 1,
        reportedToLawEnforcement: 1,
      },
      dismissalReasons: { adult_content: 1, not_illegal: 0 },
      byClassification: [
        { classification: 'baseline', severity: 'A1', cases: 1 },
        { classification: 'national', severity: null, cases: 1 },
      ],
      notices: {
        notices: 2,
        reminders: 1,
        removed: 1,
        medianHoursToRemoval: 34,
        p90HoursToRemoval: 34,
      },
      byHostingProvider: [
        { hostingProvider: 'Hosting Example B.V.', hostingCountry: 'NL', notices: 1, removed: 1 },
        { hostingProvider: 'Other Host Example', hostingCountry: 'DE', notices: 1, removed: 0 },
      ],
      byHostingCountry: [
        { hostingCountry: 'DE', notices: 1 },
        { hostingCountry: 'NL', notices: 1, medianHoursToRemoval: 34 },
      ],
    });
  });

  it('holds no field that came from a reporter', () => {
    const text = JSON.stringify(
      computeTransparencyReport(cases, { portal: 'bz', year: 2025, now: new Date() }),
    );
    for (const reporterField of [
      'report-',
      'https://',
      'reportId',
      'urls',
      'description',
      'contact',
    ]) {
      expect(text).not.toContain(reporterField);
    }
  });
});
