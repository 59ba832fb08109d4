import { describe, expect, it } from 'vitest';
import { applyEvent } from './apply-event.js';
import { type Case, createCase } from './case.js';
import { reminderDueAt, roundReminders } from './reminders.js';

const actor = { id: 'analyst-1', role: 'analyst' as const };
const schedule = { intervalHours: 24, limit: 2 };

function step(found: Case, type: string, at: string, payload?: unknown): Case {
  const result = applyEvent(found, {
    type,
    expectedVersion: found.version,
    actor,
    at,
    ...(payload !== undefined && { payload }),
  } as Parameters<typeof applyEvent>[1]);
  if (!result.ok) throw new Error(JSON.stringify(result.refusal));
  return result.case;
}

const notice = { recipient: 'abuse@example.com', channel: 'email' };

function noticeSent(): Case {
  let found = createCase({
    id: 'case-1',
    portal: 'bz',
    urlKey: 'k',
    reportId: 'r',
    urls: ['https://example.com/a'],
    receivedAt: '2025-03-10T09:00:00Z',
  });
  found = step(found, 'claim', '2025-03-10T10:00:00Z');
  found = step(found, 'confirm', '2025-03-10T11:00:00Z', {
    classification: 'baseline',
    hostingCountry: 'NL',
  });
  return step(found, 'send_notice', '2025-03-10T12:00:00Z', notice);
}

describe('repeated notices', () => {
  it('are due the interval after the last notice, up to the limit per round', () => {
    let found = noticeSent();
    expect(reminderDueAt(found, schedule)?.toISOString()).toBe('2025-03-11T12:00:00.000Z');
    found = step(found, 'send_notice', '2025-03-11T12:05:00Z', notice);
    expect(roundReminders(found)).toBe(1);
    expect(reminderDueAt(found, schedule)?.toISOString()).toBe('2025-03-12T12:05:00.000Z');
    found = step(found, 'send_notice', '2025-03-12T12:05:00Z', notice);
    expect(roundReminders(found)).toBe(2);
    expect(reminderDueAt(found, schedule)).toBeNull();
  });

  it('are not due once the content is removed, nor before any notice', () => {
    const found = noticeSent();
    expect(
      reminderDueAt(step(found, 'verify_removed', '2025-03-10T13:00:00Z'), schedule),
    ).toBeNull();
    const removed = step(found, 'verify_removed', '2025-03-10T13:00:00Z');
    expect(reminderDueAt(step(removed, 'reappear', '2025-03-20T13:00:00Z'), schedule)).toBeNull();
  });

  it('start a new round with a notice after the content came back', () => {
    let found = noticeSent();
    found = step(found, 'send_notice', '2025-03-11T12:00:00Z', notice);
    found = step(found, 'send_notice', '2025-03-12T12:00:00Z', notice);
    found = step(found, 'verify_removed', '2025-03-13T12:00:00Z');
    found = step(found, 'reappear', '2025-03-20T12:00:00Z');
    found = step(found, 'send_notice', '2025-03-20T13:00:00Z', notice);
    expect(roundReminders(found)).toBe(0);
    expect(reminderDueAt(found, schedule)?.toISOString()).toBe('2025-03-21T13:00:00.000Z');
  });
});
