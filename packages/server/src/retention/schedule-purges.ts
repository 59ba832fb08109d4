/** Options of `schedulePurges`. */
export interface PurgeScheduleOptions {
  /** Runs one purge; it must not throw (log and go on). */
  purge: () => Promise<void>;
  /** Hours between purges. */
  everyHours: number;
  /** Milliseconds from now to the first purge. */
  firstDelayMs: number;
}

/**
 * Runs `purge` after `firstDelayMs`, so that a restarted portal answers the reporters waiting
 * for it before it clears what expired while it was down, then every `everyHours`. The timers
 * never keep a process alive. `stop` cancels what is scheduled and waits for a purge under way.
 */
export function schedulePurges(options: PurgeScheduleOptions): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const start = () => {
    if (stopped) return;
    running = options.purge();
  };
  const first = setTimeout(start, options.firstDelayMs);
  const repeat = setInterval(start, options.everyHours * 3_600_000);
  // Web runtimes without unref have no process to keep alive.
  (first as { unref?: () => void }).unref?.();
  (repeat as { unref?: () => void }).unref?.();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(repeat);
      await running;
    },
  };
}
