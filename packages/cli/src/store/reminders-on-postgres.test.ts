// Repeated notices on one PostgreSQL database shared by several servers (each with a store and a
// pool of its own, as separate processes have): each reminder is recorded exactly once.
import { getPortal } from '@reportal/core';
import { catalogs } from '@reportal/core/locales';
import { createReportal, sendDueReminders } from '@reportal/server';
import type { ReportStore } from '@reportal/store';
import { createPostgresStore } from '@reportal/store-postgres';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

const databaseUrl =
  process.env.REPORTAL_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `reminders_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const portal = { ...getPortal('bz')!, reminders: { intervalHours: 24, limit: 3 } };
const analyst = { id: 'analyst-1', role: 'analyst' } as const;
const noticeAt = new Date('2026-03-02T08:00:00.000Z');
const hour = 3_600_000;
const stores: ReportStore[] = [];

const openStore = async () => {
  const store = await createPostgresStore({ connectionString: databaseUrl, schema });
  stores.push(store);
  return store;
};

afterAll(async () => {
  await Promise.all(stores.map((store) => store.close().catch(() => {})));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

describe('reminders on a PostgreSQL store shared by several servers', () => {
  it('are recorded once per case however many servers run a pass at once, and once after a restart', async () => {
    const first = await openStore();
    const intake = createReportal({
      portal,
      store: { ...first, close: async () => {} },
      catalogs: Object.values(catalogs),
      rateLimit: false,
      retention: false,
      reminders: false,
    });
    const count = 12;
    for (let n = 0; n < count; n++) {
      const answer = await intake.fetch(
        new Request('http://portal.test/v1/reports', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            schemaVersion: 1,
            portal: 'bz',
            locale: 'en',
            urls: [`https://host-${n % 3}.example.com/reported/${n}`],
            goodFaith: true,
          }),
        }),
      );
      expect(answer.status).toBe(201);
    }
    const { items } = await first.listCases({ portal: 'bz', limit: 100 });
    expect(items).toHaveLength(count);
    for (const opened of items) {
      let version = opened.version;
      for (const [type, payload] of [
        ['claim', undefined],
        ['confirm', { classification: 'baseline', hostingCountry: 'NL' }],
        ['send_notice', { recipient: 'abuse@hosting.example', channel: 'email' }],
      ] as const) {
        const result = await first.appendEvent(opened.id, {
          type,
          expectedVersion: version,
          actor: analyst,
          at: noticeAt,
          ...(payload && { payload }),
        });
        expect(result.ok).toBe(true);
        if (result.ok) version = result.case.version;
      }
    }
    const servers = [first, await openStore(), await openStore()];
    const due = new Date(noticeAt.getTime() + 25 * hour);
    const passes = await Promise.all(
      servers.flatMap((store) => [
        sendDueReminders({ store, portal, now: due }),
        sendDueReminders({ store, portal, now: due }),
      ]),
    );
    expect(passes.reduce((total, pass) => total + pass.sent, 0)).toBe(count);
    const reminded = await first.listCases({ portal: 'bz', limit: 100 });
    expect(reminded.items.map((item) => item.reminderCount)).toEqual(items.map(() => 1));

    // A server restarts (a new store and pool): nothing is due again until the interval ends.
    await servers[1]!.close();
    const restarted = await openStore();
    expect(await sendDueReminders({ store: restarted, portal, now: due })).toEqual({
      sent: 0,
      skipped: 0,
    });
    const next = new Date(due.getTime() + 24 * hour);
    const again = await Promise.all(
      [restarted, servers[2]!].map((store) => sendDueReminders({ store, portal, now: next })),
    );
    expect(again.reduce((total, pass) => total + pass.sent, 0)).toBe(count);
    const hosts = await restarted.listHosts({ portal: 'bz', limit: 10 });
    expect(hosts.items.map((host) => [host.host, host.states.notice_sent])).toEqual([
      ['example.com', count],
    ]);
  });
});
