import type * as z from 'zod/mini';
import { ReportalError } from '../errors/reportal-error.js';
import { textWithoutNul } from '../schema/submission-fields.js';
import { type Case, type CaseHistoryEntry, intakeActor } from './case.js';
import { type TimeInput, toIsoTime } from './event-time.js';
import { evolveCase } from './replay-history.js';
import {
  type CaseActor,
  type TakedownEventDefinition,
  type TakedownEventType,
  type TakedownState,
  takedownEvents,
} from './takedown-machine.js';

/** An event as an actor sends it. */
export interface TakedownEventInput {
  type: TakedownEventType;
  /** Checked against the event's schema; may be omitted for an event without payload. */
  payload?: unknown;
  actor: CaseActor;
  /** When the event happened (the server's clock). */
  at: TimeInput;
  /** The case version the actor saw; any other version is refused as stale. */
  expectedVersion: number;
}

/** A problem with one field of an event's payload. */
export interface TakedownPayloadIssue {
  path: (string | number)[];
  code:
    | 'required'
    | 'invalid_type'
    | 'unknown_field'
    | 'invalid_value'
    | 'too_long'
    | 'empty'
    | 'nul_character';
}

/** Why `applyEvent` refused an event (HTTP: 403, 409, 422, 422). */
export type TakedownRefusal =
  | {
      code: 'forbidden_for_role';
      type: TakedownEventType;
      role: CaseActor['role'];
      allowedRoles: readonly CaseActor['role'][];
    }
  | { code: 'stale_version'; expectedVersion: number; version: number }
  | {
      code: 'not_allowed_from_state';
      type: TakedownEventType;
      state: TakedownState;
      allowedFrom: readonly TakedownState[];
    }
  | { code: 'invalid_payload'; type: TakedownEventType; issues: TakedownPayloadIssue[] };

/** The outcome of `applyEvent`: the new case, or why the event was refused. */
export type ApplyEventResult = { ok: true; case: Case } | { ok: false; refusal: TakedownRefusal };

/**
 * Applies an event to a case: a pure function that returns the new case (one more history entry,
 * version + 1) or a refusal, leaving the given case untouched. Checks run in this order, and the
 * first that fails is the refusal:
 *
 * 1. role (`forbidden_for_role`): who may not send the event learns nothing about the case;
 * 2. version (`stale_version`): an actor who saw an older case is judging a state that is gone;
 * 3. state (`not_allowed_from_state`);
 * 4. payload (`invalid_payload`), with every issue found.
 *
 * An unknown event type or an invalid time is a programming error and throws `ReportalError`
 * `invalid_argument` (validate a request's `type` against `takedownEventTypes` first).
 *
 * @example
 * ```ts
 * const result = applyEvent(current, {
 *   type: 'confirm', expectedVersion: current.version, at: new Date(),
 *   actor: { id: 'analyst-7', role: 'analyst' },
 *   payload: { classification: 'baseline', severity: 'A1', hostingCountry: 'NL' },
 * });
 * if (!result.ok) console.log(result.refusal.code); // e.g. 'stale_version'
 * ```
 */
export function applyEvent(current: Case, event: TakedownEventInput): ApplyEventResult {
  if (!Object.hasOwn(takedownEvents, event.type)) {
    throw new ReportalError('invalid_argument', `Unknown takedown event: ${String(event.type)}`);
  }
  const definition: TakedownEventDefinition = takedownEvents[event.type];
  const at = toIsoTime(event.at, 'at');
  const { roles, from } = definition;
  if (!roles.includes(event.actor.role)) {
    return {
      ok: false,
      refusal: {
        code: 'forbidden_for_role',
        type: event.type,
        role: event.actor.role,
        allowedRoles: roles,
      },
    };
  }
  if (event.expectedVersion !== current.version) {
    return {
      ok: false,
      refusal: {
        code: 'stale_version',
        expectedVersion: event.expectedVersion,
        version: current.version,
      },
    };
  }
  if (!from.includes(current.state)) {
    return {
      ok: false,
      refusal: {
        code: 'not_allowed_from_state',
        type: event.type,
        state: current.state,
        allowedFrom: from,
      },
    };
  }
  const parsed = definition.payload.safeParse(event.payload ?? {}, { reportInput: true });
  const issues = parsed.success
    ? conflictsWithCase(current, event.type, parsed.data)
    : toPayloadIssues(parsed.error.issues);
  if (!parsed.success || issues.length > 0) {
    return { ok: false, refusal: { code: 'invalid_payload', type: event.type, issues } };
  }
  const entry = {
    type: event.type,
    version: current.version + 1,
    at,
    actor: { id: event.actor.id, role: event.actor.role },
    payload: parsed.data,
  } as CaseHistoryEntry;
  return { ok: true, case: evolveCase(current, entry) };
}

/** What `linkReport` needs: the new report and the case version the intake read. */
export interface LinkReportOptions {
  reportId: string;
  /** The report's URLs with the case's key, exactly as reported. */
  urls: string[];
  /** The report's coarsened `receivedAt`, never the exact time of the request. */
  receivedAt: TimeInput;
  expectedVersion: number;
}

/**
 * Links a new report to the open case of its URL key (`link_report`, sent by the intake). Refused
 * like any event: `not_allowed_from_state` when the case is not open (see `isOpenCase`),
 * `stale_version` when it changed since it was read, `invalid_payload` when already linked.
 *
 * @example
 * ```ts
 * const result = linkReport(openCase, {
 *   reportId, urls: [url], receivedAt: report.receivedAt, expectedVersion: openCase.version,
 * });
 * ```
 */
export function linkReport(current: Case, options: LinkReportOptions): ApplyEventResult {
  return applyEvent(current, {
    type: 'link_report',
    actor: intakeActor,
    at: options.receivedAt,
    expectedVersion: options.expectedVersion,
    payload: { reportId: options.reportId, urls: options.urls },
  });
}

// Payload rules that need the case itself, beyond what the schema can say.
function conflictsWithCase(
  current: Case,
  type: TakedownEventType,
  payload: Record<string, unknown>,
): TakedownPayloadIssue[] {
  if (type === 'merge' && payload.into === current.id) {
    return [{ path: ['into'], code: 'invalid_value' }];
  }
  if (type === 'link_report' && current.reportIds.includes(payload.reportId as string)) {
    return [{ path: ['reportId'], code: 'invalid_value' }];
  }
  return [];
}

function toPayloadIssues(issues: readonly z.core.$ZodIssue[]): TakedownPayloadIssue[] {
  const result: TakedownPayloadIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.filter(
      (segment): segment is string | number => typeof segment !== 'symbol',
    );
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) result.push({ path: [...path, key], code: 'unknown_field' });
        break;
      case 'invalid_type':
        result.push({ path, code: issue.input === undefined ? 'required' : 'invalid_type' });
        break;
      case 'too_big':
        result.push({ path, code: 'too_long' });
        break;
      case 'too_small':
        result.push({ path, code: 'empty' });
        break;
      case 'invalid_format':
        result.push({
          path,
          code:
            'pattern' in issue && issue.pattern === String(textWithoutNul)
              ? 'nul_character'
              : 'invalid_value',
        });
        break;
      default:
        result.push({ path, code: 'invalid_value' });
    }
  }
  return result;
}
