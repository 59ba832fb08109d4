import { describeStoreContract } from '@reportal/store/testing';
import { createPgliteStore } from './create-pglite-store.js';

describeStoreContract('PGlite (in memory)', {
  createStore: () => createPgliteStore({ schema: 'contract' }),
});
