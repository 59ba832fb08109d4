import { type CaseHistoryEntry, replayHistory } from '@reportal/core';
import type { SqlQueryable } from '../driver/sql-driver.js';
import { caseHost, caseProjection } from '../store/case-projection.js';

const batchSize = 1000;

/**
 * Migration 9's backfill: the host (the public suffix list is not in SQL) and the projections of
 * every case stored before it, then the open cases per host, in the migration's transaction.
 */
export async function backfillCaseProjections(transaction: SqlQueryable, s: string): Promise<void> {
  let after = '';
  for (;;) {
    const { rows } = await transaction.query<{ id: string; history: string }>(
      `SELECT c.id, (SELECT json_agg(json_build_array(h.version, h.entry) ORDER BY h.version)
          FROM ${s}.case_history AS h WHERE h.case_id = c.id)::text AS history
      FROM ${s}.cases AS c WHERE c.id > $1 ORDER BY c.id LIMIT ${batchSize}`,
      [after],
    );
    if (rows.length === 0) break;
    const updates = rows.map((row) => {
      const entries = (
        JSON.parse(row.history) as [number, Omit<CaseHistoryEntry, 'version'>][]
      ).map(([version, entry]) => ({ ...entry, version }) as CaseHistoryEntry);
      const found = replayHistory(entries);
      return { id: row.id, host: caseHost(found.urls), ...caseProjection(found) };
    });
    await transaction.query(
      `UPDATE ${s}.cases AS c SET host = u.host, hosting_country = u."hostingCountry",
        classification = u.classification, last_notice_at = u."lastNoticeAt",
        round_reminders = u."roundReminders"
      FROM jsonb_to_recordset($1::jsonb) AS u (id text, host text, "hostingCountry" text,
        classification text, "lastNoticeAt" timestamptz, "roundReminders" integer)
      WHERE c.id = u.id COLLATE "C"`,
      [JSON.stringify(updates)],
    );
    after = rows.at(-1)!.id;
  }
  await transaction.query(
    `INSERT INTO ${s}.host_cases (portal, host, received, assessing, confirmed, forwarded,
      notice_sent)
    SELECT portal, host, count(*) FILTER (WHERE state = 'received'),
      count(*) FILTER (WHERE state = 'assessing'), count(*) FILTER (WHERE state = 'confirmed'),
      count(*) FILTER (WHERE state = 'forwarded'), count(*) FILTER (WHERE state = 'notice_sent')
    FROM ${s}.cases WHERE open AND host IS NOT NULL GROUP BY portal, host`,
  );
}
