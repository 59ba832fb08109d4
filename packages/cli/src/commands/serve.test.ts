import { afterEach, describe, expect, it, vi } from 'vitest';
import { schedulePurges } from './serve.js';

describe('schedulePurges', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('purges ten seconds after start-up, then daily, and stops after a purge under way', async () => {
    vi.useFakeTimers();
    const started: number[] = [];
    let finish: (() => void) | undefined;
    const purges = schedulePurges(() => {
      started.push(Date.now());
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
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
