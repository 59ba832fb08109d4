// The invariants of the report store, checked with SQL on its tables (schema `reportal`).
import type { TestDatabase } from './test-database.js';

/** One invariant and how many rows break it. */
export interface InvariantViolation {
  invariant: string;
  rows: number;
  sample: unknown[];
}

const invariants: { invariant: string; sql: string }[] = [
  {
    invariant: 'every case has a history whose length equals its version (entries 1..version)',
    sql: `SELECT c.id, c.version, count(h.version) AS entries, min(h.version) AS first, max(h.version) AS last
      FROM reportal.cases c LEFT JOIN reportal.case_history h ON h.case_id = c.id
      GROUP BY c.id, c.version
      HAVING count(h.version) <> c.version OR min(h.version) <> 1 OR max(h.version) <> c.version`,
  },
  {
    invariant: 'every case history starts with an opening entry',
    sql: `SELECT h.case_id, h.entry ->> 'type' AS type FROM reportal.case_history h
      WHERE h.version = 1 AND h.entry ->> 'type' <> 'open'`,
  },
  {
    invariant: 'every report links at least one case',
    sql: `SELECT r.report_id FROM reportal.reports r
      WHERE NOT EXISTS (SELECT 1 FROM reportal.report_cases rc WHERE rc.report_id = r.report_id)`,
  },
  {
    invariant: 'every case is linked by at least one report',
    sql: `SELECT c.id FROM reportal.cases c
      WHERE NOT EXISTS (SELECT 1 FROM reportal.report_cases rc WHERE rc.case_id = c.id)`,
  },
  {
    invariant: 'every report_cases row points to an existing report and an existing case',
    sql: `SELECT rc.report_id, rc.case_id FROM reportal.report_cases rc
      LEFT JOIN reportal.reports r ON r.report_id = rc.report_id
      LEFT JOIN reportal.cases c ON c.id = rc.case_id
      WHERE r.report_id IS NULL OR c.id IS NULL`,
  },
  {
    invariant: 'every history entry belongs to an existing case',
    sql: `SELECT h.case_id FROM reportal.case_history h
      LEFT JOIN reportal.cases c ON c.id = h.case_id WHERE c.id IS NULL`,
  },
  {
    invariant: 'at most one case per portal and URL key takes new reports',
    sql: `SELECT portal, url_key, count(*) FROM reportal.cases WHERE link_target
      GROUP BY portal, url_key HAVING count(*) > 1`,
  },
];

/**
 * Invariants that hold only while intake has been the only writer (no analyst events): each
 * history entry is the opening or a link of one report, so a case's version equals the number
 * of reports it links, and each URL key has exactly one case.
 */
const intakeOnlyInvariants: { invariant: string; sql: string }[] = [
  {
    invariant: "a case's version equals the number of reports linked to it",
    sql: `SELECT c.id, c.version, count(rc.report_id) AS reports FROM reportal.cases c
      LEFT JOIN reportal.report_cases rc ON rc.case_id = c.id
      GROUP BY c.id, c.version HAVING count(rc.report_id) <> c.version`,
  },
  {
    invariant: 'one case per portal and URL key (deduplication held)',
    sql: `SELECT portal, url_key, count(*) FROM reportal.cases
      GROUP BY portal, url_key HAVING count(*) > 1`,
  },
  {
    invariant: 'no two reports have the same receipt hash',
    sql: `SELECT receipt_hash, count(*) FROM reportal.reports
      GROUP BY receipt_hash HAVING count(*) > 1`,
  },
];

/**
 * The invariants the store breaks, or an empty list.
 *
 * @example
 * ```ts
 * expect(await storeInvariantViolations(database, { intakeOnly: true })).toEqual([]);
 * ```
 */
export async function storeInvariantViolations(
  database: TestDatabase,
  options: { intakeOnly: boolean },
): Promise<InvariantViolation[]> {
  const violations: InvariantViolation[] = [];
  for (const { invariant, sql } of [
    ...invariants,
    ...(options.intakeOnly ? intakeOnlyInvariants : []),
  ]) {
    const rows = await database.query(sql);
    if (rows.length > 0)
      violations.push({ invariant, rows: rows.length, sample: rows.slice(0, 3) });
  }
  return violations;
}
