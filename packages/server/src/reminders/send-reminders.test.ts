import type { Case } from '@reportal/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../store/memory-store.js';
import type { ReportStore } from '../store/report-store.js';
import { belize, postJson, testReportal, validReport } from '../test-reportal.js';
import { sendDueReminders } from './send-reminders.js';

const start = Date.parse('2026-03-02T08:00:00.000Z');
const hour = 3_600_000;
const portal = { ...belize, reminders: { intervalHours: 24, limit: 2 } };
const analyst = { id: 'analyst-1', role: 'analyst' } as const;

/** A store shared by the servers of a test: closing a server leaves it open (a restart). */
function sharedStore(): ReportStore {
  const store = createMemoryStore();
  return { ...store, close: async () => {} };
}

let reported = 0;

/** One report's case (a URL of its own), taken to `notice_sent` now. */
async function caseWithNotice(store: ReportStore): Promise<string> {
  const intake = testReportal({ portal, store, reminders: false, retention: false });
  const report = { ...validReport, urls: [`https://www.example.com/gallery/${reported++}`] };
  const answer = await intake.fetch(postJson('/v1/reports', report));
  expect(answer.status).toBe(201);
  await intake.close();
  const [opened] = (await store.listCases({ portal: 'bz', states: ['received'], limit: 1 })).items;
  let current = opened!;
  for (const [type, payload] of [
    ['claim', undefined],
    ['confirm', { classification: 'baseline', hostingCountry: 'NL' }],
    ['send_notice', { recipient: 'abuse@hosting.example', channel: 'email' }],
  ] as const) {
    const result = await store.appendEvent(current.id, {
      type,
      expectedVersion: current.version,
      actor: analyst,
      at: new Date(),
      ...(payload && { payload }),
    });
    if (!result.ok) throw new Error(result.refusal.code);
    current = result.case;
  }
  return current.id;
}

const caseOf = async (store: ReportStore, id: string): Promise<Case> =>
  (await store.getCase(id))!.case;

describe('repeated notices', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: start, toFake: ['setTimeout', 'setInterval', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resend the notice every interval to the same recipient, up to the limit, across a restart', async () => {
    const store = sharedStore();
    const id = await caseWithNotice(store);
    const server = testReportal({ portal, store, retention: false });

    await vi.advanceTimersByTimeAsync(23 * hour);
    expect((await caseOf(store, id)).reminderCount).toBe(0);
    await vi.advanceTimersByTimeAsync(hour + 15 * 60_000);
    const once = await caseOf(store, id);
    expect(once.reminderCount).toBe(1);
    expect(once.notices.at(-1)).toMatchObject({
      reminder: true,
      recipient: 'abuse@hosting.example',
      channel: 'email',
    });
    expect(once.history.at(-1)?.actor).toEqual({ id: 'reminders', role: 'analyst' });

    // A restart: the server stops for six hours; the next one knows only what the store holds.
    await server.close();
    await vi.advanceTimersByTimeAsync(6 * hour);
    const restarted = testReportal({ portal, store, retention: false });
    await vi.advanceTimersByTimeAsync(hour);
    expect((await caseOf(store, id)).reminderCount).toBe(1);
    await vi.advanceTimersByTimeAsync(18 * hour);
    expect((await caseOf(store, id)).reminderCount).toBe(2);
    // The limit of the round reached: no more, however long.
    await vi.advanceTimersByTimeAsync(5 * 24 * hour);
    expect((await caseOf(store, id)).reminderCount).toBe(2);
    await restarted.close();
  });

  it('send what fell due while no server ran as soon as one starts', async () => {
    const store = sharedStore();
    const id = await caseWithNotice(store);
    await vi.advanceTimersByTimeAsync(30 * hour);
    expect((await caseOf(store, id)).reminderCount).toBe(0);
    const server = testReportal({ portal, store, retention: false });
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await caseOf(store, id)).reminderCount).toBe(1);
    await server.close();
  });

  it('are recorded once when several servers share the store', async () => {
    const store = sharedStore();
    const ids = [await caseWithNotice(store), await caseWithNotice(store)];
    await vi.advanceTimersByTimeAsync(25 * hour);
    const passes = await Promise.all(
      [1, 2, 3].map(() => sendDueReminders({ store, portal, now: new Date() })),
    );
    expect(passes.reduce((total, pass) => total + pass.sent, 0)).toBe(ids.length);
    for (const id of ids) expect((await caseOf(store, id)).reminderCount).toBe(1);
  });

  it('stop with the case: none after removal, none when the portal’s limit is 0', async () => {
    const store = sharedStore();
    const id = await caseWithNotice(store);
    const current = await caseOf(store, id);
    await store.appendEvent(id, {
      type: 'verify_removed',
      expectedVersion: current.version,
      actor: analyst,
      at: new Date(),
    });
    const other = await caseWithNotice(store);
    await vi.advanceTimersByTimeAsync(48 * hour);
    const none = { ...portal, reminders: { intervalHours: 24, limit: 0 } };
    expect(await sendDueReminders({ store, portal: none, now: new Date() })).toEqual({
      sent: 0,
      skipped: 0,
    });
    expect(await sendDueReminders({ store, portal, now: new Date() })).toEqual({
      sent: 1,
      skipped: 0,
    });
    expect((await caseOf(store, id)).reminderCount).toBe(0);
    expect((await caseOf(store, other)).reminderCount).toBe(1);
  });
});
