import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

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
    expect(limiter.checkPartner('token-a')).toEqual({ ok: true });
    expect(limiter.checkPartner('token-a')).toEqual({ ok: true });
    expect(limiter.checkPartner('token-a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.checkPartner('token-b')).toEqual({ ok: true });
  });
});
