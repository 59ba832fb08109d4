// The console's case events, as its script sends them to `POST /v1/cases/{id}/events` and reads
// the answer. Pure functions, so that they are tested in Node; the script bundles them.

/** The body of `POST /v1/cases/{id}/events`. */
export interface CaseEventBody {
  type: string;
  expectedVersion: number;
  payload?: Record<string, string>;
}

/** What an event form holds: `FormData`, or anything that lists its fields the same way. */
export interface EventFormFields {
  forEach(callback: (value: FormDataEntryValue, name: string) => void): void;
}

/**
 * The request body of an event form: each field trimmed, empty ones left out, and no `payload`
 * at all when every field is empty (an event such as `claim` has none).
 */
export function caseEventBody(
  fields: EventFormFields,
  event: { type: string; expectedVersion: number },
): CaseEventBody {
  const payload: Record<string, string> = {};
  let count = 0;
  fields.forEach((value, name) => {
    const text = String(value).trim();
    if (text) {
      payload[name] = text;
      count++;
    }
  });
  return count ? { ...event, payload } : { ...event };
}

/** The parts of an RFC 9457 problem the console reads (the v1 API's error answers). */
export interface EventProblem {
  type?: string;
  title?: string;
  errors?: { path: string; message: string }[];
}

/** The console's own words for the refusals it can explain (from the case view's `data-*`). */
export interface EventFailureMessages {
  /** 409: someone else changed the case first. */
  stale: string;
  /** The case's state does not allow the event. */
  notAllowed: string;
}

/**
 * What the console says when the API refuses an event: its own words for a stale version or an
 * event the state does not allow, else each invalid field with its message, else the problem's
 * title.
 */
export function caseEventFailureMessage(
  status: number,
  problem: EventProblem,
  messages: EventFailureMessages,
): string {
  if (status === 409) return messages.stale;
  if (problem.type?.endsWith('event_not_allowed')) return messages.notAllowed;
  const fieldErrors = (problem.errors ?? []).map((error) => `${error.path}: ${error.message}`);
  return fieldErrors.join(' ') || (problem.title ?? '');
}
