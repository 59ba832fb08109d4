import type { ReportStore } from '@reportal/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../create-postgres-store.js';
import { PostgresStoreError } from '../errors/postgres-store-error.js';
import {
  dropTestSchema,
  onTestDatabase,
  probeTestDatabase,
  testDatabaseUrl,
  testSchemaName,
} from '../postgres-test-database.js';
import { newReport, randomHex, receivedAt } from '../report-fixtures.js';

await probeTestDatabase();

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (PostgresStoreError.isInstance(error) ? error.code : String(error)),
  );

describe('the PostgreSQL store beyond the contract', () => {
  const schema = testSchemaName('store');
  let store: ReportStore;

  beforeAll(async () => {
    store = await createPostgresStore({ connectionString: testDatabaseUrl, schema });
  });

  afterAll(async () => {
    await store.close();
    await dropTestSchema(schema);
  });

  it('stores no time but the coarsened receivedAt, event times and expiry times', async () => {
    const report = await newReport({
      idempotency: {
        scope: 'public',
        keyHash: randomHex(32),
        fingerprint: randomHex(32),
        sealedResponse: 'sealed',
        expiresAt: '2025-03-11T09:00:00.000Z',
      },
    });
    report.report.contact = { consent: true, email: 'reporter@example.org' };
    const outcome = await store.submitReport(report);
    const [caseId] = outcome.kind === 'stored' ? outcome.caseIds : [];
    await store.appendEvent(caseId!, {
      type: 'claim',
      actor: { id: 'analyst-1', role: 'analyst' },
      at: '2025-03-10T11:00:00.000Z',
      expectedVersion: 1,
    });
    const columns = await onTestDatabase<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = $1 AND table_name <> 'schema_migrations'
        AND data_type IN ('timestamp with time zone', 'timestamp without time zone', 'date',
          'time with time zone', 'time without time zone')`,
      [schema],
    );
    expect(columns.length).toBeGreaterThan(0);
    const times = new Set<string>();
    for (const { table_name, column_name } of columns) {
      const rows = await onTestDatabase<{ value: Date | null }>(
        `SELECT DISTINCT "${column_name}" AS value FROM "${schema}"."${table_name}"`,
      );
      for (const row of rows) if (row.value) times.add(new Date(row.value).toISOString());
    }
    expect([...times].sort()).toEqual(
      [receivedAt, '2025-03-10T11:00:00.000Z', '2025-03-11T09:00:00.000Z'].sort(),
    );
  });

  it('refuses what breaks an invariant with a PostgresStoreError', async () => {
    const first = await newReport();
    await store.submitReport(first);
    const again = await newReport();
    again.report = { ...again.report, reportId: first.report.reportId };
    expect(await codeOf(store.submitReport(again))).toBe('write_refused');
    const sameKeyTwice = await newReport();
    sameKeyTwice.cases.push({ ...sameKeyTwice.cases[0]!, newCaseId: 'another-id' });
    expect(await codeOf(store.submitReport(sameKeyTwice))).toBe('invalid_argument');
    const token = {
      id: `token-${randomHex(4)}`,
      tokenHash: randomHex(32),
      role: 'auditor' as const,
      label: 'Auditor',
      createdAt: receivedAt,
      revokedAt: null,
    };
    await store.createToken(token);
    expect(await codeOf(store.createToken(token))).toBe('write_refused');
    expect(await codeOf(store.listCases({ limit: 0 }))).toBe('invalid_argument');
    expect(await codeOf(store.listCases({ limit: 101 }))).toBe('invalid_argument');
    expect(await codeOf(store.listCases({ limit: 10, cursor: 'not-a-cursor' }))).toBe(
      'invalid_argument',
    );
  });

  it('refuses new operations once closed', async () => {
    const closing = await createPostgresStore({ connectionString: testDatabaseUrl, schema });
    await closing.close();
    await closing.close();
    expect(await codeOf(closing.ping())).toBe('store_closed');
  });

  it('writes counts and the day, never data, to the purge log', async () => {
    await store.purge({
      now: new Date('2026-06-01T13:45:12.345Z'),
      policies: [{ portal: 'bz', contactDetailsDays: 30, reportsDays: 365 }],
    });
    const rows = await onTestDatabase<Record<string, unknown>>(
      `SELECT to_char(purged_on, 'YYYY-MM-DD') AS purged_on, portals, contact_details_removed,
        cases_deleted, reports_deleted, idempotency_keys_removed
      FROM "${schema}".purge_log ORDER BY id DESC LIMIT 1`,
    );
    expect(rows).toEqual([
      {
        purged_on: '2026-06-01',
        portals: 'bz',
        contact_details_removed: 1,
        cases_deleted: 0,
        reports_deleted: 0,
        idempotency_keys_removed: 1,
      },
    ]);
  });
});
