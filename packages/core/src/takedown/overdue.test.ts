import { describe, expect, it } from 'vitest';
import { caseIn, newCase, step } from './case-fixtures.js';
import { isOverdue, pendingNoticeAt } from './overdue.js';
import { takedownStates } from './takedown-machine.js';

const noticeAt = '2025-03-10T12:00:00.000Z';
const hoursAfterNotice = (hours: number) =>
  new Date(Date.parse(noticeAt) + hours * 3_600_000).toISOString();

function noticed() {
  let current = step(newCase(), 'claim', { at: '2025-03-10T10:00:00Z' });
  current = step(current, 'confirm', { at: '2025-03-10T11:00:00Z' });
  return step(current, 'send_notice', { at: noticeAt });
}

describe('isOverdue', () => {
  it('is false up to the deadline and true after it (default 72 hours)', () => {
    expect(isOverdue(noticed(), { now: hoursAfterNotice(72) })).toBe(false);
    expect(isOverdue(noticed(), { now: new Date(Date.parse(hoursAfterNotice(72)) + 1) })).toBe(
      true,
    );
  });

  it("follows the portal's deadline", () => {
    expect(isOverdue(noticed(), { now: hoursAfterNotice(25), deadlineHours: 24 })).toBe(true);
    expect(isOverdue(noticed(), { now: hoursAfterNotice(25), deadlineHours: 48 })).toBe(false);
  });

  it('counts from the first notice: reminders do not restart the clock', () => {
    const reminded = step(noticed(), 'send_notice', { at: hoursAfterNotice(48) });
    expect(isOverdue(reminded, { now: hoursAfterNotice(73) })).toBe(true);
  });

  it('is false once the removal is verified', () => {
    const removed = step(noticed(), 'verify_removed', { at: hoursAfterNotice(100) });
    expect(isOverdue(removed, { now: hoursAfterNotice(200) })).toBe(false);
  });

  it('starts again with the first notice after content reappears', () => {
    let current = step(noticed(), 'verify_removed', { at: hoursAfterNotice(10) });
    current = step(current, 'reappear', { at: hoursAfterNotice(500) });
    current = step(current, 'send_notice', { at: hoursAfterNotice(501) });
    expect(isOverdue(current, { now: hoursAfterNotice(502) })).toBe(false);
    expect(isOverdue(current, { now: hoursAfterNotice(574) })).toBe(true);
  });

  it.each(takedownStates.filter((state) => state !== 'notice_sent'))(
    'is false in %s, where no notice waits',
    (state) => {
      expect(isOverdue(caseIn(state), { now: '2030-01-01T00:00:00Z' })).toBe(false);
    },
  );
});

describe('pendingNoticeAt', () => {
  it('is the first notice of the current round, whatever the reminders', () => {
    expect(pendingNoticeAt(noticed())).toBe(noticeAt);
    const reminded = step(noticed(), 'send_notice', { at: hoursAfterNotice(48) });
    expect(pendingNoticeAt(reminded)).toBe(noticeAt);
  });

  it('moves to the next first notice after content reappears', () => {
    let current = step(noticed(), 'verify_removed', { at: hoursAfterNotice(10) });
    expect(pendingNoticeAt(current)).toBeNull();
    current = step(current, 'reappear', { at: hoursAfterNotice(500) });
    expect(pendingNoticeAt(current)).toBeNull();
    current = step(current, 'send_notice', { at: hoursAfterNotice(501) });
    expect(pendingNoticeAt(current)).toBe(hoursAfterNotice(501));
  });

  it.each(takedownStates.filter((state) => state !== 'notice_sent'))(
    'is null in %s, where no notice waits',
    (state) => {
      expect(pendingNoticeAt(caseIn(state))).toBeNull();
    },
  );
});
