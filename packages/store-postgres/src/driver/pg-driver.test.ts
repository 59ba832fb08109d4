import { StoreError } from '@reportal/store';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPostgresStore } from '../create-postgres-store.js';
import { PostgresStoreError } from '../errors/postgres-store-error.js';
import { isUnavailable } from './pg-driver.js';

describe('a database that cannot be reached', () => {
  // Port 1 on the loopback: nothing listens there, so every connection is refused at once.
  const nowhere = 'postgres://postgres@127.0.0.1:1/test';

  it('is a PostgresStoreError (a StoreError) of code unavailable, with the cause kept', async () => {
    const store = await createPostgresStore({ connectionString: nowhere, migrate: false });
    try {
      const failure = await store.ping().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(PostgresStoreError.isInstance(failure)).toBe(true);
      expect(StoreError.isInstance(failure)).toBe(true);
      expect((failure as StoreError).code).toBe('unavailable');
      expect(((failure as StoreError).cause as { code?: string }).code).toBe('ECONNREFUSED');
    } finally {
      await store.close();
    }
  });

  it('stops the start with the same error when migrations cannot run', async () => {
    await expect(createPostgresStore({ connectionString: nowhere })).rejects.toSatisfy(
      (error: unknown) => StoreError.isInstance(error) && error.code === 'unavailable',
    );
  });
});

describe('isUnavailable', () => {
  it('knows connection exceptions, shutdowns and a full server, and refuses every other SQLSTATE', () => {
    for (const code of ['08000', '08003', '08006', '57P01', '57P02', '57P03', '53300']) {
      expect(isUnavailable({ code })).toBe(true);
    }
    for (const code of ['23505', '40001', '42P01', '22P02', '57014']) {
      expect(isUnavailable({ code })).toBe(false);
    }
    expect(isUnavailable({ code: 'ECONNRESET' })).toBe(true);
    expect(isUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isUnavailable(new Error('duplicate key value'))).toBe(false);
  });

  it('answers false for anything that is not a failure to reach the database', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const looksLikeOne =
          typeof value === 'object' && value !== null && ('code' in value || 'message' in value);
        fc.pre(!looksLikeOne);
        expect(isUnavailable(value)).toBe(false);
      }),
    );
  });
});
