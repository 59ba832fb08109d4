import { describe, expect, it } from 'vitest';
import { describeRateLimitBackendContract } from '../testing/rate-limit-backend-contract.js';
import { clientKeyOf } from './client-key.js';
import { createMemoryRateLimitBackend } from './memory-backend.js';
import { createRateLimiter } from './rate-limiter.js';

describeRateLimitBackendContract('memory', { createBackend: () => createMemoryRateLimitBackend() });

describe('createRateLimiter', () => {
  it('lets a burst through per client, then answers with a retry delay', async () => {
    let time = 0;
    const limiter = createRateLimiter(
      { perClient: { burst: 3, perMinute: 6 }, global: false },
      () => time,
    );
    const decisions = [];
    for (let index = 0; index < 4; index++) decisions.push(await limiter.check('203.0.113.5'));
    expect(decisions.slice(0, 3)).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(decisions[3]).toEqual({ ok: false, retryAfterSeconds: 10 });
    time += 10_000;
    expect(await limiter.check('203.0.113.5')).toEqual({ ok: true });
  });

  it('keeps clients apart, and holds everyone to the global ceiling', async () => {
    const time = 0;
    const limiter = createRateLimiter(
      { perClient: { burst: 1, perMinute: 1 }, global: { burst: 3, perMinute: 1 } },
      () => time,
    );
    expect(await limiter.check('203.0.113.1')).toEqual({ ok: true });
    expect((await limiter.check('203.0.113.1')).ok).toBe(false);
    expect(await limiter.check('203.0.113.2')).toEqual({ ok: true });
    expect(await limiter.check('203.0.113.3')).toEqual({ ok: true });
    expect((await limiter.check('203.0.113.4')).ok).toBe(false);
  });

  it('without per-client limits (an onion service), only the global ceiling applies', async () => {
    const limiter = createRateLimiter(
      { perClient: false, global: { burst: 2, perMinute: 1 } },
      () => 0,
    );
    expect(await limiter.check('127.0.0.1')).toEqual({ ok: true });
    expect(await limiter.check('127.0.0.1')).toEqual({ ok: true });
    expect((await limiter.check('127.0.0.1')).ok).toBe(false);
  });

  it('forgets every client when the secret rotates', async () => {
    let time = 0;
    const limiter = createRateLimiter(
      { perClient: { burst: 1, perMinute: 0.001 }, global: false, rotateMinutes: 60 },
      () => time,
    );
    expect(await limiter.check('203.0.113.5')).toEqual({ ok: true });
    expect((await limiter.check('203.0.113.5')).ok).toBe(false);
    time += 60 * 60_000;
    expect(await limiter.check('203.0.113.5')).toEqual({ ok: true });
  });

  it('gives each partner token a budget of its own, apart from the public limits', async () => {
    const limiter = createRateLimiter(
      {
        perClient: { burst: 1, perMinute: 1 },
        global: { burst: 1, perMinute: 1 },
        perPartner: { burst: 2, perMinute: 6 },
      },
      () => 0,
    );
    expect(await limiter.check('203.0.113.1')).toEqual({ ok: true });
    expect((await limiter.check('203.0.113.2')).ok).toBe(false);
    expect(await limiter.checkPartner('token-a')).toEqual({ ok: true });
    expect(await limiter.checkPartner('token-a')).toEqual({ ok: true });
    expect(await limiter.checkPartner('token-a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(await limiter.checkPartner('token-b')).toEqual({ ok: true });
  });

  it('keys IPv6 clients by their /64, IPv4 (mapped or not) by the address', async () => {
    expect(clientKeyOf('2001:db8:1:2:aaaa::1')).toBe(clientKeyOf('2001:db8:1:2:ffff:1:2:3'));
    expect(clientKeyOf('2001:db8:1:2::1')).not.toBe(clientKeyOf('2001:db8:1:3::1'));
    expect(clientKeyOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(clientKeyOf('192.0.2.7')).not.toBe(clientKeyOf('192.0.2.8'));
    const limiter = createRateLimiter(
      { perClient: { burst: 2, perMinute: 1 }, global: false },
      () => 0,
    );
    expect(await limiter.check('2001:db8:5:6::1')).toEqual({ ok: true });
    expect(await limiter.check('2001:db8:5:6::2')).toEqual({ ok: true });
    expect((await limiter.check('2001:db8:5:6:7:8:9:a')).ok).toBe(false);
    expect(await limiter.check('2001:db8:5:7::1')).toEqual({ ok: true });
  });

  it('creates no client bucket for a request the global limit refuses', async () => {
    const backend = createMemoryRateLimitBackend();
    const limiter = createRateLimiter(
      { perClient: { burst: 5, perMinute: 1 }, global: { burst: 1, perMinute: 0.001 }, backend },
      () => 0,
    );
    expect(await limiter.check('192.0.2.1')).toEqual({ ok: true });
    const before = backend.size;
    for (let index = 2; index < 50; index++) {
      expect((await limiter.check(`192.0.2.${index}`)).ok).toBe(false);
    }
    expect(backend.size).toBe(before);
  });

  it('gives a client back what an invalid request took, while the global limit counts it', async () => {
    const limiter = createRateLimiter(
      { perClient: { burst: 2, perMinute: 0.001 }, global: { burst: 8, perMinute: 0.001 } },
      () => 0,
    );
    // Three invalid forms: each taken, then given back.
    for (let index = 0; index < 3; index++) {
      expect(await limiter.check('198.51.100.4')).toEqual({ ok: true });
      await limiter.refundClient('198.51.100.4');
    }
    expect(await limiter.check('198.51.100.4')).toEqual({ ok: true });
    expect(await limiter.check('198.51.100.4')).toEqual({ ok: true });
    expect((await limiter.check('198.51.100.4')).ok).toBe(false);
    // A give-back never passes the burst.
    await limiter.refundClient('198.51.100.4');
    await limiter.refundClient('198.51.100.4');
    await limiter.refundClient('198.51.100.4');
    expect(await limiter.check('198.51.100.4')).toEqual({ ok: true });
    expect(await limiter.check('198.51.100.4')).toEqual({ ok: true });
    expect((await limiter.check('198.51.100.4')).ok).toBe(false);
    // The global budget of 8 counted all seven admitted requests (the refused ones took nothing).
    expect(await limiter.check('198.51.100.5')).toEqual({ ok: true });
    expect((await limiter.check('198.51.100.6')).ok).toBe(false);
  });

  it('limits failed authentications per client, and only failed ones', async () => {
    const limiter = createRateLimiter(
      { failedAuthentication: { burst: 3, perMinute: 0.001 }, global: false },
      () => 0,
    );
    for (let index = 0; index < 10; index++) {
      expect(await limiter.checkAuthentication('203.0.113.9')).toEqual({ ok: true });
    }
    for (let index = 0; index < 3; index++) await limiter.failedAuthentication('203.0.113.9');
    expect((await limiter.checkAuthentication('203.0.113.9')).ok).toBe(false);
    expect(await limiter.checkAuthentication('203.0.113.10')).toEqual({ ok: true });
  });

  it('keeps at most maxBuckets buckets, forgetting the least recently used', async () => {
    const backend = createMemoryRateLimitBackend({ maxBuckets: 1_000 });
    const limiter = createRateLimiter(
      { perClient: { burst: 1, perMinute: 0.001 }, global: false, backend },
      () => 0,
    );
    for (let index = 0; index < 5_000; index++) {
      const address = `2001:db8:${(index >> 16).toString(16)}:${(index & 0xffff).toString(16)}::1`;
      expect(await limiter.check(address)).toEqual({ ok: true });
    }
    expect(backend.size).toBe(1_000);
    // The most recent client is still held to its budget.
    expect((await limiter.check('2001:db8:0:1387::1')).ok).toBe(false);
  });
});
