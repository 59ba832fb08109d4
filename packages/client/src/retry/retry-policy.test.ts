import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelay, retryPolicy } from './retry-policy.js';

describe('retryDelay', () => {
  const policy = retryPolicy({ baseDelayMs: 100, maxDelayMs: 1_000 });

  it('doubles with each retry, half of it random, up to the maximum', () => {
    expect(retryDelay(policy, 1, undefined, () => 0)).toBe(50);
    expect(retryDelay(policy, 1, undefined, () => 1)).toBe(100);
    expect(retryDelay(policy, 3, undefined, () => 0.5)).toBe(300);
    expect(retryDelay(policy, 10, undefined, () => 1)).toBe(1_000);
  });

  it('waits at least what Retry-After asks', () => {
    expect(retryDelay(policy, 1, 5, () => 1)).toBe(5_000);
  });

  it('has defaults, and one attempt for retry: false', () => {
    expect(retryPolicy(undefined)).toEqual({
      maxAttempts: 5,
      budgetMs: 60_000,
      baseDelayMs: 300,
      maxDelayMs: 10_000,
    });
    expect(retryPolicy(false).maxAttempts).toBe(1);
    expect(retryPolicy({ maxAttempts: undefined, budgetMs: 5_000 })).toMatchObject({
      maxAttempts: 5,
      budgetMs: 5_000,
    });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
