import { computeTakedownMetrics, computeTransparencyReport } from '@reportal/core';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../create-postgres-store.js';
import { createPgDriver } from '../driver/pg-driver.js';
import {
  dropTestSchema,
  probeTestDatabase,
  testDatabaseUrl,
  testSchemaName,
} from '../postgres-test-database.js';
import { newReport } from '../report-fixtures.js';
import { migrate } from './migrate.js';
import { migrateSchema } from './migrate-schema.js';
import { migrations } from './migrations.js';

await probeTestDatabase();

const actor = { id: 'analyst-1', role: 'analyst' as const };

describe('migration 8 on a store that has cases', () => {
  const schema = testSchemaName('facts');
  afterAll(() => dropTestSchema(schema));

  it('builds the facts of the cases stored before it, as the core computes them', async () => {
    const pool = new pg.Pool({ connectionString: testDatabaseUrl, max: 1 });
    try {
      await migrateSchema(
        createPgDriver(pool, { ownsPool: false }),
        schema,
        // Every migration but 8, so that the store of today can write the cases 8 finds.
        migrations.filter((migration) => migration.version !== 8),
      );
    } finally {
      await pool.end();
    }
    const store = await createPostgresStore({
      connectionString: testDatabaseUrl,
      schema,
      migrate: false,
    });
    try {
      const opened = await newReport();
      await store.submitReport(opened);
      await store.submitReport(await newReport());
      const caseId = opened.cases[0]!.newCaseId;
      const events = [
        ['claim', undefined],
        ['confirm', { classification: 'baseline', hostingCountry: 'NL', hostingProvider: 'Host' }],
        ['send_notice', { recipient: 'abuse@hosting.example', channel: 'email' }],
        ['send_notice', { recipient: 'abuse@hosting.example', channel: 'email' }],
        ['verify_removed', undefined],
      ] as const;
      let at = Date.parse('2025-03-10T10:00:00.000Z');
      for (const [index, [type, payload]] of events.entries()) {
        at += 5 * 3_600_000;
        const result = await store.appendEvent(caseId, {
          type,
          expectedVersion: index + 1,
          actor,
          at: new Date(at),
          ...(payload && { payload }),
        });
        expect(result.ok).toBe(true);
      }
      expect((await migrate({ connectionString: testDatabaseUrl, schema })).applied).toEqual([8]);

      const now = new Date('2025-06-01T00:00:00.000Z');
      const range = { from: new Date(0), to: now, now, deadlineHours: 72 };
      const cases = await store.listCasesForMetrics({ portal: 'bz' });
      expect(await store.takedownMetrics({ portal: 'bz', ...range })).toEqual(
        computeTakedownMetrics(cases, range),
      );
      expect(await store.transparencyReport({ portal: 'bz', year: 2025, now })).toEqual(
        computeTransparencyReport(cases, { portal: 'bz', year: 2025, now }),
      );
    } finally {
      await store.close();
    }
  });
});
