// The zod schema applied by zod, with zod's issues mapped to Reportal's codes: the reference that
// the tests hold parseSubmission (a checker written for the same rules) to. Not shipped.
import * as z from 'zod/mini';
import { portalIssue } from './check-submission.js';
import type { SubmissionIssue, SubmissionIssueCode } from './issue-codes.js';
import type { ParseSubmissionOptions, ParseSubmissionResult } from './parse-submission.js';
import { textWithoutNul } from './submission-fields.js';
import { reportSubmissionSchema } from './submission-schema.js';

/** `parseSubmission` by the zod schema itself, at run time or compiled by zod's compiler. */
export function parseSubmissionBySchema(
  input: unknown,
  options: ParseSubmissionOptions & { compile?: boolean } = {},
): ParseSubmissionResult {
  const schema = options.compile ? compiledSchema() : reportSubmissionSchema;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toSubmissionIssues(parsed.error.issues, input) };
  const submission = parsed.data;
  const refused = options.portals && portalIssue(submission, options.portals);
  if (refused) return { ok: false, issues: [refused] };
  return { ok: true, submission };
}

let compiled: typeof reportSubmissionSchema | undefined;
const compiledSchema = () => {
  compiled ??= z.compile(reportSubmissionSchema);
  return compiled;
};

function toSubmissionIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
): SubmissionIssue[] {
  const result: SubmissionIssue[] = [];
  // A value of the wrong type gets that one issue: zod also runs length checks on, say, a string
  // given for an array, which would only confuse.
  const wrongType = new Set<string>();
  for (const issue of issues) {
    const path = issue.path.filter(
      (segment): segment is string | number => typeof segment !== 'symbol',
    );
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) result.push({ path: [...path, key], code: 'unknown_field' });
      continue;
    }
    const where = JSON.stringify(path);
    if (wrongType.has(where)) continue;
    const mapped = toSubmissionIssue(issue, path, input);
    if (mapped.code === 'invalid_type' || mapped.code === 'required') wrongType.add(where);
    result.push(mapped);
  }
  return result;
}

function toSubmissionIssue(
  issue: z.core.$ZodIssue,
  path: (string | number)[],
  input: unknown,
): SubmissionIssue {
  const field = path[0];
  const reportal = (issue as { params?: { reportal?: SubmissionIssueCode } }).params?.reportal;
  if (reportal) return { path, code: reportal };
  if (issue.code === 'invalid_format' && issue.pattern === String(textWithoutNul)) {
    return { path, code: 'nul_character' };
  }
  if (field === 'goodFaith') return { path, code: 'good_faith_required' };
  const missing = valueAt(input, path) === undefined;
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return { path, code: 'required' };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { path, code: 'invalid_type', params: { expected: issue.expected } };
    case 'invalid_value':
      if (field === 'schemaVersion') return { path, code: 'unsupported_schema_version' };
      return {
        path,
        code: 'invalid_value',
        params: { allowed: issue.values.map(String).join(', ') },
      };
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'array') return { path, code: 'too_many_items', params: { maximum } };
      if (field === 'urls') return { path, code: 'url_too_long', params: { maximum } };
      return { path, code: 'too_long', params: { maximum } };
    }
    case 'too_small':
      if (issue.origin === 'array') {
        return { path, code: 'too_few_items', params: { minimum: Number(issue.minimum) } };
      }
      return { path, code: 'empty' };
    case 'invalid_format':
      if (path[1] === 'email') return { path, code: 'invalid_email' };
      if (path[1] === 'phone') return { path, code: 'invalid_phone' };
      return { path, code: 'invalid_value' };
    default:
      return { path, code: 'invalid_value' };
  }
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let current = input;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
