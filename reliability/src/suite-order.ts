import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The order the suites run in: the anonymity audit reads what the others left, so it is last. */
export const suiteOrder = [
  'crash-durability.test.ts',
  'several-instances.test.ts',
  'fuzzing.test.ts',
  'flood.test.ts',
  'anonymity-audit.test.ts',
] as const;

function rank(specification: TestSpecification): number {
  const index = suiteOrder.findIndex((name) => specification.moduleId.endsWith(`/${name}`));
  return index === -1 ? suiteOrder.length : index;
}

/** Runs the suites in `suiteOrder`, whatever vitest's cache says about their durations. */
export class SuiteOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}
