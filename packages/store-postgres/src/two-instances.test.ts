import type { ReportStore } from '@reportal/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from './create-postgres-store.js';
import {
  dropTestSchema,
  probeTestDatabase,
  testDatabaseUrl,
  testSchemaName,
} from './postgres-test-database.js';
import { newReport, receivedAt } from './report-fixtures.js';

const reachable = await probeTestDatabase();

// Two stores on two pools sharing one schema: what two server processes behind a load balancer do.
describe.runIf(reachable)('two store instances on one PostgreSQL', () => {
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
});
