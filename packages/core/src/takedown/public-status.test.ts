import { describe, expect, it } from 'vitest';
import { ReportalError } from '../errors/reportal-error.js';
import { linkReport } from './apply-event.js';
import type { Case } from './case.js';
import { newCase, step } from './case-fixtures.js';
import { derivePublicStatus } from './public-status.js';

const withFeedback = { reportId: 'report-1', outcomeFeedback: true };
const withoutFeedback = { reportId: 'report-1', outcomeFeedback: false };

function confirmed(): Case {
  let current = step(newCase(), 'claim', { at: '2025-03-11T09:00:00Z' });
  current = step(current, 'confirm', { at: '2025-03-11T10:00:00Z' });
  return current;
}

describe('derivePublicStatus', () => {
  it('is received while the case waits in the queue, on the day of the report', () => {
    expect(derivePublicStatus([newCase()], withFeedback)).toEqual({
      status: 'received',
      updatedOn: '2025-03-10',
    });
  });

  it('is in review from the day an analyst takes the case', () => {
    const claimed = step(newCase(), 'claim', { at: '2025-03-11T09:00:00Z' });
    expect(derivePublicStatus([claimed], withFeedback)).toEqual({
      status: 'in_review',
      updatedOn: '2025-03-11',
    });
  });

  it('does not show internal steps in updatedOn', () => {
    let current = step(confirmed(), 'send_notice', { at: '2025-03-12T10:00:00Z' });
    current = step(current, 'notify_law_enforcement', { at: '2025-03-13T10:00:00Z' });
    current = step(current, 'send_notice', { at: '2025-03-14T10:00:00Z' });
    expect(derivePublicStatus([current], withFeedback)).toEqual({
      status: 'in_review',
      updatedOn: '2025-03-11',
    });
  });

  it('is completed with action taken once removal is verified', () => {
    let current = step(confirmed(), 'send_notice', { at: '2025-03-12T10:00:00Z' });
    current = step(current, 'verify_removed', { at: '2025-03-15T10:00:00Z' });
    expect(derivePublicStatus([current], withFeedback)).toEqual({
      status: 'completed',
      outcome: 'action_taken',
      updatedOn: '2025-03-15',
    });
    current = step(current, 'close', { at: '2025-03-20T10:00:00Z' });
    expect(derivePublicStatus([current], withFeedback)).toEqual({
      status: 'completed',
      outcome: 'action_taken',
      updatedOn: '2025-03-15',
    });
  });

  it('gives no outcome where the portal does not enable outcome feedback', () => {
    const removed = step(confirmed(), 'verify_removed', { at: '2025-03-15T10:00:00Z' });
    expect(derivePublicStatus([removed], withoutFeedback)).toEqual({
      status: 'completed',
      updatedOn: '2025-03-15',
    });
  });

  it('is completed with no action when the case is dismissed', () => {
    let current = step(newCase(), 'claim', { at: '2025-03-11T09:00:00Z' });
    current = step(current, 'dismiss', { at: '2025-03-11T12:00:00Z' });
    expect(derivePublicStatus([current], withFeedback)).toEqual({
      status: 'completed',
      outcome: 'no_action',
      updatedOn: '2025-03-11',
    });
  });

  it('goes back to in review when a dismissal is reopened or content reappears', () => {
    let dismissed = step(newCase(), 'claim', { at: '2025-03-11T09:00:00Z' });
    dismissed = step(dismissed, 'dismiss', { at: '2025-03-11T12:00:00Z' });
    const reopened = step(dismissed, 'reopen', { at: '2025-03-18T12:00:00Z' });
    expect(derivePublicStatus([reopened], withFeedback)).toEqual({
      status: 'in_review',
      updatedOn: '2025-03-18',
    });
    const removed = step(confirmed(), 'verify_removed', { at: '2025-03-15T10:00:00Z' });
    const reappeared = step(removed, 'reappear', { at: '2025-04-01T10:00:00Z' });
    expect(derivePublicStatus([reappeared], withFeedback)).toEqual({
      status: 'in_review',
      updatedOn: '2025-04-01',
    });
  });

  it('is completed only when every case of the report is finished', () => {
    const removed = step(confirmed(), 'verify_removed', { at: '2025-03-15T10:00:00Z' });
    const waiting = newCase({ id: 'case-2' });
    expect(derivePublicStatus([removed, waiting], withFeedback)).toEqual({
      status: 'in_review',
      updatedOn: '2025-03-11',
    });
    let dismissed = step(waiting, 'claim', { at: '2025-03-16T09:00:00Z' });
    dismissed = step(dismissed, 'dismiss', { at: '2025-03-17T09:00:00Z' });
    expect(derivePublicStatus([removed, dismissed], withFeedback)).toEqual({
      status: 'completed',
      outcome: 'action_taken',
      updatedOn: '2025-03-17',
    });
  });

  it('starts a linked report at its own arrival, in the state of the case', () => {
    const current = confirmed();
    const linked = linkReport(current, {
      reportId: 'report-2',
      urls: ['https://example.com/gallery/1'],
      receivedAt: '2025-03-13T10:00:00Z',
      expectedVersion: current.version,
    });
    if (!linked.ok) throw new Error(linked.refusal.code);
    expect(derivePublicStatus([linked.case], { ...withFeedback, reportId: 'report-2' })).toEqual({
      status: 'in_review',
      updatedOn: '2025-03-13',
    });
  });

  it('follows a merged case to the case it was merged into', () => {
    const merged = step(newCase(), 'merge', {
      at: '2025-03-11T09:00:00Z',
      payload: { into: 'case-2' },
    });
    let target = step(newCase({ id: 'case-2', reportId: 'report-0' }), 'claim', {
      at: '2025-03-10T10:00:00Z',
    });
    target = step(target, 'confirm', { at: '2025-03-10T11:00:00Z' });
    expect(derivePublicStatus([merged, target], withFeedback)).toEqual({
      status: 'in_review',
      updatedOn: '2025-03-11',
    });
    target = step(target, 'verify_removed', { at: '2025-03-12T11:00:00Z' });
    expect(derivePublicStatus([merged, target], withFeedback)).toEqual({
      status: 'completed',
      outcome: 'action_taken',
      updatedOn: '2025-03-12',
    });
    expect(derivePublicStatus([merged], withFeedback).status).toBe('in_review');
  });

  it('throws for a report that no case links', () => {
    expect(() =>
      derivePublicStatus([newCase()], { reportId: 'report-7', outcomeFeedback: true }),
    ).toThrow(ReportalError);
  });
});
