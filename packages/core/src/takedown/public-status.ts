import { ReportalError } from '../errors/reportal-error.js';
import type { Case } from './case.js';
import { replayHistory } from './replay-history.js';

/** What a reporter may learn about a report: coarse on purpose. */
export interface PublicStatus {
  status: 'received' | 'in_review' | 'completed';
  /** Only when the portal enables outcome feedback, and only once `completed`. */
  outcome?: 'action_taken' | 'no_action';
  /** The day (UTC, `YYYY-MM-DD`) the status or outcome last changed. */
  updatedOn: string;
}

type VisibleStatus = Omit<PublicStatus, 'updatedOn'>;

/** Options of `derivePublicStatus`. */
export interface PublicStatusOptions {
  reportId: string;
  /** The portal's outcome-feedback setting. */
  outcomeFeedback: boolean;
}

/**
 * Derives the public status of a report from its cases (one per URL key of the report). Pass the
 * report's cases and, for a merged case, the case it was merged into (a merge target that is
 * missing counts as still in review).
 *
 * - `received` while every case waits in the queue (`received`);
 * - `completed` when every case is finished: `removed`, `dismissed`, or `closed` (a merged case
 *   counts as the case it was merged into);
 * - `in_review` otherwise.
 *
 * `outcome` is `action_taken` when any of the cases was confirmed, else `no_action`. `updatedOn`
 * is the day of the last change of what the reporter sees, not of the last event: internal steps
 * such as a reminder leave no trace in the public status.
 *
 * @example
 * ```ts
 * derivePublicStatus(cases, { reportId, outcomeFeedback: portal.outcomeFeedback });
 * // { status: 'completed', outcome: 'action_taken', updatedOn: '2025-03-14' }
 * ```
 */
export function derivePublicStatus(
  cases: readonly Case[],
  options: PublicStatusOptions,
): PublicStatus {
  const { reportId, outcomeFeedback } = options;
  const own = cases.filter((candidate) => candidate.reportIds.includes(reportId));
  const receivedAt = Math.min(
    ...own.flatMap((candidate) =>
      candidate.history
        .filter((entry) =>
          entry.type === 'open' || entry.type === 'link_report'
            ? entry.payload.reportId === reportId
            : false,
        )
        .map((entry) => Date.parse(entry.at)),
    ),
  );
  if (own.length === 0 || !Number.isFinite(receivedAt)) {
    throw new ReportalError('invalid_argument', `No case is linked to report ${reportId}`);
  }
  // The status can only change when some case changes: test it at each entry's time.
  const times = [
    ...new Set(
      cases.flatMap((candidate) => candidate.history.map((entry) => Date.parse(entry.at))),
    ),
  ]
    .filter((time) => time > receivedAt)
    .sort((a, b) => a - b);
  const visible = (status: VisibleStatus) => `${status.status}/${status.outcome ?? ''}`;
  let current = statusAt(receivedAt);
  let changedAt = receivedAt;
  for (const time of times) {
    const next = statusAt(time);
    if (visible(next) !== visible(current)) {
      current = next;
      changedAt = time;
    }
  }
  return { ...current, updatedOn: new Date(changedAt).toISOString().slice(0, 10) };

  function statusAt(time: number): VisibleStatus {
    const byId = new Map<string, Case>();
    for (const candidate of cases) {
      const history = candidate.history.filter((entry) => Date.parse(entry.at) <= time);
      if (history[0]?.type === 'open') byId.set(candidate.id, replayHistory(history));
    }
    const resolved = own.map((candidate) => resolveMerges(byId.get(candidate.id), byId));
    const phases = resolved.map(phaseOf);
    const status: PublicStatus['status'] = phases.every((phase) => phase === 'done')
      ? 'completed'
      : phases.every((phase) => phase === 'received')
        ? 'received'
        : 'in_review';
    if (status !== 'completed' || !outcomeFeedback) return { status };
    const actionTaken = resolved.some((candidate) => candidate?.confirmation);
    return { status, outcome: actionTaken ? 'action_taken' : 'no_action' };
  }
}

// Follows `mergedInto` to the case that carries on; undefined when that case is not known.
function resolveMerges(start: Case | undefined, byId: ReadonlyMap<string, Case>): Case | undefined {
  const seen = new Set<string>();
  let current = start;
  while (current?.mergedInto && !seen.has(current.id)) {
    seen.add(current.id);
    current = byId.get(current.mergedInto);
  }
  return current?.mergedInto ? undefined : current;
}

function phaseOf(resolved: Case | undefined): 'received' | 'in_review' | 'done' {
  if (!resolved) return 'in_review';
  if (resolved.state === 'received') return 'received';
  if (['removed', 'dismissed', 'closed'].includes(resolved.state)) return 'done';
  return 'in_review';
}
