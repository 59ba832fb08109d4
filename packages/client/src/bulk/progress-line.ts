import type { SubmitManyProgress } from '../reports/submit-many.js';

/**
 * A duration as a progress line shows it.
 *
 * @example
 * ```ts
 * formatDuration(95_000); // '1m35s'
 * formatDuration(undefined); // '--'
 * ```
 */
export function formatDuration(milliseconds: number | undefined): string {
  if (milliseconds === undefined || !Number.isFinite(milliseconds)) return '--';
  const seconds = Math.round(milliseconds / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return `${hours}h${String(minutes).padStart(2, '0')}m`;
  if (minutes > 0) return `${minutes}m${String(rest).padStart(2, '0')}s`;
  return `${rest}s`;
}

/**
 * One line of progress: on a terminal a bar (`[#####-----]`), otherwise plain words; both with
 * the count, the rate and the estimated time left.
 *
 * @example
 * ```ts
 * formatProgress({ done: 50, total: 200, accepted: 49, failed: 1, elapsedMs: 10_000, perSecond: 5, etaMs: 30_000 }, { bar: false });
 * // '50/200 (25%), 49 accepted, 1 failed, 5.0/s, about 30s left'
 * ```
 */
export function formatProgress(progress: SubmitManyProgress, options: { bar: boolean }): string {
  const { done, total, accepted, failed, perSecond, etaMs } = progress;
  const share = total === 0 ? 1 : done / total;
  const percent = `${Math.floor(share * 100)}%`;
  const rate = `${perSecond.toFixed(1)}/s`;
  if (!options.bar) {
    return `${done}/${total} (${percent}), ${accepted} accepted, ${failed} failed, ${rate}, about ${formatDuration(etaMs)} left`;
  }
  const width = 24;
  const filled = Math.round(share * width);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  return `${bar} ${done}/${total} ${percent.padStart(4)}  ${rate}  ETA ${formatDuration(etaMs)}  ok ${accepted}  failed ${failed}`;
}
