import { checkUnserializedUrl, isSerializedHttpUrl, MAX_URL_LENGTH } from '../url/reported-url.js';
import type { SubmissionIssue, SubmissionIssueCode } from './issue-codes.js';
import { canonicalLocale } from './locale-tag.js';
import type {
  ParseSubmissionOptions,
  ParseSubmissionResult,
  PortalLocales,
} from './parse-submission.js';
import {
  contentTypes,
  emailShape,
  phoneShape,
  portalId,
  submissionLimits,
  whereFoundValues,
} from './submission-fields.js';
import type { ReportSubmission } from './submission-schema.js';

// The rules of `reportSubmissionSchema` (zod), written out without zod: small in a browser bundle
// and fast on a server. A property test holds the two to the same answers on any input.

type Path = (string | number)[];
type Issues = SubmissionIssue[];
type Record_ = Record<string, unknown>;

const submissionKeys = new Set([
  'schemaVersion',
  'portal',
  'locale',
  'urls',
  'contentTypes',
  'whereFound',
  'description',
  'goodFaith',
  'contact',
]);
const contactKeys = new Set(['consent', 'name', 'email', 'phone', 'wantsFeedback']);

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
// U+0000 (NUL) in a text field refuses it with that one issue, checked first: the zod schema's
// `textWithoutNul`, by `includes` (faster than the pattern; the property tests hold them equal).
const hasNul = (text: string) => text.includes('\u0000');
const unknownKeys = (issues: Issues, value: Record_, known: ReadonlySet<string>, path: Path) => {
  for (const key of Object.keys(value)) {
    if (!known.has(key)) issue(issues, [...path, key], 'unknown_field');
  }
};

/** How one string field is checked; every rule has every member, so the checks see one shape. */
interface StringRule {
  path: Path;
  maximum: number;
  trim: boolean;
  pattern: RegExp | undefined;
  patternCode: SubmissionIssueCode;
}

const stringRule = (
  path: Path,
  maximum: number,
  options: { trim?: boolean; pattern?: RegExp; patternCode?: SubmissionIssueCode } = {},
): StringRule => ({
  path,
  maximum,
  trim: options.trim ?? false,
  pattern: options.pattern,
  patternCode: options.patternCode ?? 'invalid_value',
});

function checkString(issues: Issues, value: unknown, rule: StringRule): string | undefined {
  // Issues get a copy of the rule's path, so no caller can change the rule through them.
  if (typeof value !== 'string') {
    typeIssue(issues, [...rule.path], value, 'string');
    return undefined;
  }
  if (hasNul(value)) {
    issue(issues, [...rule.path], 'nul_character');
    return undefined;
  }
  const text = rule.trim ? value.trim() : value;
  const before = issues.length;
  if (text.length > rule.maximum)
    issue(issues, [...rule.path], 'too_long', { maximum: rule.maximum });
  if (rule.pattern !== undefined && !rule.pattern.test(text)) {
    issue(issues, [...rule.path], rule.patternCode);
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

const allowedContentTypes = contentTypes.join(', ');
const allowedWhereFound = whereFoundValues.join(', ');
const portalRule = stringRule(['portal'], Number.POSITIVE_INFINITY, { pattern: portalId });
const descriptionRule = stringRule(['description'], submissionLimits.maxDescriptionLength);
const contentTypesRule = { minimum: 0, maximum: contentTypes.length };
const urlsRule = { minimum: submissionLimits.minUrls, maximum: submissionLimits.maxUrls };

/**
 * `parseSubmission` under its former name (the partner SDK's): the same function, the same
 * answers.
 *
 * @example
 * ```ts
 * const result = checkSubmission(formValues);
 * if (!result.ok) showErrors(localizeIssues(result.issues, t));
 * ```
 */
export function checkSubmission(
  input: unknown,
  options?: ParseSubmissionOptions,
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

  const portal = checkString(issues, input.portal, portalRule);
  if (portal !== undefined) submission.portal = portal;

  const localeText = input.locale;
  if (typeof localeText !== 'string') typeIssue(issues, ['locale'], localeText, 'string');
  else if (hasNul(localeText)) issue(issues, ['locale'], 'nul_character');
  else if (localeText.length === 0) issue(issues, ['locale'], 'empty');
  else if (localeText.length > submissionLimits.maxLocaleLength) {
    issue(issues, ['locale'], 'too_long', { maximum: submissionLimits.maxLocaleLength });
  } else {
    const canonical = canonicalLocale(localeText);
    if (canonical) submission.locale = canonical;
    else issue(issues, ['locale'], 'invalid_locale');
  }

  const urls = checkArray(issues, ['urls'], input.urls, urlsRule);
  if (urls) {
    const checked: string[] = [];
    for (let index = 0; index < urls.length; index++) {
      const url = urls[index];
      if (typeof url !== 'string') typeIssue(issues, ['urls', index], url, 'string');
      // The URL parser would take it (escaped in a path, dropped at either end): refused first.
      else if (hasNul(url)) issue(issues, ['urls', index], 'nul_character');
      else if (url.length > MAX_URL_LENGTH) {
        issue(issues, ['urls', index], 'url_too_long', { maximum: MAX_URL_LENGTH });
      } else {
        // An http(s) URL the parser would hand back unchanged needs no parse (most of them).
        const result = isSerializedHttpUrl(url) ? undefined : checkUnserializedUrl(url);
        if (result === undefined) checked.push(url);
        else if (result.ok) checked.push(result.url);
        else issue(issues, ['urls', index], result.code);
      }
    }
    submission.urls = checked;
  }

  if (input.contentTypes !== undefined) {
    const seen = checkArray(issues, ['contentTypes'], input.contentTypes, contentTypesRule);
    if (seen) {
      for (let index = 0; index < seen.length; index++) {
        const value = seen[index];
        if (!(contentTypes as readonly unknown[]).includes(value)) {
          issue(
            issues,
            ['contentTypes', index],
            value === undefined ? 'required' : 'invalid_value',
            value === undefined ? undefined : { allowed: allowedContentTypes },
          );
        }
      }
      submission.contentTypes = seen;
    }
  }

  if (input.whereFound !== undefined) {
    if ((whereFoundValues as readonly unknown[]).includes(input.whereFound)) {
      submission.whereFound = input.whereFound;
    } else issue(issues, ['whereFound'], 'invalid_value', { allowed: allowedWhereFound });
  }

  if (input.description !== undefined) {
    const description = checkString(issues, input.description, descriptionRule);
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

  const refused = options?.portals && portalIssue(submission as ReportSubmission, options.portals);
  if (refused) return { ok: false, issues: [refused] };
  return { ok: true, submission: submission as ReportSubmission };
}

/**
 * The issue of a valid submission whose portal is not among `portals`, or whose locale its
 * portal does not serve (exported for the zod reference of the tests).
 */
export function portalIssue(
  submission: Pick<ReportSubmission, 'portal' | 'locale'>,
  portals: readonly PortalLocales[],
): SubmissionIssue | undefined {
  const found = portals.find((candidate) => candidate.id === submission.portal);
  if (!found) return { path: ['portal'], code: 'unknown_portal' };
  if (found.locales.includes(submission.locale)) return undefined;
  return {
    path: ['locale'],
    code: 'unsupported_locale',
    params: { locales: found.locales.join(', ') },
  };
}

const nameRule = stringRule(['contact', 'name'], submissionLimits.maxNameLength, { trim: true });
const emailRule = stringRule(['contact', 'email'], submissionLimits.maxEmailLength, {
  trim: true,
  pattern: emailShape,
  patternCode: 'invalid_email',
});
const phoneRule = stringRule(['contact', 'phone'], submissionLimits.maxPhoneLength, {
  trim: true,
  pattern: phoneShape,
  patternCode: 'invalid_phone',
});

function checkContact(issues: Issues, value: unknown): Record_ | undefined {
  const path = ['contact'];
  if (!isRecord(value)) {
    typeIssue(issues, path, value, 'object');
    return undefined;
  }
  const contact: Record_ = {};
  if (typeof value.consent === 'boolean') contact.consent = value.consent;
  else typeIssue(issues, ['contact', 'consent'], value.consent, 'boolean');
  // Each field by name (not in a loop over names): property access by a constant name is what
  // engines make fast.
  if (value.name !== undefined) {
    const name = checkString(issues, value.name, nameRule);
    if (name !== undefined) contact.name = name;
  }
  if (value.email !== undefined) {
    const email = checkString(issues, value.email, emailRule);
    if (email !== undefined) contact.email = email;
  }
  if (value.phone !== undefined) {
    const phone = checkString(issues, value.phone, phoneRule);
    if (phone !== undefined) contact.phone = phone;
  }
  if (value.wantsFeedback !== undefined) {
    if (typeof value.wantsFeedback === 'boolean') contact.wantsFeedback = value.wantsFeedback;
    else issue(issues, ['contact', 'wantsFeedback'], 'invalid_type', { expected: 'boolean' });
  }
  unknownKeys(issues, value, contactKeys, path);
  return contact;
}
