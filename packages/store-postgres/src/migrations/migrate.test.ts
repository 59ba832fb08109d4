import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteStore } from '../create-pglite-store.js';
import { createPostgresStore } from '../create-postgres-store.js';
import { PostgresStoreError } from '../errors/postgres-store-error.js';
import {
  dropTestSchema,
  onTestDatabase,
  probeTestDatabase,
  testDatabaseUrl,
  testSchemaName,
} from '../postgres-test-database.js';
import { newReport } from '../report-fixtures.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations.js';

await probeTestDatabase();
const latest = migrations.at(-1)!.version;

describe('migrate on PostgreSQL', () => {
  const schemas: string[] = [];
  const newSchema = () => {
    const schema = testSchemaName('migrate');
    schemas.push(schema);
    return schema;
  };

  afterAll(async () => {
    await Promise.all(schemas.map(dropTestSchema));
  });

  it('applies each migration once when several processes migrate at the same time', async () => {
    const schema = newSchema();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => migrate({ connectionString: testDatabaseUrl, schema })),
    );
    expect(results.map((result) => result.version)).toEqual([latest, latest, latest, latest]);
    expect(results.flatMap((result) => result.applied)).toEqual(migrations.map((m) => m.version));
    const rows = await onTestDatabase<{ version: number }>(
      `SELECT version FROM "${schema}".schema_migrations ORDER BY version`,
    );
    expect(rows.map((row) => row.version)).toEqual(migrations.map((m) => m.version));
    expect(await migrate({ connectionString: testDatabaseUrl, schema })).toEqual({
      schema,
      applied: [],
      version: latest,
    });
  });

  it('starts stores on one new schema at the same time', async () => {
    const schema = newSchema();
    const stores = await Promise.all(
      [0, 1, 2].map(() => createPostgresStore({ connectionString: testDatabaseUrl, schema })),
    );
    await Promise.all(stores.map((store) => store.ping()));
    await Promise.all(stores.map((store) => store.close()));
  });

  it('refuses a schema newer than the package', async () => {
    const schema = newSchema();
    await migrate({ connectionString: testDatabaseUrl, schema });
    await onTestDatabase(
      `INSERT INTO "${schema}".schema_migrations (version, name) VALUES ($1, 'from the future')`,
      [latest + 1],
    );
    const error = await migrate({ connectionString: testDatabaseUrl, schema }).catch(
      (caught: unknown) => caught,
    );
    expect(PostgresStoreError.isInstance(error) && error.code).toBe('schema_too_new');
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    const error = await migrate({
      connectionString: testDatabaseUrl,
      schema: 'x"; DROP TABLE y; --',
    }).catch((caught: unknown) => caught);
    expect(PostgresStoreError.isInstance(error) && error.code).toBe('invalid_argument');
  });
});

describe('PGlite in a folder', () => {
  it('keeps its data when the folder is opened again', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'reportal-pglite-'));
    try {
      const report = await newReport();
      const first = await createPgliteStore({ dataDir });
      expect((await first.submitReport(report)).kind).toBe('stored');
      await first.close();

      expect(await migrate({ dataDir })).toMatchObject({ applied: [], version: latest });
      const reopened = await createPgliteStore({ dataDir });
      try {
        expect((await reopened.findReportByReceipt(report.receiptHash))?.report).toEqual(
          report.report,
        );
      } finally {
        await reopened.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
    // Three openings of a PGlite folder: about 5 s on a quiet machine, 50 s on a loaded one.
  }, 180_000);
});
