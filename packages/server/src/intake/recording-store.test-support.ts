// Test support (not exported): a memory store that records every report handed to it, for the
// tests that a refused report reaches no store.
import { createMemoryStore } from '../store/memory-store.js';
import type { ReportStore } from '../store/report-store.js';

/** The memory store, with every `submitReport` input in `submitted`. */
export function recordingStore(): { store: ReportStore; submitted: unknown[] } {
  const store = createMemoryStore();
  const submitted: unknown[] = [];
  return {
    store: {
      ...store,
      submitReport(input) {
        submitted.push(input);
        return store.submitReport(input);
      },
    },
    submitted,
  };
}
