import type { ReportStore } from '@reportal/store';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from './create-postgres-store.js';
import {
  dropTestSchema,
  onTestDatabase,
  probeTestDatabase,
  testDatabaseUrl,
  testSchemaName,
} from './postgres-test-database.js';
import { newReport, receivedAt } from './report-fixtures.js';

await probeTestDatabase();

// Two stores on two pools sharing one schema: what two server processes behind a load balancer do.
describe('two store instances on one PostgreSQL', () => {
  const schema = testSchemaName('two_instances');
  const pools: pg.Pool[] = [];
  let stores: ReportStore[] = [];

  beforeAll(async () => {
    stores = await Promise.all(
      [0, 1].map(async () => {
        const pool = new pg.Pool({ connectionString: testDatabaseUrl, max: 8 });
        pools.push(pool);
        return createPostgresStore({ pool, schema });
      }),
    );
  });

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await Promise.all(pools.map((pool) => pool.end()));
    await dropTestSchema(schema);
  });

  it('ends concurrent duplicate reports of one URL in exactly one case', async () => {
    for (let round = 0; round < 5; round++) {
      const url = `https://example.com/duplicate/${round}`;
      const reports = await Promise.all(Array.from({ length: 16 }, () => newReport({ url })));
      const outcomes = await Promise.all(
        reports.map((report, index) => stores[index % 2]!.submitReport(report)),
      );
      const caseIds = new Set(
        outcomes.flatMap((outcome) => (outcome.kind === 'stored' ? outcome.caseIds : [])),
      );
      expect(caseIds.size).toBe(1);
      const [caseId] = [...caseIds];
      const found = await stores[0]!.getCase(caseId!);
      expect(found?.case.version).toBe(16);
      expect(found?.reports).toHaveLength(16);
    }
  });

  it('ends concurrent events on one case in one accepted and one stale_version', async () => {
    const [caseId] = await stores[0]!
      .submitReport(await newReport())
      .then((outcome) => (outcome.kind === 'stored' ? outcome.caseIds : []));
    let at = Date.parse(receivedAt);
    for (let round = 0; round < 10; round++) {
      const current = (await stores[1]!.getCase(caseId!))!.case;
      const type = current.state === 'received' ? 'claim' : 'release';
      at += 3_600_000;
      const results = await Promise.all(
        stores.map((store, index) =>
          store.appendEvent(caseId!, {
            type,
            actor: { id: `analyst-${index}`, role: 'analyst' },
            at: new Date(at),
            expectedVersion: current.version,
          }),
        ),
      );
      const codes = results.map((result) => (result.ok ? 'ok' : result.refusal.code)).sort();
      expect(codes).toEqual(['ok', 'stale_version']);
    }
    expect((await stores[0]!.getCase(caseId!))?.case.version).toBe(11);
  });

  it('shares idempotency keys between instances', async () => {
    const idempotency = {
      scope: 'public',
      keyHash: 'a'.repeat(64),
      fingerprint: 'b'.repeat(64),
      sealedResponse: 'sealed',
      expiresAt: '2999-01-01T00:00:00.000Z',
    };
    const attempts = await Promise.all(
      Array.from({ length: 8 }, () =>
        newReport({ url: 'https://example.com/retried', idempotency }),
      ),
    );
    const outcomes = await Promise.all(
      attempts.map((attempt, index) => stores[index % 2]!.submitReport(attempt)),
    );
    expect(outcomes.filter((outcome) => outcome.kind === 'stored')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.kind === 'replayed')).toHaveLength(7);
  });

  it('keeps its invariants under reports, dismissals and reopenings from both instances', async () => {
    const urls = Array.from({ length: 6 }, (_, n) => `https://example.com/churn/${n}`);
    const portal = 'churn';
    const end = Date.now() + 2_000;
    let at = Date.parse(receivedAt);
    const reporter = async (n: number) => {
      while (Date.now() < end) {
        const url = urls[Math.floor(Math.random() * urls.length)]!;
        const outcome = await stores[n % 2]!.submitReport(await newReport({ portal, url }));
        expect(outcome.kind).toBe('stored');
      }
    };
    const analyst = async (n: number) => {
      const store = stores[n % 2]!;
      while (Date.now() < end) {
        const { items } = await store.listCases({ portal, limit: 50 });
        const target = items[Math.floor(Math.random() * items.length)];
        const next = target && churn[target.state];
        if (!target || !next) continue;
        at += 60_000;
        const result = await store.appendEvent(target.id, {
          ...next,
          actor: { id: `analyst-${n}`, role: 'supervisor' },
          at: new Date(at),
          expectedVersion: target.version,
        });
        if (!result.ok) expect(result.refusal.code).toBe('stale_version');
      }
    };
    await Promise.all([
      ...Array.from({ length: 16 }, (_, n) => reporter(n)),
      ...Array.from({ length: 4 }, (_, n) => analyst(n)),
    ]);

    const count = async (sql: string) =>
      Number((await onTestDatabase<{ count: string }>(sql))[0]!.count);
    const s = `"${schema}"`;
    // One case per key takes new reports, and it is open; a key with an open case has one.
    expect(
      await count(`SELECT count(*) FROM (SELECT 1 FROM ${s}.cases WHERE link_target
        GROUP BY portal, url_key HAVING count(*) > 1) AS twice`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) FROM (SELECT 1 FROM ${s}.cases GROUP BY portal, url_key
        HAVING bool_or(open) AND NOT bool_or(link_target)) AS orphaned`),
    ).toBe(0);
    // Every case has its whole history; every report has its cases.
    expect(
      await count(`SELECT count(*) FROM ${s}.cases AS c WHERE c.version <> (SELECT count(*)
        FROM ${s}.case_history AS h WHERE h.case_id = c.id AND h.version <= c.version)`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) FROM ${s}.reports AS r WHERE NOT EXISTS
        (SELECT 1 FROM ${s}.report_cases AS rc WHERE rc.report_id = r.report_id)`),
    ).toBe(0);
    // The projection agrees with the replayed histories.
    const { items } = await stores[0]!.listCases({ portal, limit: 100 });
    const rows = await onTestDatabase<{ id: string; state: string; version: number }>(
      `SELECT id, state, version FROM ${s}.cases WHERE portal = $1`,
      [portal],
    );
    expect(items.map(({ id, state, version }) => ({ id, state, version })).sort(byId)).toEqual(
      rows.sort(byId),
    );
  });
});

const churn: Record<string, { type: 'claim' | 'dismiss' | 'reopen'; payload?: unknown }> = {
  received: { type: 'claim' },
  assessing: { type: 'dismiss', payload: { reason: 'not_illegal' } },
  dismissed: { type: 'reopen' },
};

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
