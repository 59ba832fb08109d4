import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReportal } from '../reportal.js';
import { createMemoryStore } from '../store/memory-store.js';
import type { RetentionPolicy } from '../store/report-store.js';
import { schedulePurges } from './schedule-purges.js';

describe('schedulePurges', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('purges after the first delay, then every interval, and stops after a purge under way', async () => {
    vi.useFakeTimers();
    const started: number[] = [];
    let finish: (() => void) | undefined;
    const purges = schedulePurges({
      purge: () => {
        started.push(Date.now());
        return new Promise<void>((resolve) => {
          finish = resolve;
        });
      },
      everyHours: 24,
      firstDelayMs: 10_000,
    });
    const start = Date.now();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(started).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual([start + 10_000]);
    finish?.();
    await vi.advanceTimersByTimeAsync(86_400_000 - 10_000);
    expect(started).toEqual([start + 10_000, start + 86_400_000]);

    let stopped = false;
    const stopping = purges.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish?.();
    await stopping;
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    expect(started).toHaveLength(2);
  });
});

describe('createReportal purges as a library duty', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const spiedStore = () => {
    const store = createMemoryStore();
    const calls: (readonly RetentionPolicy[])[] = [];
    const purge = store.purge.bind(store);
    store.purge = async (options) => {
      calls.push(options.policies);
      return purge(options);
    };
    return { store, calls };
  };

  it("purges with the portal's retention periods ten seconds after start, then daily, until close", async () => {
    vi.useFakeTimers();
    const { store, calls } = spiedStore();
    const reportal = createReportal({ portal: 'bz', store });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual([
      {
        portal: 'bz',
        contactDetailsDays: reportal.portal.retention.contactDays,
        reportsDays: reportal.portal.retention.reportDays,
      },
    ]);
    await vi.advanceTimersByTimeAsync(86_400_000);
    expect(calls).toHaveLength(2);
    await reportal.close();
    await vi.advanceTimersByTimeAsync(3 * 86_400_000);
    expect(calls).toHaveLength(2);
  });

  it('takes another interval, and none at all with retention: false', async () => {
    vi.useFakeTimers();
    const hourly = spiedStore();
    const off = spiedStore();
    const first = createReportal({
      portal: 'bz',
      store: hourly.store,
      retention: { everyHours: 1, firstDelayMs: 0 },
    });
    const second = createReportal({ portal: 'bz', store: off.store, retention: false });
    await vi.advanceTimersByTimeAsync(3 * 3_600_000);
    expect(hourly.calls).toHaveLength(4);
    expect(off.calls).toHaveLength(0);
    await first.close();
    await second.close();
  });
});
