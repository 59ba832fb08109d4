import type { BucketLimit } from '@reportal/store';

/**
 * Token-bucket arithmetic shared by the backends: the tokens a bucket holds at `time`.
 * A bucket not seen before holds its whole burst.
 */
export function tokensAt(
  bucket: { tokens: number; updatedAt: number } | undefined,
  limit: BucketLimit,
  time: number,
): number {
  if (!bucket) return limit.burst;
  const refill = (Math.max(0, time - bucket.updatedAt) * limit.perMinute) / 60_000;
  return Math.min(limit.burst, bucket.tokens + refill);
}

/** Seconds until a bucket holding `tokens` holds one. */
export function retryAfterSeconds(tokens: number, limit: BucketLimit): number {
  const perMillisecond = limit.perMinute / 60_000;
  return Math.max(1, Math.ceil((1 - tokens) / perMillisecond / 1000));
}
