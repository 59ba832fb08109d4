import { checkReportedUrl, MAX_URL_LENGTH } from '../url/reported-url.js';
import type { SubmissionIssue, SubmissionIssueCode } from './issue-codes.js';
import { canonicalLocale } from './locale-tag.js';
import type { ParseSubmissionOptions, ParseSubmissionResult } from './parse-submission.js';
import {
  contentTypes,
  emailShape,
  phoneShape,
  portalId,
  submissionLimits,
  whereFoundValues,
} from './submission-fields.js';
import type { ReportSubmission } from './submission-schema.js';

// The same rules as `reportSubmissionSchema` (zod), written out without zod for browser bundles
// that must stay small; a property test holds the two to the same answers on any input.

type Path = (string | number)[];
type Issues = SubmissionIssue[];
type Record_ = Record<string, unknown>;

const submissionKeys = [
  'schemaVersion',
  'portal',
  'locale',
  'urls',
  'contentTypes',
  'whereFound',
  'description',
  'goodFaith',
  'contact',
];
const contactKeys = ['consent', 'name', 'email', 'phone', 'wantsFeedback'];

const isRecord = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const issue = (
  issues: Issues,
  path: Path,
  code: SubmissionIssueCode,
  params?: SubmissionIssue['params'],
) => {
  issues.push(params ? { path, code, params } : { path, code });
};
const typeIssue = (issues: Issues, path: Path, value: unknown, expected: string) =>
  value === undefined
    ? issue(issues, path, 'required')
    : issue(issues, path, 'invalid_type', { expected });
const unknownKeys = (issues: Issues, value: Record_, known: readonly string[], path: Path) => {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) issue(issues, [...path, key], 'unknown_field');
  }
};

function checkString(
  issues: Issues,
  path: Path,
  value: unknown,
  options: { maximum: number; pattern?: RegExp; patternCode?: SubmissionIssueCode; trim?: boolean },
): string | undefined {
  if (typeof value !== 'string') {
    typeIssue(issues, path, value, 'string');
    return undefined;
  }
  const text = options.trim ? value.trim() : value;
  const before = issues.length;
  if (text.length > options.maximum) issue(issues, path, 'too_long', { maximum: options.maximum });
  if (options.pattern && !options.pattern.test(text)) {
    issue(issues, path, options.patternCode ?? 'invalid_value');
  }
  return issues.length === before ? text : undefined;
}

function checkArray(
  issues: Issues,
  path: Path,
  value: unknown,
  limits: { minimum: number; maximum: number },
): unknown[] | undefined {
  if (!Array.isArray(value)) {
    typeIssue(issues, path, value, 'array');
    return undefined;
  }
  if (value.length < limits.minimum) {
    issue(issues, path, 'too_few_items', { minimum: limits.minimum });
    return undefined;
  }
  if (value.length > limits.maximum) {
    issue(issues, path, 'too_many_items', { maximum: limits.maximum });
    return undefined;
  }
  return value;
}

/**
 * Validates a report submission (schema version 1) exactly as `parseSubmission` does, with the
 * same issues, without zod: for browser bundles that must stay small (a partner's page). The
 * server keeps using `parseSubmission`, whose zod schema is the source of the JSON Schema and
 * the OpenAPI document.
 *
 * @example
 * ```ts
 * const result = checkSubmission(formValues);
 * if (!result.ok) showErrors(localizeIssues(result.issues, t));
 * ```
 */
export function checkSubmission(
  input: unknown,
  options: ParseSubmissionOptions = {},
): ParseSubmissionResult {
  if (!isRecord(input)) {
    const issues: Issues = [];
    typeIssue(issues, [], input, 'object');
    return { ok: false, issues };
  }
  const issues: Issues = [];
  const submission: Record_ = {};

  if (input.schemaVersion === 1) submission.schemaVersion = 1;
  else
    issue(
      issues,
      ['schemaVersion'],
      input.schemaVersion === undefined ? 'required' : 'unsupported_schema_version',
    );

  const portal = checkString(issues, ['portal'], input.portal, {
    maximum: Number.POSITIVE_INFINITY,
    pattern: portalId,
  });
  if (portal !== undefined) submission.portal = portal;

  const localeText = input.locale;
  if (typeof localeText !== 'string') typeIssue(issues, ['locale'], localeText, 'string');
  else if (localeText.length === 0) issue(issues, ['locale'], 'empty');
  else if (localeText.length > submissionLimits.maxLocaleLength) {
    issue(issues, ['locale'], 'too_long', { maximum: submissionLimits.maxLocaleLength });
  } else {
    const canonical = canonicalLocale(localeText);
    if (canonical) submission.locale = canonical;
    else issue(issues, ['locale'], 'invalid_locale');
  }

  const urls = checkArray(issues, ['urls'], input.urls, {
    minimum: submissionLimits.minUrls,
    maximum: submissionLimits.maxUrls,
  });
  if (urls) {
    const checked: string[] = [];
    for (const [index, url] of urls.entries()) {
      if (typeof url !== 'string') typeIssue(issues, ['urls', index], url, 'string');
      else if (url.length > MAX_URL_LENGTH) {
        issue(issues, ['urls', index], 'url_too_long', { maximum: MAX_URL_LENGTH });
      } else {
        const result = checkReportedUrl(url);
        if (result.ok) checked.push(result.url);
        else issue(issues, ['urls', index], result.code);
      }
    }
    submission.urls = checked;
  }

  if (input.contentTypes !== undefined) {
    const seen = checkArray(issues, ['contentTypes'], input.contentTypes, {
      minimum: 0,
      maximum: contentTypes.length,
    });
    if (seen) {
      seen.forEach((value, index) => {
        if (!(contentTypes as readonly unknown[]).includes(value)) {
          issue(
            issues,
            ['contentTypes', index],
            value === undefined ? 'required' : 'invalid_value',
            value === undefined ? undefined : { allowed: contentTypes.join(', ') },
          );
        }
      });
      submission.contentTypes = seen;
    }
  }

  if (input.whereFound !== undefined) {
    if ((whereFoundValues as readonly unknown[]).includes(input.whereFound)) {
      submission.whereFound = input.whereFound;
    } else issue(issues, ['whereFound'], 'invalid_value', { allowed: whereFoundValues.join(', ') });
  }

  if (input.description !== undefined) {
    const description = checkString(issues, ['description'], input.description, {
      maximum: submissionLimits.maxDescriptionLength,
    });
    if (description !== undefined) submission.description = description;
  }

  if (input.goodFaith === true) submission.goodFaith = true;
  else issue(issues, ['goodFaith'], 'good_faith_required');

  if (input.contact !== undefined) {
    const contact = checkContact(issues, input.contact);
    if (contact) submission.contact = contact;
  }

  unknownKeys(issues, input, submissionKeys, []);
  if (issues.length > 0) return { ok: false, issues };

  if (options.portals) {
    const found = options.portals.find((candidate) => candidate.id === submission.portal);
    if (!found) return { ok: false, issues: [{ path: ['portal'], code: 'unknown_portal' }] };
    if (!found.locales.includes(submission.locale as string)) {
      return {
        ok: false,
        issues: [
          {
            path: ['locale'],
            code: 'unsupported_locale',
            params: { locales: found.locales.join(', ') },
          },
        ],
      };
    }
  }
  return { ok: true, submission: submission as ReportSubmission };
}

function checkContact(issues: Issues, value: unknown): Record_ | undefined {
  const path = ['contact'];
  if (!isRecord(value)) {
    typeIssue(issues, path, value, 'object');
    return undefined;
  }
  const contact: Record_ = {};
  if (typeof value.consent === 'boolean') contact.consent = value.consent;
  else typeIssue(issues, [...path, 'consent'], value.consent, 'boolean');
  const fields: [string, number, RegExp | undefined, SubmissionIssueCode | undefined][] = [
    ['name', submissionLimits.maxNameLength, undefined, undefined],
    ['email', submissionLimits.maxEmailLength, emailShape, 'invalid_email'],
    ['phone', submissionLimits.maxPhoneLength, phoneShape, 'invalid_phone'],
  ];
  for (const [name, maximum, pattern, patternCode] of fields) {
    if (value[name] === undefined) continue;
    const text = checkString(issues, [...path, name], value[name], {
      maximum,
      trim: true,
      ...(pattern && { pattern }),
      ...(patternCode && { patternCode }),
    });
    if (text !== undefined) contact[name] = text;
  }
  if (value.wantsFeedback !== undefined) {
    if (typeof value.wantsFeedback === 'boolean') contact.wantsFeedback = value.wantsFeedback;
    else issue(issues, [...path, 'wantsFeedback'], 'invalid_type', { expected: 'boolean' });
  }
  unknownKeys(issues, value, contactKeys, path);
  return contact;
}
