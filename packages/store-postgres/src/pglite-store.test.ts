import { describeStoreContract } from '@reportal/server/testing';
import { createPgliteStore } from './create-pglite-store.js';

describeStoreContract('PGlite (in memory)', {
  createStore: () => createPgliteStore({ schema: 'contract' }),
});
