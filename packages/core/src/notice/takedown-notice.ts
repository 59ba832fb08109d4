import type { Case } from '../takedown/case.js';
import { DEFAULT_TAKEDOWN_DEADLINE_HOURS } from '../takedown/overdue.js';
import {
  type Classification,
  type Severity,
  type TakedownState,
  takedownEvents,
} from '../takedown/takedown-machine.js';

/**
 * The content of a takedown notice to a hosting provider, with the elements of EU DSA Article
 * 16(2): the exact URLs (b), an explanation of why the content is illegal (a) and a statement of
 * good faith (d). It names no notifier (c): notices about child sexual abuse material need not,
 * so neither the reporter nor the analyst appears; the hotline sends it.
 */
export interface TakedownNotice {
  caseId: string;
  /** The hotline's reference for replies (the case id unless another is given). */
  reference: string;
  /** The hotline that sends the notice. */
  hotline: string;
  /** The hosting provider addressed, when known. */
  recipient?: string;
  /** The URLs exactly as reported. */
  urls: string[];
  classification: Classification;
  severity?: Severity;
  /** ISO 3166-1 alpha-2. */
  hostingCountry: string;
  hostingProvider?: string;
  /** The day (UTC, `YYYY-MM-DD`) the content was confirmed. */
  assessedOn: string;
  goodFaith: true;
  /** DSA Art. 16(2)(c): no notifier identity in notices about child sexual abuse material. */
  notifierIdentity: 'withheld';
  /** Hours the provider is asked to act within. */
  deadlineHours: number;
}

/** Options of `buildTakedownNotice`. */
export interface TakedownNoticeOptions {
  hotline: { name: string };
  /** Defaults to the last notice's recipient, then to the confirmed hosting provider. */
  recipient?: string;
  /** Defaults to the case id. */
  reference?: string;
  /** The portal's takedown deadline (default 72). */
  deadlineHours?: number;
}

/** The outcome of `buildTakedownNotice`. */
export type TakedownNoticeResult =
  | { ok: true; notice: TakedownNotice }
  | {
      ok: false;
      refusal: {
        code: 'not_allowed_from_state';
        state: TakedownState;
        allowedFrom: readonly TakedownState[];
      };
    };

/**
 * Builds the takedown notice of a case, as structured data; `renderTakedownNotice` turns it into
 * plain text in a locale. Only a case that a notice may be sent for (`confirmed`, `forwarded`,
 * `notice_sent`) has one; any other is refused.
 *
 * @example
 * ```ts
 * const result = buildTakedownNotice(current, { hotline: { name: 'Example Hotline' } });
 * if (result.ok) send(renderTakedownNotice(result.notice, { translate, locale: 'en' }));
 * ```
 */
export function buildTakedownNotice(
  current: Case,
  options: TakedownNoticeOptions,
): TakedownNoticeResult {
  const allowedFrom: readonly TakedownState[] = takedownEvents.send_notice.from;
  const { confirmation } = current;
  if (!allowedFrom.includes(current.state) || !confirmation) {
    return {
      ok: false,
      refusal: { code: 'not_allowed_from_state', state: current.state, allowedFrom },
    };
  }
  const recipient =
    options.recipient ?? current.notices.at(-1)?.recipient ?? confirmation.hostingProvider;
  return {
    ok: true,
    notice: {
      caseId: current.id,
      reference: options.reference ?? current.id,
      hotline: options.hotline.name,
      ...(recipient === undefined ? {} : { recipient }),
      urls: [...current.urls],
      classification: confirmation.classification,
      ...(confirmation.severity === undefined ? {} : { severity: confirmation.severity }),
      hostingCountry: confirmation.hostingCountry,
      ...(confirmation.hostingProvider === undefined
        ? {}
        : { hostingProvider: confirmation.hostingProvider }),
      assessedOn: confirmation.at.slice(0, 10),
      goodFaith: true,
      notifierIdentity: 'withheld',
      deadlineHours: options.deadlineHours ?? DEFAULT_TAKEDOWN_DEADLINE_HOURS,
    },
  };
}
