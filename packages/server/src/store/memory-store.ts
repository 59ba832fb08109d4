// The memory store lives in @reportal/store; the server's modules and tests import it through here.
export { createMemoryStore } from '@reportal/store';
