import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../create-postgres-store.js';
import { createPgDriver } from '../driver/pg-driver.js';
import { migrate } from '../migrations/migrate.js';
import { migrateSchema } from '../migrations/migrate-schema.js';
import { migrations } from '../migrations/migrations.js';
import {
  dropTestSchema,
  onTestDatabase,
  probeTestDatabase,
  testDatabaseUrl,
  testSchemaName,
} from '../postgres-test-database.js';
import { newReport, randomHex } from '../report-fixtures.js';
import { toBatchItem } from './postgres-report-store.js';

await probeTestDatabase();

/** A schema migrated up to `version`, with a few thousand idempotency keys and fresh statistics. */
async function schemaAt(version: number, schemas: string[]): Promise<string> {
  const schema = testSchemaName('submit');
  schemas.push(schema);
  const pool = new pg.Pool({ connectionString: testDatabaseUrl, max: 1 });
  try {
    await migrateSchema(
      createPgDriver(pool, { ownsPool: false }),
      schema,
      migrations.filter((migration) => migration.version <= version),
    );
  } finally {
    await pool.end();
  }
  await onTestDatabase(
    `INSERT INTO "${schema}".idempotency_keys
      SELECT 'public', md5(n::text), md5(n::text), 'sealed', now() + interval '1 day'
      FROM generate_series(1, 3000) AS n`,
  );
  await onTestDatabase(`ANALYZE "${schema}".idempotency_keys`);
  return schema;
}

/** How submit_reports read idempotency_keys for one batch, counted within its transaction. */
async function idempotencyScans(schema: string): Promise<{ seq: number; index: number }> {
  const items = await Promise.all(
    [0, 1, 2].map(async () =>
      toBatchItem(
        await newReport({
          idempotency: {
            scope: 'public',
            keyHash: randomHex(32),
            fingerprint: randomHex(32),
            sealedResponse: 'sealed',
            expiresAt: '2099-01-01T00:00:00.000Z',
          },
        }),
      ),
    ),
  );
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const stored = await client.query(`SELECT * FROM "${schema}".submit_reports($1::jsonb)`, [
      JSON.stringify(items),
    ]);
    expect(stored.rows.map((row) => row.r_kind)).toEqual(['stored', 'stored', 'stored']);
    const { rows } = await client.query<{ seq: string; index: string }>(
      `SELECT seq_scan AS seq, idx_scan AS index FROM pg_stat_xact_user_tables
      WHERE relid = to_regclass($1)`,
      [`"${schema}".idempotency_keys`],
    );
    return { seq: Number(rows[0]!.seq), index: Number(rows[0]!.index) };
  } finally {
    await client.query('ROLLBACK');
    await client.end();
  }
}

describe('submit_reports on PostgreSQL', () => {
  const schemas: string[] = [];
  afterAll(async () => {
    await Promise.all(schemas.map(dropTestSchema));
  });

  it('finds idempotency keys through the primary key, never by reading the whole table', async () => {
    const current = await idempotencyScans(await schemaAt(migrations.at(-1)!.version, schemas));
    expect(current.seq).toBe(0);
    expect(current.index).toBeGreaterThanOrEqual(3);
    // Revision 1 of the function read the whole table for every batch: what migration 2 fixed.
    const first = await idempotencyScans(await schemaAt(1, schemas));
    expect(first.seq).toBeGreaterThan(0);
  });

  it('upgrades a schema at version 1, and its store keeps answering idempotent retries', async () => {
    const schema = await schemaAt(1, schemas);
    expect(await migrate({ connectionString: testDatabaseUrl, schema })).toEqual({
      schema,
      applied: migrations.filter((migration) => migration.version > 1).map((m) => m.version),
      version: migrations.at(-1)!.version,
    });
    expect((await idempotencyScans(schema)).seq).toBe(0);
    const store = await createPostgresStore({ connectionString: testDatabaseUrl, schema });
    try {
      const idempotency = {
        scope: 'public',
        keyHash: randomHex(32),
        fingerprint: randomHex(32),
        sealedResponse: 'first answer',
        expiresAt: '2099-01-01T00:00:00.000Z',
      };
      expect((await store.submitReport(await newReport({ idempotency }))).kind).toBe('stored');
      expect(await store.submitReport(await newReport({ idempotency }))).toEqual({
        kind: 'replayed',
        sealedResponse: 'first answer',
      });
      expect(
        (
          await store.submitReport(
            await newReport({ idempotency: { ...idempotency, fingerprint: randomHex(32) } }),
          )
        ).kind,
      ).toBe('idempotency_conflict');
    } finally {
      await store.close();
    }
  });
});
