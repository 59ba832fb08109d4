import { createRateLimiter, type ReportStore } from '@reportal/server';
import { describeRateLimitBackendContract } from '@reportal/server/testing';
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

  it('holds one client to one budget across servers, stores no address, and leaves no bucket for a refusal', async () => {
    const time = 1_700_000_000_000;
    const limiters = await Promise.all(
      [1, 2, 3].map(async () =>
        createRateLimiter(
          {
            perClient: { burst: 4, perMinute: 0.001 },
            global: { burst: 1_000, perMinute: 0.001 },
            backend: (await open()).rateLimitBackend!,
          },
          () => time,
        ),
      ),
    );
    const answers = [];
    for (let index = 0; index < 9; index++) {
      answers.push((await limiters[index % 3]!.check('2001:db8:77:1::5')).ok);
    }
    expect(answers.filter(Boolean)).toHaveLength(4);
    const keys = await onTestDatabase<{ key: string }>(
      `SELECT key FROM "${schema}".rate_limit_buckets`,
    );
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) expect(key).not.toMatch(/2001|db8|192\.0\.2/);

    // A global budget of one: the first request takes it, the next twenty are refused and
    // leave no client bucket behind.
    const tight = createRateLimiter(
      {
        perClient: { burst: 4, perMinute: 1 },
        global: { burst: 1, perMinute: 0.001 },
        backend: stores[0]!.rateLimitBackend!,
      },
      () => time,
    );
    const count = async () =>
      (await onTestDatabase(`SELECT key FROM "${schema}".rate_limit_buckets`)).length;
    expect((await tight.check('192.0.2.200')).ok).toBe(true);
    const afterFirst = await count();
    expect(afterFirst).toBe(keys.length + 1);
    for (let index = 0; index < 20; index++) {
      expect((await tight.check(`192.0.2.${index}`)).ok).toBe(false);
    }
    expect(await count()).toBe(afterFirst);
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
