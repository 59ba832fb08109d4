import type { ReportSubmissionInput } from '@reportal/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { ReportInput, ReportSubmissionBody } from './api-types.js';

describe('the generated API types', () => {
  it('take every submission that the core schema takes, and the other way round', () => {
    expectTypeOf<ReportSubmissionInput>().toExtend<ReportSubmissionBody>();
    expectTypeOf<ReportSubmissionBody>().toExtend<ReportSubmissionInput>();
  });

  it('leave schemaVersion, portal and locale to the client', () => {
    expectTypeOf<ReportInput>().not.toHaveProperty('portal');
    expectTypeOf<ReportInput>().not.toHaveProperty('locale');
    expectTypeOf<ReportInput>().not.toHaveProperty('schemaVersion');
    expectTypeOf<ReportInput['goodFaith']>().toEqualTypeOf<true>();
  });
});
