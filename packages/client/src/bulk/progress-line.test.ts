import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress } from './progress-line.js';

const progress = {
  done: 50,
  total: 200,
  accepted: 49,
  failed: 1,
  elapsedMs: 10_000,
  perSecond: 5,
  etaMs: 30_000,
};

describe('formatProgress', () => {
  it('writes plain words when not on a terminal', () => {
    expect(formatProgress(progress, { bar: false })).toBe(
      '50/200 (25%), 49 accepted, 1 failed, 5.0/s, about 30s left',
    );
  });

  it('draws a bar with rate and ETA on a terminal', () => {
    expect(formatProgress(progress, { bar: true })).toBe(
      '[######------------------] 50/200  25%  5.0/s  ETA 30s  ok 49  failed 1',
    );
  });

  it('writes durations in seconds, minutes or hours', () => {
    expect(formatDuration(undefined)).toBe('--');
    expect(formatDuration(95_000)).toBe('1m35s');
    expect(formatDuration(3_720_000)).toBe('1h02m');
  });
});
