import type { Portal } from '@reportal/core';

/** Form fields that repeat and always make an array. */
const arrayFields = new Set(['urls', 'contentTypes']);
/** Checkboxes: the value `true` is the boolean `true`. */
const booleanFields = new Set(['goodFaith', 'contact.consent', 'contact.wantsFeedback']);
/** Set by the server from the page, never taken from the form. */
const serverFields = new Set(['schemaVersion', 'portal', 'locale']);
/** The hidden field that makes a double-sent form store one report (not part of the schema). */
export const IDEMPOTENCY_FIELD = 'idempotencyKey';

/** What the reporter typed, as the form shows it again. */
export interface ReportFormValues {
  urls: string[];
  contentTypes: string[];
  whereFound: string;
  description: string;
  goodFaith: boolean;
  contact: { consent: boolean; name: string; email: string; phone: string; wantsFeedback: boolean };
}

/** An empty form. */
export const emptyReportForm: ReportFormValues = {
  urls: [],
  contentTypes: [],
  whereFound: '',
  description: '',
  goodFaith: false,
  contact: { consent: false, name: '', email: '', phone: '', wantsFeedback: false },
};

/** A report form's fields, made into the JSON submission and the values to show again. */
export interface ReportFormData {
  /** The submission (schema version 1): checked by the same intake as `POST /v1/reports`. */
  submission: Record<string, unknown>;
  values: ReportFormValues;
  idempotencyKey: string | undefined;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // An own property even for `__proto__`, so the strict schema refuses it as an unknown field.
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function objectAt(target: Record<string, unknown>, key: string): Record<string, unknown> {
  const existing = Object.hasOwn(target, key) ? target[key] : undefined;
  if (typeof existing === 'object' && existing !== null && !Array.isArray(existing)) {
    return existing as Record<string, unknown>;
  }
  const created: Record<string, unknown> = {};
  setOwn(target, key, created);
  return created;
}

/**
 * Maps an HTML form's fields to the JSON submission: fields are named as the JSON fields, arrays
 * repeat (`urls`, `contentTypes`), nested fields are dotted (`contact.email`), checkboxes send
 * `true`. Empty fields are left out (an empty URL input is ignored), and contact details typed
 * without the consent box get `consent: false`, so the intake drops them.
 */
export function readReportForm(
  fields: URLSearchParams,
  page: { portal: Pick<Portal, 'id'>; locale: string },
): ReportFormData {
  const submission: Record<string, unknown> = {
    schemaVersion: 1,
    portal: page.portal.id,
    locale: page.locale,
  };
  let idempotencyKey: string | undefined;
  for (const [name, value] of fields) {
    if (name === IDEMPOTENCY_FIELD) {
      idempotencyKey = value;
      continue;
    }
    if (serverFields.has(name) || value.trim() === '') continue;
    const path = name.split('.');
    const key = path.pop()!;
    let target = submission;
    for (const segment of path) target = objectAt(target, segment);
    if (arrayFields.has(name)) {
      const list = Object.hasOwn(target, key) ? target[key] : undefined;
      if (Array.isArray(list)) list.push(value);
      else setOwn(target, key, [value]);
    } else {
      setOwn(target, key, booleanFields.has(name) && value === 'true' ? true : value);
    }
  }
  const contact = Object.hasOwn(submission, 'contact') ? submission.contact : undefined;
  if (typeof contact === 'object' && contact !== null && !Object.hasOwn(contact, 'consent')) {
    setOwn(contact as Record<string, unknown>, 'consent', false);
  }
  const text = (name: string) => fields.get(name) ?? '';
  return {
    submission,
    idempotencyKey,
    values: {
      urls: fields.getAll('urls').filter((url) => url.trim() !== ''),
      contentTypes: fields.getAll('contentTypes'),
      whereFound: text('whereFound'),
      description: text('description'),
      goodFaith: text('goodFaith') === 'true',
      contact: {
        consent: text('contact.consent') === 'true',
        name: text('contact.name'),
        email: text('contact.email'),
        phone: text('contact.phone'),
        wantsFeedback: text('contact.wantsFeedback') === 'true',
      },
    },
  };
}
