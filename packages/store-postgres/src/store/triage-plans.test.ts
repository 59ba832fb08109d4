import type { CaseQuery, HostQuery, ReportStore } from '@reportal/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresDriver } from '../create-postgres-store.js';
import type { SqlDriver } from '../driver/sql-driver.js';
import { migrateSchema, quoteSchema } from '../migrations/migrate-schema.js';
import {
  dropTestSchema,
  probeTestDatabase,
  testDatabaseUrl,
  testSchemaName,
} from '../postgres-test-database.js';
import { newReport } from '../report-fixtures.js';
import { createDriverStore } from './postgres-report-store.js';

await probeTestDatabase();

const cases = 3000;
const hosts = 60;
const hourAt = (hour: number) =>
  new Date(Date.parse('2025-01-01T00:00:00.000Z') + hour * 3_600_000).toISOString();

/**
 * The plans of the analysts' reads on a few thousand cases: each names the index that keeps it
 * flat (a page reads its own rows, whatever the store's size), and none scans the cases table.
 */
describe('the triage queries’ plans', () => {
  const schema = testSchemaName('plans');
  let driver: SqlDriver;
  let store: ReportStore;
  let last: { text: string; params: readonly unknown[] } | undefined;

  beforeAll(async () => {
    driver = postgresDriver({ connectionString: testDatabaseUrl });
    await migrateSchema(driver, schema);
    // The store's driver, recording the last statement it ran.
    const recording: SqlDriver = {
      ...driver,
      query: (text, params) => {
        last = { text, params: params ?? [] };
        return driver.query(text, params);
      },
    };
    store = createDriverStore(recording, { schema });
    for (let start = 0; start < cases; start += 200) {
      await Promise.all(
        Array.from({ length: 200 }, async (_, offset) => {
          const n = start + offset;
          const report = await newReport({
            portal: 'bz',
            url: `https://www.host-${n % hosts}.test/${n}`,
          });
          report.report.receivedAt = hourAt(n);
          if (n % 7 === 0) report.report.source = 'partner:ngo-1';
          await store.submitReport(report);
        }),
      );
    }
    const page = await store.listCases({ portal: 'bz', host: 'host-1.test', limit: 50 });
    for (const found of page.items.slice(0, 20)) {
      for (const [type, payload] of [
        ['claim', undefined],
        ['confirm', { classification: 'baseline', hostingCountry: 'NL' }],
      ] as const) {
        const current = (await store.getCase(found.id))!.case;
        await store.appendEvent(found.id, {
          type,
          expectedVersion: current.version,
          actor: { id: 'analyst-1', role: 'analyst' },
          at: hourAt(cases + 1),
          ...(payload && { payload }),
        });
      }
    }
    // As in a real store, most cases are closed: here the oldest two thirds are dismissed.
    const oldest: string[] = [];
    for (let cursor: string | undefined; oldest.length < (cases * 2) / 3; ) {
      const page = await store.listCases({
        portal: 'bz',
        sort: 'oldest',
        limit: 100,
        ...(cursor && { cursor }),
      });
      oldest.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    }
    const actor = { id: 'analyst-1', role: 'analyst' } as const;
    for (let start = 0; start < oldest.length; start += 500) {
      const caseIds = oldest.slice(start, start + 500);
      const at = hourAt(cases + 2);
      await store.applyBulkEvent({ portal: 'bz', caseIds, event: { type: 'claim', actor, at } });
      await store.applyBulkEvent({
        portal: 'bz',
        caseIds,
        event: { type: 'dismiss', actor, at, payload: { reason: 'not_found' } },
      });
    }
    await driver.query(`ANALYZE ${quoteSchema(schema)}.cases`);
    await driver.query(`ANALYZE ${quoteSchema(schema)}.host_cases`);
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    await dropTestSchema(schema);
  });

  /** The indexes the plan of the store's statement for `read` uses, and its scans of cases. */
  const planOf = async (read: () => Promise<unknown>) => {
    await read();
    const statement = last!;
    const { rows } = await driver.query<Record<string, unknown>>(
      `EXPLAIN (FORMAT JSON) ${statement.text}`,
      statement.params,
    );
    const value = Object.values(rows[0]!)[0];
    const plan = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
    const indexes: string[] = [];
    const sequential: string[] = [];
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      if (Array.isArray(node)) {
        for (const item of node) walk(item);
        return;
      }
      const record = node as Record<string, unknown>;
      if (typeof record['Index Name'] === 'string') indexes.push(record['Index Name']);
      if (record['Node Type'] === 'Seq Scan' && typeof record['Relation Name'] === 'string') {
        sequential.push(record['Relation Name']);
      }
      for (const item of Object.values(record)) walk(item);
    };
    walk(plan);
    return { indexes, sequential };
  };
  const listPlan = (query: Omit<CaseQuery, 'limit'>) =>
    planOf(() => store.listCases({ limit: 50, ...query }));

  it('reads a host’s cases, newest or oldest first, through cases_portal_host', async () => {
    for (const sort of ['newest', 'oldest'] as const) {
      const plan = await listPlan({ portal: 'bz', host: 'host-7.test', sort });
      expect(plan.indexes).toContain('cases_portal_host');
      expect(plan.sequential).toEqual([]);
    }
  });

  it('reads a state oldest first through cases_portal_state', async () => {
    const plan = await listPlan({ portal: 'bz', states: ['confirmed'], sort: 'oldest' });
    expect(plan.indexes).toContain('cases_portal_state');
    expect(plan.sequential).toEqual([]);
  });

  it('reads by hosting country, classification and source through their indexes', async () => {
    expect((await listPlan({ portal: 'bz', hostingCountry: 'DE' })).indexes).toContain(
      'cases_portal_hosting_country',
    );
    expect((await listPlan({ portal: 'bz', classification: 'national' })).indexes).toContain(
      'cases_portal_classification',
    );
    const source = await listPlan({ portal: 'bz', source: 'partner:ngo-2' });
    expect(source.indexes).toContain('cases_portal_source');
    expect(source.sequential).toEqual([]);
  });

  it('reads a deep page and an age filter through cases_portal_newest', async () => {
    const plan = await listPlan({ portal: 'bz', createdBefore: new Date(hourAt(100)) });
    expect(plan.indexes).toContain('cases_portal_newest');
    expect(plan.sequential).toEqual([]);
  });

  it('reads the host view from the counts (host_cases_busiest) and each oldest case by index', async () => {
    const first = await store.listHosts({ portal: 'bz', limit: 20 });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.openCases).toBeGreaterThan(0);
    const hostQuery: HostQuery = { portal: 'bz', limit: 20, cursor: first.nextCursor! };
    const plan = await planOf(() => store.listHosts(hostQuery));
    expect(plan.indexes).toContain('host_cases_busiest');
    // The oldest open case of each host: by host, in creation order (all but a few are open here).
    expect(plan.indexes).toContain('cases_portal_host_open');
    expect(plan.sequential).toEqual([]);
  });
});
