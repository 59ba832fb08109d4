import { type TimeInput, toIsoTime } from './event-time.js';
import { evolveCase } from './replay-history.js';
import {
  type CaseActor,
  type DismissalReason,
  type TakedownEventPayloads,
  type TakedownState,
  takedownEvents,
} from './takedown-machine.js';

/** The payload of the entry that opens a case (written by `createCase`). */
export interface CaseOpenedPayload {
  caseId: string;
  portal: string;
  urlKey: string;
  reportId: string;
  urls: string[];
}

/** The payload of each history entry type: `open`, then the events of the machine. */
export type CaseEntryPayloads = TakedownEventPayloads & { open: CaseOpenedPayload };

/** One entry of a case's append-only history. `version` is the case's version after it. */
export type CaseHistoryEntry = {
  [Type in keyof CaseEntryPayloads]: {
    type: Type;
    version: number;
    /** ISO 8601 (UTC). Intake entries carry the report's coarsened `receivedAt`. */
    at: string;
    actor: CaseActor;
    payload: CaseEntryPayloads[Type];
  };
}[keyof CaseEntryPayloads];

/** A history entry of one type. */
export type CaseHistoryEntryOf<Type extends CaseHistoryEntry['type']> = Extract<
  CaseHistoryEntry,
  { type: Type }
>;

/**
 * A case: one canonical URL (one `urlKey`) and what happened to it. Everything but `history` is
 * derived from `history`, so `replayHistory(case.history)` gives the same case back.
 */
export interface Case {
  id: string;
  portal: string;
  /** The deduplication key of the canonical URL (see `urlKey`). */
  urlKey: string;
  /** The URLs exactly as reported (every spelling of this key), first report first. */
  urls: string[];
  /** The reports linked to the case, the one that opened it first. */
  reportIds: string[];
  state: TakedownState;
  /** 1 when opened; grows by one with each accepted event (equals `history.length`). */
  version: number;
  /** When the first report was received (coarsened, as the report stores it). */
  createdAt: string;
  /** The time of the last history entry. */
  updatedAt: string;
  /** The actor who claimed (or reopened) the case while it is being assessed. */
  assignee: string | null;
  /** The first assessment (`confirm` or `dismiss`); kept when a dismissal is reopened. */
  assessedAt: string | null;
  /** The confirmation, once confirmed; stays through notice, removal and closing. */
  confirmation: ({ at: string } & TakedownEventPayloads['confirm']) | null;
  /** Why the case is dismissed; `null` when it is not (a reopened case loses it). */
  dismissal: { at: string; reason: DismissalReason } | null;
  /** The case this one was merged into. */
  mergedInto: string | null;
  forwards: ({ at: string } & TakedownEventPayloads['forward'])[];
  /** Every notice sent; `reminder` when it was sent again from `notice_sent`. */
  notices: ({ at: string; reminder: boolean } & TakedownEventPayloads['send_notice'])[];
  firstNoticeAt: string | null;
  reminderCount: number;
  lawEnforcementNotifications: ({ at: string } & TakedownEventPayloads['notify_law_enforcement'])[];
  /** When removal was verified; `null` while the content is online (cleared by `reappear`). */
  removedAt: string | null;
  history: CaseHistoryEntry[];
}

/** What `createCase` needs: the new case's id and the first report of its URL. */
export interface CreateCaseOptions {
  id: string;
  portal: string;
  urlKey: string;
  reportId: string;
  /** The report's URLs with this key, exactly as reported. */
  urls: string[];
  /** The report's coarsened `receivedAt`, never the exact time of the request. */
  receivedAt: TimeInput;
}

/** The actor of the entries the report intake writes. */
export const intakeActor: CaseActor = { id: 'intake', role: 'intake' };

/**
 * Opens a case in `received`, at version 1, with one history entry (`open`). Use it when no open
 * case has the report's URL key; otherwise link the report with `linkReport`.
 *
 * @example
 * ```ts
 * const opened = createCase({
 *   id: caseId, portal: 'bz', urlKey: await urlKey(url), reportId, urls: [url],
 *   receivedAt: report.receivedAt,
 * });
 * opened.state; // 'received'
 * ```
 */
export function createCase(options: CreateCaseOptions): Case {
  return evolveCase(null, {
    type: 'open',
    version: 1,
    at: toIsoTime(options.receivedAt, 'receivedAt'),
    actor: intakeActor,
    payload: {
      caseId: options.id,
      portal: options.portal,
      urlKey: options.urlKey,
      reportId: options.reportId,
      urls: [...options.urls],
    },
  });
}

/**
 * True while the case is still being worked on (`received`, `assessing`, `confirmed`,
 * `forwarded`, `notice_sent`): a new report of its URL is linked to it. A report of a URL whose
 * case is removed, dismissed, merged or closed opens a new case, because it is new evidence to
 * assess afresh (the content may be back, or different); an analyst can merge the two.
 *
 * @example
 * ```ts
 * const open = cases.find((candidate) => candidate.urlKey === key && isOpenCase(candidate));
 * ```
 */
export function isOpenCase(candidate: Pick<Case, 'state'>): boolean {
  return (takedownEvents.link_report.from as readonly TakedownState[]).includes(candidate.state);
}
