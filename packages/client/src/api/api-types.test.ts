import type { ReportSubmissionInput } from '@reportal/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { ReportInput, ReportSubmissionBody } from './api-types.js';

describe('the generated API types', () => {
  it('describe submissions that the core schema takes, with the same fields', () => {
    // Checked by the compiler (`pnpm typecheck`); the core's input type also allows an explicit
    // `undefined` for optional fields, which JSON leaves out anyway.
    const toInput = (body: ReportSubmissionBody): ReportSubmissionInput => body;
    expectTypeOf(toInput).returns.toEqualTypeOf<ReportSubmissionInput>();
    expectTypeOf<keyof ReportSubmissionBody>().toEqualTypeOf<keyof ReportSubmissionInput>();
  });

  it('leave schemaVersion, portal and locale to the client', () => {
    expectTypeOf<ReportInput>().not.toHaveProperty('portal');
    expectTypeOf<ReportInput>().not.toHaveProperty('locale');
    expectTypeOf<ReportInput>().not.toHaveProperty('schemaVersion');
    expectTypeOf<ReportInput['goodFaith']>().toEqualTypeOf<true>();
  });
});
