import { describe, expect, it } from 'vitest';
import { ReportalError } from '../errors/reportal-error.js';
import { createCase, isOpenCase } from './case.js';
import { actors, caseIn, newCase, openedAt, step } from './case-fixtures.js';
import { replayHistory } from './replay-history.js';
import { takedownStates } from './takedown-machine.js';

describe('createCase', () => {
  it('opens a case in received at version 1, with one history entry', () => {
    const opened = createCase({
      id: 'case-9',
      portal: 'gt',
      urlKey: 'b'.repeat(64),
      reportId: 'report-9',
      urls: ['https://example.com/a', 'https://example.com/a', 'http://example.com/a'],
      receivedAt: new Date('2025-03-10T09:00:00Z'),
    });
    expect(opened).toMatchObject({
      id: 'case-9',
      portal: 'gt',
      urlKey: 'b'.repeat(64),
      urls: ['https://example.com/a', 'http://example.com/a'],
      reportIds: ['report-9'],
      state: 'received',
      version: 1,
      createdAt: '2025-03-10T09:00:00.000Z',
      updatedAt: '2025-03-10T09:00:00.000Z',
    });
    expect(opened.history).toEqual([
      {
        type: 'open',
        version: 1,
        at: '2025-03-10T09:00:00.000Z',
        actor: { id: 'intake', role: 'intake' },
        payload: {
          caseId: 'case-9',
          portal: 'gt',
          urlKey: 'b'.repeat(64),
          reportId: 'report-9',
          urls: ['https://example.com/a', 'https://example.com/a', 'http://example.com/a'],
        },
      },
    ]);
  });
});

describe('isOpenCase', () => {
  it.each(takedownStates)('%s', (state) => {
    const open = ['received', 'assessing', 'confirmed', 'forwarded', 'notice_sent'];
    expect(isOpenCase(caseIn(state))).toBe(open.includes(state));
  });
});

describe('facts derived from the history', () => {
  it('follows a case from report to closing', () => {
    let current = newCase();
    current = step(current, 'claim', { actor: actors.analyst, at: '2025-03-10T10:00:00Z' });
    expect(current.assignee).toBe('analyst-1');
    current = step(current, 'confirm', { actor: actors.analyst, at: '2025-03-10T12:00:00Z' });
    current = step(current, 'send_notice', { at: '2025-03-10T13:00:00Z' });
    current = step(current, 'notify_law_enforcement', { at: '2025-03-10T13:30:00Z' });
    current = step(current, 'send_notice', { at: '2025-03-11T13:00:00Z' });
    current = step(current, 'send_notice', { at: '2025-03-12T13:00:00Z' });
    current = step(current, 'verify_removed', { at: '2025-03-12T20:00:00Z' });
    expect(current).toMatchObject({
      state: 'removed',
      version: 8,
      createdAt: openedAt,
      updatedAt: '2025-03-12T20:00:00.000Z',
      assignee: null,
      assessedAt: '2025-03-10T12:00:00.000Z',
      confirmation: {
        at: '2025-03-10T12:00:00.000Z',
        classification: 'baseline',
        severity: 'A1',
        hostingCountry: 'NL',
        hostingProvider: 'Hosting Example B.V.',
      },
      firstNoticeAt: '2025-03-10T13:00:00.000Z',
      reminderCount: 2,
      removedAt: '2025-03-12T20:00:00.000Z',
      lawEnforcementNotifications: [
        { at: '2025-03-10T13:30:00.000Z', agency: 'Police Example', reference: 'LE-1' },
      ],
    });
    expect(current.notices.map((notice) => notice.reminder)).toEqual([false, true, true]);

    current = step(current, 'reappear', { at: '2025-03-20T08:00:00Z' });
    expect(current).toMatchObject({ state: 'confirmed', removedAt: null });
    current = step(current, 'send_notice', { at: '2025-03-20T09:00:00Z' });
    expect(current.notices.at(-1)?.reminder).toBe(false);
    expect(current.firstNoticeAt).toBe('2025-03-10T13:00:00.000Z');
    current = step(current, 'verify_removed', { at: '2025-03-21T09:00:00Z' });
    current = step(current, 'close', { at: '2025-03-22T09:00:00Z' });
    expect(current).toMatchObject({ state: 'closed', removedAt: '2025-03-21T09:00:00.000Z' });
    expect(replayHistory(current.history)).toEqual(current);
  });

  it('keeps the first assessment and drops the dismissal when a case is reopened', () => {
    let current = step(newCase(), 'claim', { at: '2025-03-10T10:00:00Z' });
    current = step(current, 'dismiss', { at: '2025-03-10T11:00:00Z' });
    expect(current.dismissal).toEqual({ at: '2025-03-10T11:00:00.000Z', reason: 'not_illegal' });
    current = step(current, 'reopen', { at: '2025-03-11T11:00:00Z' });
    expect(current).toMatchObject({
      state: 'assessing',
      dismissal: null,
      assignee: 'supervisor-1',
      assessedAt: '2025-03-10T11:00:00.000Z',
    });
  });

  it('records the case a merged case carries on in', () => {
    expect(caseIn('merged').mergedInto).toBe('case-0');
  });
});

describe('replayHistory', () => {
  it('reproduces a case exactly', () => {
    for (const state of takedownStates) {
      const current = caseIn(state);
      expect(replayHistory(current.history)).toEqual(current);
    }
  });

  it('throws on a history that does not start with open', () => {
    const [, ...rest] = caseIn('confirmed').history;
    expect(() => replayHistory([])).toThrow(ReportalError);
    expect(() => replayHistory(rest)).toThrow(ReportalError);
    const [open] = newCase().history;
    expect(() => replayHistory([open!, open!])).toThrow(ReportalError);
  });
});
