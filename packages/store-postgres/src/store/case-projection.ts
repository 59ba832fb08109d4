import { type Case, hostKey, roundReminders } from '@reportal/core';

/** What the cases table keeps of a case for the analysts' filters, beside state and times. */
export interface CaseProjection {
  hostingCountry: string | null;
  classification: string | null;
  lastNoticeAt: string | null;
  roundReminders: number;
}

/** The filter columns of a case, from the core's view of it (never a copy of its rules). */
export function caseProjection(found: Case): CaseProjection {
  return {
    hostingCountry: found.confirmation?.hostingCountry ?? null,
    classification: found.confirmation?.classification ?? null,
    lastNoticeAt: found.notices.at(-1)?.at ?? null,
    roundReminders: roundReminders(found),
  };
}

/** The host key of a case: that of its first URL (every URL of a case has one canonical form). */
export function caseHost(urls: readonly string[]): string | null {
  return hostKey(urls[0] ?? '') ?? null;
}
