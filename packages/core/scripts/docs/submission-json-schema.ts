import * as z from 'zod/mini';
import { reportSubmissionSchema } from '../../src/schema/submission-schema.js';
import type { GeneratedDoc } from '../generated-docs.js';

/** The JSON Schema (draft 2020-12) of a report submission, version 1, as a client sends it. */
export function submissionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(reportSubmissionSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://reportal.invalid/schemas/report-submission-v1.json',
    title: 'Reportal report submission, schema version 1',
  };
}

export const submissionJsonSchemaDoc: GeneratedDoc = {
  path: 'docs/report-submission.schema.json',
  render: () => `${JSON.stringify(submissionJsonSchema(), null, 2)}\n`,
};
