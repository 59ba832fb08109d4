import type { ReportStore } from '@reportal/store';
import { describeStoreContract } from '@reportal/store/testing';
import { describe } from 'vitest';
import { createPostgresStore } from './create-postgres-store.js';
import {
  dropTestSchema,
  probeTestDatabase,
  testDatabaseUrl,
  testSchemaName,
} from './postgres-test-database.js';

await probeTestDatabase();
const schemas = new WeakMap<ReportStore, string>();

describe('PostgreSQL at 127.0.0.1:5432', () => {
  describeStoreContract('PostgreSQL (pg Pool)', {
    async createStore() {
      const schema = testSchemaName('contract');
      const store = await createPostgresStore({ connectionString: testDatabaseUrl, schema });
      schemas.set(store, schema);
      return store;
    },
    async destroyStore(store) {
      await store.close();
      const schema = schemas.get(store);
      if (schema) await dropTestSchema(schema);
    },
  });
});
