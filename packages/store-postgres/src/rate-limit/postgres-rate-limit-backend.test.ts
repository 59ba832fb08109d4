import type { RateLimitTake, ReportStore } from '@reportal/store';
import { describeRateLimitBackendContract } from '@reportal/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteStore } from '../create-pglite-store.js';
import { createPostgresStore } from '../create-postgres-store.js';
import {
  dropTestSchema,
  onTestDatabase,
  probeTestDatabase,
  testDatabaseUrl,
  testSchemaName,
} from '../postgres-test-database.js';

await probeTestDatabase();

describe('rate limits shared through PostgreSQL', () => {
  const schema = testSchemaName('limits');
  const stores: ReportStore[] = [];
  const open = async () => {
    const store = await createPostgresStore({ connectionString: testDatabaseUrl, schema });
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    await open();
  });

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await dropTestSchema(schema);
  });

  describeRateLimitBackendContract('PostgreSQL (UNLOGGED tables)', {
    shared: true,
    async createBackend() {
      const backend = (await open()).rateLimitBackend;
      if (!backend) throw new Error('the PostgreSQL store offers no rate-limit backend');
      return backend;
    },
  });

  it('keeps its buckets in UNLOGGED tables', async () => {
    const rows = await onTestDatabase<{ relname: string; relpersistence: string }>(
      `SELECT c.relname, c.relpersistence FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relname LIKE 'rate_limit_%' AND c.relkind = 'r' ORDER BY 1`,
      [schema],
    );
    expect(rows).toEqual([
      { relname: 'rate_limit_buckets', relpersistence: 'u' },
      { relname: 'rate_limit_secrets', relpersistence: 'u' },
    ]);
  });

  it('holds one bucket to one budget across servers, keeps the keys it is given and nothing more, and leaves no bucket for a refusal', async () => {
    // Takes as the server's rate limiter makes them: its client keys are keyed hashes of the
    // address, made before any backend sees them (reliability/ checks that no address reaches
    // the database). The keys of this test start with a prefix of its own: the contract suite
    // above shares the tables.
    const time = 1_700_000_000_000;
    const prefix = `c1:${Math.random().toString(36).slice(2)}:`;
    const client = (name: string): RateLimitTake => ({
      key: `${prefix}${name}`,
      limit: { burst: 4, perMinute: 0.001 },
      cost: 1,
      period: 1,
      chargeWhenRefused: true,
    });
    const global = (name: string, burst: number): RateLimitTake => ({
      key: `${prefix}${name}`,
      limit: { burst, perMinute: 0.001 },
      cost: 1,
    });
    const keys = async () =>
      (
        await onTestDatabase<{ key: string }>(
          `SELECT key FROM "${schema}".rate_limit_buckets WHERE starts_with(key, $1) ORDER BY key`,
          [prefix],
        )
      ).map(({ key }) => key.slice(prefix.length));

    const backends = await Promise.all([1, 2, 3].map(async () => (await open()).rateLimitBackend!));
    const answers = [];
    for (let index = 0; index < 9; index++) {
      const takes = [client('one-client'), global('global', 1_000)];
      answers.push((await backends[index % 3]!.take(takes, time)).ok);
    }
    expect(answers.filter(Boolean)).toHaveLength(4);
    expect(await keys()).toEqual(['global', 'one-client']);

    // A global budget of one: the first request takes it, the next twenty are refused and
    // leave no client bucket behind.
    const tight = backends[0]!;
    expect((await tight.take([client('first'), global('tight', 1)], time)).ok).toBe(true);
    const afterFirst = await keys();
    expect(afterFirst).toEqual(['first', 'global', 'one-client', 'tight']);
    for (let index = 0; index < 20; index++) {
      expect((await tight.take([client(`other-${index}`), global('tight', 1)], time)).ok).toBe(
        false,
      );
    }
    expect(await keys()).toEqual(afterFirst);
  });
});

describe('the embedded store', () => {
  it('offers no shared backend (one process: the limits stay in memory)', async () => {
    const store = await createPgliteStore();
    try {
      expect(store.rateLimitBackend).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
