import { takedownEvents } from '@reportal/core';
import { describe, expect, it } from 'vitest';
import { caseFactStates } from './migrations.js';

describe('case facts (migration 8)', () => {
  it("folds each entry into the state the core's takedown machine says", () => {
    expect(caseFactStates).toEqual(
      Object.fromEntries(
        Object.entries(takedownEvents).map(([type, event]) => [
          type,
          event.to === 'unchanged' ? null : event.to,
        ]),
      ),
    );
  });
});
