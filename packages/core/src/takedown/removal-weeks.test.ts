import { describe, expect, it } from 'vitest';
import type { Case } from './case.js';
import { computeRemovalTimesPerWeek } from './removal-weeks.js';

describe('computeRemovalTimesPerWeek', () => {
  it('takes the median of first notice to removal, per week of removal (Monday, UTC)', () => {
    const removedCase = (hours: number, removedAt: string): Case => {
      const removal = Date.parse(removedAt);
      const notice = new Date(removal - hours * 3_600_000).toISOString();
      return {
        history: [
          { type: 'send_notice', version: 4, at: notice },
          { type: 'send_notice', version: 5, at: removedAt },
          { type: 'verify_removed', version: 6, at: removedAt },
        ],
      } as unknown as Case;
    };
    const weeks = computeRemovalTimesPerWeek(
      [
        removedCase(10, '2026-11-16T08:00:00Z'),
        removedCase(20, '2026-11-22T23:00:00Z'),
        removedCase(60, '2026-11-18T08:00:00Z'),
        removedCase(5, '2026-11-23T09:00:00Z'),
        removedCase(5, '2025-01-01T00:00:00Z'),
      ],
      { now: new Date('2026-11-25T12:00:00Z'), weeks: 3 },
    );
    expect(weeks).toEqual([
      { weekStart: '2026-11-09', medianHours: null, removals: 0 },
      { weekStart: '2026-11-16', medianHours: 20, removals: 3 },
      { weekStart: '2026-11-23', medianHours: 5, removals: 1 },
    ]);
  });

  it('ignores cases with no notice or no removal after it', () => {
    const weeks = computeRemovalTimesPerWeek(
      [
        {
          history: [{ type: 'verify_removed', version: 3, at: '2026-11-23T09:00:00Z' }],
        } as unknown as Case,
      ],
      { now: new Date('2026-11-25T12:00:00Z'), weeks: 1 },
    );
    expect(weeks).toEqual([{ weekStart: '2026-11-23', medianHours: null, removals: 0 }]);
  });
});
