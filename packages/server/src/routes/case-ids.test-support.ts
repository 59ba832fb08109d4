// Test support (not exported): texts in the place of a case id in a path, none of them one, and
// a store that says which case ids it was asked about.
import { createMemoryStore } from '../store/memory-store.js';
import type { ReportStore } from '../store/report-store.js';

/** Ids in a path that are not case ids, as sent (percent-encoded where needed). */
export const notCaseIds: [string, string][] = [
  ['a NUL', '%00'],
  ['a NUL inside', '0190d5e2-7c1a-7b3e-8f00-%0012345678ab'],
  ['dot segments, escaped', '..%2F..%2Fetc'],
  ['10,000 characters', 'a'.repeat(10_000)],
  ['a word', 'not-a-uuid'],
  ['a UUID with more after it', '0190d5e2-7c1a-7b3e-8f00-123456789abc0'],
  ['a UUID without its hyphens', '0190d5e27c1a7b3e8f00123456789abc'],
  ['a UUID in braces', '%7B0190d5e2-7c1a-7b3e-8f00-123456789abc%7D'],
  ['a UUID with a space', '%200190d5e2-7c1a-7b3e-8f00-123456789abc'],
];

/** A memory store that records the case ids it was asked about. */
export function askedStore() {
  const store = createMemoryStore();
  const asked: string[] = [];
  const recording: ReportStore = {
    ...store,
    getCase(id) {
      asked.push(id);
      return store.getCase(id);
    },
    appendEvent(id, event) {
      asked.push(id);
      return store.appendEvent(id, event);
    },
  };
  return { store: recording, asked };
}
