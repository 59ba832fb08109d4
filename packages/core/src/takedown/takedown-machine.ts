import * as z from 'zod/mini';
import { textWithoutNul } from '../schema/submission-fields.js';

/** The states of a case, in the order a case usually moves through them. */
export const takedownStates = [
  'received',
  'assessing',
  'confirmed',
  'forwarded',
  'notice_sent',
  'removed',
  'dismissed',
  'merged',
  'closed',
] as const;

/** Where a case stands. */
export type TakedownState = (typeof takedownStates)[number];

/**
 * The roles a bearer token can carry. `auditor` reads only; `partner` submits reports (as a
 * trusted flagger) and sends no case events.
 */
export const takedownRoles = ['analyst', 'supervisor', 'auditor', 'partner'] as const;

/** A role a bearer token can carry. */
export type TakedownRole = (typeof takedownRoles)[number];

/**
 * Who sends an event: a person with a role, or `intake`, the report intake itself, which opens
 * cases and links duplicate reports. `intake` is never a token role.
 */
export interface CaseActor {
  id: string;
  role: TakedownRole | 'intake';
}

/** Reasons for dismissing a case. */
export const dismissalReasons = [
  'not_illegal',
  'adult_content',
  'not_found',
  'insufficient',
  'out_of_remit',
] as const;

/** `baseline`: illegal by the international baseline standard; `national`: by national law only. */
export const classifications = ['baseline', 'national'] as const;

/** Severity categories of confirmed material. */
export const severities = ['A1', 'A2', 'B1', 'B2'] as const;

/** Upper bounds of the free-text fields of event payloads. */
export const takedownPayloadLimits = {
  maxTextLength: 200,
  maxIdLength: 100,
  maxUrls: 20,
  maxUrlLength: 2048,
} as const;

// U+0000 is refused in every text of a payload, as in a report: PostgreSQL cannot hold it in
// JSON text, and one stored would break every query that reads the history.
const withoutNul = () => z.regex(textWithoutNul, { abort: true });
const text = (maximum: number) =>
  z.string().check(withoutNul(), z.trim(), z.minLength(1), z.maxLength(maximum));
const name = text(takedownPayloadLimits.maxTextLength);
const id = text(takedownPayloadLimits.maxIdLength);
const urls = z
  .array(
    z.string().check(withoutNul(), z.minLength(1), z.maxLength(takedownPayloadLimits.maxUrlLength)),
  )
  .check(z.minLength(1), z.maxLength(takedownPayloadLimits.maxUrls));
const countryCode = z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{2}$/));

const noPayload = z.strictObject({});
const staff = ['analyst', 'supervisor'] as const;
const supervisor = ['supervisor'] as const;
const intake = ['intake'] as const;

/** What the machine knows about one event type. */
export interface TakedownEventDefinition {
  /** One sentence for docs/takedown-states.md. */
  description: string;
  /** The states the event is allowed from. */
  from: readonly TakedownState[];
  /** The state the event leads to; `unchanged` records the event and keeps the state. */
  to: TakedownState | 'unchanged';
  /** Who may send it. */
  roles: readonly CaseActor['role'][];
  /** The payload (zod); an event without payload takes `{}` or none at all. */
  payload: z.ZodMiniType<Record<string, unknown>, unknown>;
}

/**
 * The takedown-state machine as data: for each event, the states it is allowed from, the state
 * it leads to, the roles that may send it and its payload schema. `applyEvent` enforces it and
 * docs/takedown-states.md is generated from it. A case opens in `received` (see `createCase`).
 */
export const takedownEvents = {
  link_report: {
    description:
      'The intake links a new report of the same canonical URL to this open case instead of opening another.',
    from: ['received', 'assessing', 'confirmed', 'forwarded', 'notice_sent'],
    to: 'unchanged',
    roles: intake,
    payload: z.strictObject({ reportId: id, urls }),
  },
  claim: {
    description: 'An analyst takes the case to assess it.',
    from: ['received'],
    to: 'assessing',
    roles: staff,
    payload: noPayload,
  },
  release: {
    description: 'The analyst puts the case back in the queue unassessed.',
    from: ['assessing'],
    to: 'received',
    roles: staff,
    payload: noPayload,
  },
  dismiss: {
    description: 'The content is not actionable, for the reason given.',
    from: ['assessing'],
    to: 'dismissed',
    roles: staff,
    payload: z.strictObject({ reason: z.enum(dismissalReasons) }),
  },
  merge: {
    description: 'The case duplicates another case, which carries on in its place.',
    from: ['received', 'assessing'],
    to: 'merged',
    roles: staff,
    payload: z.strictObject({ into: id }),
  },
  confirm: {
    description: 'The content is illegal: classified, and located in a hosting country.',
    from: ['assessing'],
    to: 'confirmed',
    roles: staff,
    payload: z.strictObject({
      classification: z.enum(classifications),
      severity: z.optional(z.enum(severities)),
      hostingCountry: countryCode,
      hostingProvider: z.optional(name),
    }),
  },
  forward: {
    description: 'The case goes to the hotline or the law enforcement of the hosting country.',
    from: ['confirmed'],
    to: 'forwarded',
    roles: staff,
    payload: z.strictObject({
      to: z.enum(['hotline', 'law_enforcement']),
      recipient: name,
      reference: z.optional(name),
    }),
  },
  send_notice: {
    description:
      'A takedown notice goes to the hosting provider; sent again from `notice_sent`, it is a reminder and is counted.',
    from: ['confirmed', 'forwarded', 'notice_sent'],
    to: 'notice_sent',
    roles: staff,
    payload: z.strictObject({ recipient: name, channel: name }),
  },
  notify_law_enforcement: {
    description: 'Law enforcement is told about the case; the state does not change.',
    from: ['confirmed', 'forwarded', 'notice_sent'],
    to: 'unchanged',
    roles: staff,
    payload: z.strictObject({ agency: name, reference: z.optional(name) }),
  },
  verify_removed: {
    description: 'An analyst has verified that the content is gone.',
    from: ['confirmed', 'forwarded', 'notice_sent'],
    to: 'removed',
    roles: staff,
    payload: noPayload,
  },
  reappear: {
    description: 'Removed content is back online; the case is confirmed again.',
    from: ['removed'],
    to: 'confirmed',
    roles: staff,
    payload: noPayload,
  },
  reopen: {
    description: 'A supervisor sends a dismissed case back to assessment.',
    from: ['dismissed'],
    to: 'assessing',
    roles: supervisor,
    payload: noPayload,
  },
  close: {
    description: 'A supervisor closes a finished case; `closed` is final.',
    from: ['removed', 'dismissed', 'merged'],
    to: 'closed',
    roles: supervisor,
    payload: noPayload,
  },
} as const satisfies Record<string, TakedownEventDefinition>;

/** An event the machine knows. */
export type TakedownEventType = keyof typeof takedownEvents;

/** Every event type, in the order of `takedownEvents`. */
export const takedownEventTypes = Object.keys(takedownEvents) as TakedownEventType[];

/** The payload of each event type, as stored in the history (trimmed, normalized). */
export type TakedownEventPayloads = {
  [Type in TakedownEventType]: z.output<(typeof takedownEvents)[Type]['payload']>;
};

/** Why a case was dismissed. */
export type DismissalReason = (typeof dismissalReasons)[number];
/** How confirmed material is classified. */
export type Classification = (typeof classifications)[number];
/** The severity category of confirmed material. */
export type Severity = (typeof severities)[number];
