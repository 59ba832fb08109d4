import { afterAll, describe, expect, it } from 'vitest';
import { postgresDriver } from '../create-postgres-store.js';
import {
  dropTestSchema,
  probeTestDatabase,
  testDatabaseUrl,
  testSchemaName,
} from '../postgres-test-database.js';
import { newReport } from '../report-fixtures.js';
import { createDriverStore } from '../store/postgres-report-store.js';
import { migrateSchema } from './migrate-schema.js';
import { migrations } from './migrations.js';

await probeTestDatabase();

describe('migration 9 on a store that holds cases', () => {
  const schema = testSchemaName('backfill');
  const driver = postgresDriver({ connectionString: testDatabaseUrl });

  afterAll(async () => {
    await driver.close();
    await dropTestSchema(schema);
  });

  it('gives the cases stored before it their host, source and open counts per host', async () => {
    // A store at the schema before migration 9, with cases in it.
    await migrateSchema(
      driver,
      schema,
      migrations.filter((migration) => migration.version < 9),
    );
    const before = createDriverStore(driver, { schema });
    const urls = [
      'https://www.example.co.uk/a',
      'https://img.example.co.uk/b',
      'https://example.com.test/c',
    ];
    for (const [index, url] of urls.entries()) {
      const report = await newReport({ portal: 'bz', url });
      if (index === 2) report.report.source = 'partner:ngo-1';
      await before.submitReport(report);
    }

    const { applied } = await migrateSchema(driver, schema);
    expect(applied).toContain(9);
    const after = createDriverStore(driver, { schema });
    const hosts = await after.listHosts({ portal: 'bz', limit: 10 });
    expect(hosts.items.map((host) => [host.host, host.openCases, host.states.received])).toEqual([
      ['example.co.uk', 2, 2],
      ['com.test', 1, 1],
    ]);
    const ofHost = await after.listCases({ portal: 'bz', host: 'example.co.uk', limit: 10 });
    expect(ofHost.items).toHaveLength(2);
    const partner = await after.listCases({ portal: 'bz', source: 'partner:ngo-1', limit: 10 });
    expect(partner.items.map((item) => item.urls[0])).toEqual([urls[2]]);
    // And the counts follow the changes made after it.
    const [first] = ofHost.items;
    await after.appendEvent(first!.id, {
      type: 'claim',
      expectedVersion: first!.version,
      actor: { id: 'analyst-1', role: 'analyst' },
      at: new Date('2025-03-11T00:00:00.000Z'),
    });
    const changed = await after.listHosts({ portal: 'bz', limit: 1 });
    expect(changed.items[0]!.states).toMatchObject({ received: 1, assessing: 1 });
  });
});
