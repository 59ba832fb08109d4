import type { SqlQueryable } from '../driver/sql-driver.js';
import { backfillCaseProjections } from './backfill-case-projections.js';

/**
 * One versioned migration: its statements, written for a schema given as a quoted identifier.
 * Migrations are append-only: a released one never changes; a change is a new migration.
 */
export interface Migration {
  version: number;
  name: string;
  statements(schema: string): string[];
  /** Fills what SQL alone cannot, in the migration's transaction, after its statements. */
  backfill?(transaction: SqlQueryable, schema: string): Promise<void>;
}

/**
 * The migrations, in order. Report-related times come from the report's coarsened `receivedAt`
 * or from the actor's event time, never from `now()`: the database learns no exact request time.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'reports, cases, history, idempotency keys, tokens, purge log',
    statements: (s) => [
      // The stored report without its contact details, which live apart so a purge removes them.
      `CREATE TABLE ${s}.reports (
        report_id text COLLATE "C" PRIMARY KEY,
        portal text NOT NULL,
        receipt_hash text NOT NULL UNIQUE,
        received_at timestamptz NOT NULL,
        report json NOT NULL,
        contact json
      )`,
      `CREATE INDEX reports_contact_received_at ON ${s}.reports (portal, received_at)
        WHERE contact IS NOT NULL`,
      // A projection of each case's history for filters and locks; the case itself is replayed
      // from case_history. link_target marks the one case new reports of a URL key link to: it
      // is open, and the partial unique index makes it unique per portal and key.
      `CREATE TABLE ${s}.cases (
        id text COLLATE "C" PRIMARY KEY,
        portal text NOT NULL,
        url_key text NOT NULL,
        state text NOT NULL,
        open boolean NOT NULL,
        link_target boolean NOT NULL,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        pending_notice_at timestamptz,
        merged_into text COLLATE "C",
        CHECK (open OR NOT link_target)
      )`,
      `CREATE UNIQUE INDEX cases_link_target ON ${s}.cases (portal, url_key) WHERE link_target`,
      `CREATE INDEX cases_newest ON ${s}.cases (created_at DESC, id DESC)`,
      `CREATE INDEX cases_portal_newest ON ${s}.cases (portal, created_at DESC, id DESC)`,
      `CREATE INDEX cases_key ON ${s}.cases (portal, url_key)`,
      `CREATE INDEX cases_pending_notice ON ${s}.cases (pending_notice_at)
        WHERE pending_notice_at IS NOT NULL`,
      `CREATE INDEX cases_closed ON ${s}.cases (portal, updated_at) WHERE state = 'closed'`,
      // The append-only history: one row per entry; the entry's version is the column.
      `CREATE TABLE ${s}.case_history (
        case_id text COLLATE "C" NOT NULL REFERENCES ${s}.cases (id) ON DELETE CASCADE,
        version integer NOT NULL,
        entry json NOT NULL,
        PRIMARY KEY (case_id, version)
      )`,
      `CREATE TABLE ${s}.report_cases (
        report_id text COLLATE "C" NOT NULL REFERENCES ${s}.reports (report_id) ON DELETE CASCADE,
        case_id text COLLATE "C" NOT NULL REFERENCES ${s}.cases (id) ON DELETE CASCADE,
        position integer NOT NULL,
        PRIMARY KEY (report_id, case_id)
      )`,
      `CREATE INDEX report_cases_case ON ${s}.report_cases (case_id)`,
      `CREATE TABLE ${s}.idempotency_keys (
        scope text COLLATE "C" NOT NULL,
        key_hash text COLLATE "C" NOT NULL,
        fingerprint text NOT NULL,
        sealed_response text NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (scope, key_hash)
      )`,
      `CREATE INDEX idempotency_keys_expires_at ON ${s}.idempotency_keys (expires_at)`,
      `CREATE TABLE ${s}.tokens (
        id text PRIMARY KEY,
        token_hash text NOT NULL UNIQUE,
        role text NOT NULL,
        label text NOT NULL,
        partner_id text,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`,
      // What each purge removed: counts and the day, never data.
      `CREATE TABLE ${s}.purge_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        purged_on date NOT NULL,
        portals text NOT NULL,
        contact_details_removed integer NOT NULL,
        cases_deleted integer NOT NULL,
        reports_deleted integer NOT NULL,
        idempotency_keys_removed integer NOT NULL
      )`,
      submitReportsFunction(s),
      appendCaseEntryFunction(s),
    ],
  },
  {
    version: 2,
    name: 'submit_reports finds idempotency keys by their primary key',
    statements: (s) => [submitReportsFunction(s, 2)],
  },
  {
    version: 3,
    name: 'shared rate limits (unlogged), tokens scoped to portals',
    statements: (s) => [
      `ALTER TABLE ${s}.tokens ADD COLUMN portals text[]`,
      // Rate limits shared by every process on the database. UNLOGGED: no WAL is written for
      // them, a crash empties them (every budget starts full again), and they never reach a
      // replica or a WAL archive. Keys are keyed hashes of client addresses under the secret of
      // a period; the secret and the buckets of a period are deleted when the next one begins.
      `CREATE UNLOGGED TABLE ${s}.rate_limit_buckets (
        key text COLLATE "C" PRIMARY KEY,
        period bigint,
        tokens double precision NOT NULL,
        updated_at double precision NOT NULL
      )`,
      `CREATE INDEX rate_limit_buckets_period ON ${s}.rate_limit_buckets (period)
        WHERE period IS NOT NULL`,
      `CREATE UNLOGGED TABLE ${s}.rate_limit_secrets (
        period bigint PRIMARY KEY,
        secret bytea NOT NULL
      )`,
      takeRateLimitFunction(s),
    ],
  },
  {
    version: 8,
    name: 'case facts for metrics and transparency reports, kept by a trigger on case history',
    statements: (s) => [
      // One row per case: what metrics and transparency reports count, kept up to date in the
      // transaction that appends each history entry, so reading them never replays a history.
      `CREATE TABLE ${s}.case_facts (
        case_id text COLLATE "C" PRIMARY KEY REFERENCES ${s}.cases (id) ON DELETE CASCADE,
        portal text NOT NULL,
        created_at timestamptz NOT NULL,
        state text NOT NULL,
        last_event_at timestamptz,
        assessed_at timestamptz,
        classification text,
        severity text,
        hosting_country text,
        hosting_provider text,
        dismissal_reason text,
        first_notice_at timestamptz,
        first_notice_version integer,
        removed_at timestamptz,
        reminders integer NOT NULL DEFAULT 0,
        pending_notice_at timestamptz,
        forwarded_to_hotline boolean NOT NULL DEFAULT false,
        reported_to_law_enforcement boolean NOT NULL DEFAULT false
      )`,
      `CREATE INDEX case_facts_created ON ${s}.case_facts (portal, created_at)`,
      `CREATE INDEX case_facts_assessed ON ${s}.case_facts (portal, assessed_at)
        WHERE assessed_at IS NOT NULL`,
      `CREATE INDEX case_facts_noticed ON ${s}.case_facts (portal, first_notice_at)
        WHERE first_notice_at IS NOT NULL`,
      `CREATE INDEX case_facts_removed ON ${s}.case_facts (portal, removed_at)
        WHERE removed_at IS NOT NULL`,
      foldCaseFactFunction(s),
      `CREATE FUNCTION ${s}.record_case_fact() RETURNS trigger LANGUAGE plpgsql AS $function$
BEGIN
  PERFORM ${s}.fold_case_fact(NEW.case_id, NEW.version, NEW.entry);
  RETURN NULL;
END
$function$`,
      `CREATE TRIGGER case_history_facts AFTER INSERT ON ${s}.case_history
        FOR EACH ROW EXECUTE FUNCTION ${s}.record_case_fact()`,
      // The cases stored before this migration, entry by entry.
      `DO $backfill$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT h.case_id, h.version, h.entry FROM ${s}.case_history AS h
    ORDER BY h.case_id, h.version
  LOOP
    PERFORM ${s}.fold_case_fact(r.case_id, r.version, r.entry);
  END LOOP;
END
$backfill$`,
    ],
  },
  {
    version: 9,
    name: 'triage: host, source, hosting country, classification and notices per case; open cases per host; bulk events',
    statements: (s) => [
      // Projections of each case for the analysts' filters, kept by append_case_event. host is
      // the registrable domain of the case's URL (hostKey of the core, computed by the store).
      `ALTER TABLE ${s}.cases ADD COLUMN host text COLLATE "C",
        ADD COLUMN source text COLLATE "C",
        ADD COLUMN hosting_country text COLLATE "C",
        ADD COLUMN classification text COLLATE "C",
        ADD COLUMN last_notice_at timestamptz,
        ADD COLUMN round_reminders integer NOT NULL DEFAULT 0`,
      // One index per filter, each ending in the queue's order, so a page reads only its rows
      // whatever the store's size (either direction: newest or oldest first).
      `CREATE INDEX cases_portal_state ON ${s}.cases (portal, state, created_at, id)`,
      `CREATE INDEX cases_portal_host ON ${s}.cases (portal, host, created_at, id)`,
      `CREATE INDEX cases_portal_host_open ON ${s}.cases (portal, host, created_at, id) WHERE open`,
      `CREATE INDEX cases_portal_hosting_country ON ${s}.cases (portal, hosting_country, created_at, id)
        WHERE hosting_country IS NOT NULL`,
      `CREATE INDEX cases_portal_classification ON ${s}.cases (portal, classification, created_at, id)
        WHERE classification IS NOT NULL`,
      `CREATE INDEX cases_portal_source ON ${s}.cases (portal, source, created_at, id)`,
      `CREATE INDEX cases_reminder_due ON ${s}.cases (portal, last_notice_at)
        WHERE state = 'notice_sent'`,
      // Open cases per host and state, kept in the transaction of each change.
      `CREATE TABLE ${s}.host_cases (
        portal text COLLATE "C" NOT NULL,
        host text COLLATE "C" NOT NULL,
        received integer NOT NULL DEFAULT 0,
        assessing integer NOT NULL DEFAULT 0,
        confirmed integer NOT NULL DEFAULT 0,
        forwarded integer NOT NULL DEFAULT 0,
        notice_sent integer NOT NULL DEFAULT 0,
        open_cases integer GENERATED ALWAYS AS
          (received + assessing + confirmed + forwarded + notice_sent) STORED,
        PRIMARY KEY (portal, host)
      )`,
      `CREATE INDEX host_cases_busiest ON ${s}.host_cases (portal, open_cases DESC, host)
        WHERE open_cases > 0`,
      // Bulk events under an idempotency key: the key with its body's fingerprint, then each
      // case applied, written in the case's own transaction, so a retry applies nothing twice.
      `CREATE TABLE ${s}.bulk_event_keys (
        scope text COLLATE "C" NOT NULL,
        key_hash text COLLATE "C" NOT NULL,
        fingerprint text NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (scope, key_hash)
      )`,
      `CREATE INDEX bulk_event_keys_expires_at ON ${s}.bulk_event_keys (expires_at)`,
      `CREATE TABLE ${s}.bulk_event_cases (
        scope text COLLATE "C" NOT NULL,
        key_hash text COLLATE "C" NOT NULL,
        case_id text COLLATE "C" NOT NULL,
        state text NOT NULL,
        version integer NOT NULL,
        PRIMARY KEY (scope, key_hash, case_id),
        FOREIGN KEY (scope, key_hash) REFERENCES ${s}.bulk_event_keys (scope, key_hash)
          ON DELETE CASCADE
      )`,
      // The source of the report that opened each case.
      `UPDATE ${s}.cases AS c SET source = r.report ->> 'source'
      FROM ${s}.case_history AS h JOIN ${s}.reports AS r
        ON r.report_id = (h.entry -> 'payload' ->> 'reportId') COLLATE "C"
      WHERE h.case_id = c.id AND h.version = 1`,
      shiftHostCasesFunction(s),
      appendCaseEventFunction(s),
      submitReportsFunction(s, 3),
    ],
    backfill: (transaction, s) => backfillCaseProjections(transaction, s),
  },
];

/**
 * The state each history entry leads to (NULL: unchanged), as the takedown machine of the core
 * says (`takedownEvents[type].to`); a test holds this copy to it.
 */
export const caseFactStates: Readonly<Record<string, string | null>> = {
  link_report: null,
  claim: 'assessing',
  release: 'received',
  dismiss: 'dismissed',
  merge: 'merged',
  confirm: 'confirmed',
  forward: 'forwarded',
  send_notice: 'notice_sent',
  notify_law_enforcement: null,
  verify_removed: 'removed',
  reappear: 'confirmed',
  reopen: 'assessing',
  close: 'closed',
};

/**
 * Folds one history entry into its case's facts, as the core's `evolveCase` does into a case:
 * the first assessment, the confirmation, the current dismissal, the first notice, the first
 * removal after it, reminders (notices sent again from notice_sent), the first notice of the
 * current round (for overdue) and whether the case went to a hotline or to the police.
 */
function foldCaseFactFunction(s: string): string {
  const states = Object.entries(caseFactStates)
    .map(([type, state]) => `WHEN '${type}' THEN ${state === null ? 'f.state' : `'${state}'`}`)
    .join(' ');
  return `CREATE FUNCTION ${s}.fold_case_fact(p_case_id text, p_version integer, p_entry json)
  RETURNS void LANGUAGE plpgsql AS $function$
DECLARE
  kind text := p_entry ->> 'type';
  at timestamptz := (p_entry ->> 'at')::timestamptz;
  payload json := p_entry -> 'payload';
  f record;
  next_state text;
BEGIN
  IF kind = 'open' THEN
    INSERT INTO ${s}.case_facts (case_id, portal, created_at, state)
      VALUES (p_case_id, payload ->> 'portal', at, 'received')
      ON CONFLICT (case_id) DO NOTHING;
    RETURN;
  END IF;
  IF kind = 'link_report' THEN
    RETURN;
  END IF;
  SELECT c.state, c.pending_notice_at INTO f FROM ${s}.case_facts AS c
    WHERE c.case_id = p_case_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  next_state := CASE kind ${states} ELSE f.state END;
  UPDATE ${s}.case_facts AS c SET
    state = next_state,
    last_event_at = greatest(c.last_event_at, at),
    assessed_at = CASE WHEN kind IN ('confirm', 'dismiss') THEN coalesce(c.assessed_at, at)
      ELSE c.assessed_at END,
    classification = CASE WHEN kind = 'confirm' THEN payload ->> 'classification'
      ELSE c.classification END,
    severity = CASE WHEN kind = 'confirm' THEN payload ->> 'severity' ELSE c.severity END,
    hosting_country = CASE WHEN kind = 'confirm' THEN payload ->> 'hostingCountry'
      ELSE c.hosting_country END,
    hosting_provider = CASE WHEN kind = 'confirm' THEN payload ->> 'hostingProvider'
      ELSE c.hosting_provider END,
    dismissal_reason = CASE WHEN kind = 'dismiss' THEN payload ->> 'reason'
      WHEN kind = 'reopen' THEN NULL ELSE c.dismissal_reason END,
    first_notice_at = CASE WHEN kind = 'send_notice' THEN coalesce(c.first_notice_at, at)
      ELSE c.first_notice_at END,
    first_notice_version = CASE WHEN kind = 'send_notice'
      THEN coalesce(c.first_notice_version, p_version) ELSE c.first_notice_version END,
    removed_at = CASE WHEN kind = 'verify_removed' AND c.first_notice_version IS NOT NULL
      AND c.removed_at IS NULL THEN at ELSE c.removed_at END,
    reminders = c.reminders
      + CASE WHEN kind = 'send_notice' AND f.state = 'notice_sent' THEN 1 ELSE 0 END,
    pending_notice_at = CASE WHEN next_state <> 'notice_sent' THEN NULL
      WHEN kind = 'send_notice' AND f.state <> 'notice_sent' THEN at
      ELSE c.pending_notice_at END,
    forwarded_to_hotline = c.forwarded_to_hotline
      OR (kind = 'forward' AND payload ->> 'to' = 'hotline'),
    reported_to_law_enforcement = c.reported_to_law_enforcement
      OR (kind = 'forward' AND payload ->> 'to' = 'law_enforcement')
      OR kind = 'notify_law_enforcement'
  WHERE c.case_id = p_case_id;
END
$function$`;
}

/**
 * Takes one token (or checks for one: cost 0) from each bucket, all or nothing, in one call.
 * Buckets are locked in key order, so concurrent calls never deadlock; a bucket seen for the
 * first time is inserted full and locked, and deleted again when the call refuses, so a refused
 * request leaves no bucket behind. Answers NULL when taken, else for each bucket the
 * milliseconds until it holds a token (0 for those that hold one now).
 */
function takeRateLimitFunction(s: string): string {
  return `CREATE FUNCTION ${s}.take_rate_limit(p_keys text[], p_periods bigint[],
    p_bursts double precision[], p_per_ms double precision[], p_costs integer[],
    p_charge_when_refused boolean[], p_now double precision)
  RETURNS double precision[] LANGUAGE plpgsql AS $function$
DECLARE
  i integer;
  n integer := coalesce(array_length(p_keys, 1), 0);
  available double precision[] := '{}';
  inserted boolean[] := '{}';
  bucket record;
  tokens double precision;
  waits double precision[] := '{}';
  refused boolean := false;
BEGIN
  FOR i IN 1..n LOOP
    INSERT INTO ${s}.rate_limit_buckets (key, period, tokens, updated_at)
      VALUES (p_keys[i], p_periods[i], p_bursts[i], p_now)
      ON CONFLICT (key) DO NOTHING;
    inserted[i] := FOUND;
    SELECT b.tokens, b.updated_at INTO bucket FROM ${s}.rate_limit_buckets AS b
      WHERE b.key = p_keys[i] FOR UPDATE;
    tokens := least(p_bursts[i],
      bucket.tokens + greatest(0, p_now - bucket.updated_at) * p_per_ms[i]);
    available[i] := tokens;
    IF tokens < 1 AND p_costs[i] >= 0 THEN
      refused := true;
      waits[i] := (1 - tokens) / p_per_ms[i];
    ELSE
      waits[i] := 0;
    END IF;
  END LOOP;
  IF refused THEN
    FOR i IN 1..n LOOP
      IF inserted[i] THEN
        DELETE FROM ${s}.rate_limit_buckets WHERE key = p_keys[i];
      ELSIF p_charge_when_refused[i] AND p_costs[i] > 0 AND available[i] >= 1 THEN
        -- A known client knocking on a full portal spends its own budget.
        UPDATE ${s}.rate_limit_buckets
          SET tokens = available[i] - 1, updated_at = greatest(updated_at, p_now)
          WHERE key = p_keys[i];
      END IF;
    END LOOP;
    RETURN waits;
  END IF;
  FOR i IN 1..n LOOP
    IF inserted[i] AND p_costs[i] <= 0 THEN
      -- A check or a give-back creates no bucket.
      DELETE FROM ${s}.rate_limit_buckets WHERE key = p_keys[i];
    ELSIF p_costs[i] <> 0 THEN
      -- Never back in time: a call that read the clock earlier but got the lock later must
      -- not let the next call refill the same interval twice. A give-back (cost -1) never
      -- passes the burst.
      UPDATE ${s}.rate_limit_buckets
        SET tokens = least(p_bursts[i], available[i] - p_costs[i]),
          updated_at = greatest(updated_at, p_now)
        WHERE key = p_keys[i];
    END IF;
  END LOOP;
  RETURN NULL;
END
$function$`;
}

/**
 * Stores a batch of reports in one call (one transaction, one commit), set-based: a handful of
 * statements per batch, whatever its size. Locks are taken in one global order, idempotency keys
 * first, then URL keys, each sorted, so concurrent batches never deadlock. Returns one row per
 * case of each stored report, and one row per report replayed or refused for its idempotency key
 * (those store nothing).
 */
function submitReportsFunction(s: string, revision: 1 | 2 | 3 = 1): string {
  // Revision 1 compared the batch's idempotency keys to the table's in the default collation,
  // which the primary key (COLLATE "C") cannot serve, and let the planner join them by hashing:
  // every batch read the whole table. Revision 2 looks each key up in the primary key.
  const keyJoin =
    revision === 1
      ? `LEFT JOIN ${s}.idempotency_keys AS k ON k.scope = i.scope AND k.key_hash = i.key_hash`
      : `LEFT JOIN LATERAL (SELECT k.fingerprint, k.sealed_response FROM ${s}.idempotency_keys AS k
      WHERE k.scope = i.scope AND k.key_hash = i.key_hash LIMIT 1) AS k ON true`;
  // Revision 3 stores each new case's host and source, and counts it in host_cases.
  const triage = revision >= 3;
  const keyColumns =
    revision === 1
      ? `b.value #>> '{idempotency,scope}' AS scope,
        b.value #>> '{idempotency,keyHash}' AS key_hash,`
      : `(b.value #>> '{idempotency,scope}') COLLATE "C" AS scope,
        (b.value #>> '{idempotency,keyHash}') COLLATE "C" AS key_hash,`;
  return `${revision === 1 ? 'CREATE' : 'CREATE OR REPLACE'} FUNCTION ${s}.submit_reports(batch jsonb)
  RETURNS TABLE (r_item integer, r_position integer, r_kind text, r_case_id text, r_sealed text)
  LANGUAGE plpgsql AS $function$
DECLARE
  claimed_scopes text[];
  claimed_keys text[];
  outcomes text[];
  sealed text[];
BEGIN
  -- 1. The first report of each idempotency key in the batch claims the key, if it is free.
  WITH claimed AS (
    INSERT INTO ${s}.idempotency_keys AS k (scope, key_hash, fingerprint, sealed_response, expires_at)
    SELECT DISTINCT ON (i.scope, i.key_hash) i.scope, i.key_hash, i.value ->> 'fingerprint',
      i.value ->> 'sealedResponse', (i.value ->> 'expiresAt')::timestamptz
    FROM (
      SELECT b.ordinality, b.value -> 'idempotency' AS value,
        (b.value #>> '{idempotency,scope}') COLLATE "C" AS scope,
        (b.value #>> '{idempotency,keyHash}') COLLATE "C" AS key_hash
      FROM jsonb_array_elements(batch) WITH ORDINALITY AS b (value, ordinality)
      WHERE jsonb_typeof(b.value -> 'idempotency') = 'object'
    ) AS i
    ORDER BY i.scope, i.key_hash, i.ordinality
    ON CONFLICT (scope, key_hash) DO NOTHING
    RETURNING k.scope, k.key_hash
  )
  SELECT coalesce(array_agg(claimed.scope), '{}'), coalesce(array_agg(claimed.key_hash), '{}')
  INTO claimed_scopes, claimed_keys FROM claimed;

  -- 2. Every other report with a key is a replay (same body) or a conflict (another body).
  SELECT array_agg(o.kind ORDER BY o.ordinality), array_agg(o.sealed ORDER BY o.ordinality)
  INTO outcomes, sealed
  FROM (
    SELECT i.ordinality,
      CASE
        WHEN i.scope IS NULL THEN 'stored'
        WHEN i.ordinality = i.first AND EXISTS (SELECT 1 FROM unnest(claimed_scopes, claimed_keys)
          AS c (scope, key_hash) WHERE c.scope = i.scope AND c.key_hash = i.key_hash) THEN 'stored'
        WHEN k.fingerprint IS NULL THEN 'vanished'
        WHEN k.fingerprint = i.fingerprint THEN 'replayed'
        ELSE 'idempotency_conflict'
      END AS kind,
      CASE WHEN k.fingerprint = i.fingerprint THEN k.sealed_response END AS sealed
    FROM (
      SELECT b.ordinality, ${keyColumns}
        b.value #>> '{idempotency,fingerprint}' AS fingerprint,
        min(b.ordinality) OVER (PARTITION BY b.value #>> '{idempotency,scope}',
          b.value #>> '{idempotency,keyHash}') AS first
      FROM jsonb_array_elements(batch) WITH ORDINALITY AS b (value, ordinality)
    ) AS i
    ${keyJoin}
  ) AS o;
  IF 'vanished' = ANY (outcomes) THEN
    -- A purge removed a key between the two statements: the caller tries again.
    RAISE EXCEPTION 'An idempotency key vanished; try again' USING ERRCODE = 'serialization_failure';
  END IF;

  -- 3. The reports.
  INSERT INTO ${s}.reports (report_id, portal, receipt_hash, received_at, report, contact)
  SELECT b.value ->> 'reportId', b.value ->> 'portal', b.value ->> 'receiptHash',
    (b.value ->> 'receivedAt')::timestamptz, (b.value ->> 'report')::json,
    (b.value ->> 'contact')::json
  FROM jsonb_array_elements(batch) WITH ORDINALITY AS b (value, ordinality)
  WHERE outcomes[b.ordinality] = 'stored';

  -- 4. Per URL key, in key order: open a case, or take the one new reports of the key link to,
  -- then one history entry per report (an opening or a link) with consecutive versions.
  RETURN QUERY
  WITH target AS (
    SELECT b.ordinality AS item, t.ordinality AS position, b.value ->> 'reportId' AS report_id,
      (b.value ->> 'portal') COLLATE "C" AS portal, (t.value ->> 'key') COLLATE "C" AS url_key,
      (b.value ->> 'receivedAt')::timestamptz AS received_at, t.value ->> 'caseId' AS case_id,
      t.value ->> 'state' AS state, t.value ->> 'open' AS open_entry, t.value ->> 'link' AS link_entry${
        triage
          ? `,
      t.value ->> 'host' AS host, b.value ->> 'source' AS source`
          : ''
      }
    FROM jsonb_array_elements(batch) WITH ORDINALITY AS b (value, ordinality)
    CROSS JOIN LATERAL jsonb_array_elements(b.value -> 'cases') WITH ORDINALITY AS t (value, ordinality)
    WHERE outcomes[b.ordinality] = 'stored'
  ), ranked AS (
    SELECT target.*, row_number() OVER key_order AS rank,
      count(*) OVER (PARTITION BY target.portal, target.url_key) AS total,
      last_value(target.received_at) OVER (key_order
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_at
    FROM target
    WINDOW key_order AS (PARTITION BY target.portal, target.url_key ORDER BY target.item)
  ), upserted AS (
    INSERT INTO ${s}.cases AS c (id, portal, url_key, state, open, link_target, version,
      created_at, updated_at${triage ? ', host, source' : ''})
    SELECT r.case_id, r.portal, r.url_key, r.state, true, true, r.total, r.received_at, r.last_at${
      triage ? ', r.host, r.source' : ''
    }
    FROM ranked AS r WHERE r.rank = 1
    ORDER BY r.portal, r.url_key
    ON CONFLICT (portal, url_key) WHERE link_target
    DO UPDATE SET version = c.version + excluded.version, updated_at = excluded.updated_at
    RETURNING c.id, c.portal, c.url_key, c.version
  ), placed AS (
    SELECT r.item, r.position, r.report_id, u.id AS case_id,
      u.version - r.total + r.rank AS version,
      CASE WHEN r.rank = 1 AND u.id = r.case_id THEN r.open_entry ELSE r.link_entry END AS entry
    FROM ranked AS r JOIN upserted AS u ON u.portal = r.portal AND u.url_key = r.url_key
  ), history AS (
    INSERT INTO ${s}.case_history (case_id, version, entry)
    SELECT p.case_id, p.version, p.entry::json FROM placed AS p
  ), linked AS (
    INSERT INTO ${s}.report_cases (report_id, case_id, position)
    SELECT p.report_id, p.case_id, (p.position - 1)::integer FROM placed AS p
  )${
    triage
      ? `, counted AS (
    -- New cases (their id is the one proposed) open in received; hosts in order, so concurrent
    -- batches lock their counters in one order.
    INSERT INTO ${s}.host_cases AS h (portal, host, received)
    SELECT r.portal, r.host, count(*)::integer
    FROM ranked AS r JOIN upserted AS u ON u.portal = r.portal AND u.url_key = r.url_key
    WHERE r.rank = 1 AND u.id = r.case_id AND r.host IS NOT NULL
    GROUP BY r.portal, r.host
    ORDER BY r.portal, r.host
    ON CONFLICT (portal, host) DO UPDATE SET received = h.received + excluded.received
  )`
      : ''
  }
  SELECT (p.item - 1)::integer, (p.position - 1)::integer, 'stored'::text, p.case_id, NULL::text
  FROM placed AS p
  UNION ALL
  SELECT (o.ordinality - 1)::integer, NULL::integer, o.kind, NULL::text, sealed[o.ordinality]
  FROM unnest(outcomes) WITH ORDINALITY AS o (kind, ordinality)
  WHERE o.kind <> 'stored';
END
$function$`;
}

/**
 * Appends one accepted entry to a case if its version is still the one the entry follows, and
 * keeps link_target right: a case that leaves the open states hands it to the oldest other open
 * case of its key; a case that becomes open again takes it only if no case holds it.
 */
function appendCaseEntryFunction(s: string): string {
  return `CREATE FUNCTION ${s}.append_case_entry(p_case_id text, p_version integer, p_state text,
    p_open boolean, p_updated_at timestamptz, p_pending_notice_at timestamptz,
    p_merged_into text, p_entry text)
  RETURNS boolean LANGUAGE plpgsql AS $function$
DECLARE
  locked record;
  target boolean;
BEGIN
  SELECT c.portal, c.url_key, c.link_target INTO locked FROM ${s}.cases AS c
  WHERE c.id = p_case_id AND c.version = p_version - 1
  FOR UPDATE;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  IF NOT p_open THEN
    target := false;
  ELSIF locked.link_target THEN
    target := true;
  ELSE
    target := NOT EXISTS (SELECT 1 FROM ${s}.cases AS c
      WHERE c.portal = locked.portal AND c.url_key = locked.url_key AND c.link_target);
  END IF;
  UPDATE ${s}.cases AS c SET state = p_state, open = p_open, link_target = target,
    version = p_version, updated_at = p_updated_at, pending_notice_at = p_pending_notice_at,
    merged_into = p_merged_into
  WHERE c.id = p_case_id;
  INSERT INTO ${s}.case_history (case_id, version, entry) VALUES (p_case_id, p_version, p_entry::json);
  IF locked.link_target AND NOT target THEN
    UPDATE ${s}.cases AS c SET link_target = true
    WHERE c.id = (SELECT o.id FROM ${s}.cases AS o
        WHERE o.portal = locked.portal AND o.url_key = locked.url_key AND o.open
          AND NOT o.link_target AND o.id <> p_case_id
        ORDER BY o.created_at, o.id LIMIT 1)
      AND c.open AND NOT c.link_target;
  END IF;
  RETURN true;
END
$function$`;
}

/** Moves one open case of a host from one state to another (NULL: not open) in host_cases. */
function shiftHostCasesFunction(s: string): string {
  return `CREATE FUNCTION ${s}.shift_host_cases(p_portal text, p_host text, p_from text, p_to text)
  RETURNS void LANGUAGE sql AS $function$
  INSERT INTO ${s}.host_cases AS h (portal, host, received, assessing, confirmed, forwarded,
    notice_sent)
  SELECT p_portal, p_host,
    (p_to IS NOT DISTINCT FROM 'received')::integer - (p_from IS NOT DISTINCT FROM 'received')::integer,
    (p_to IS NOT DISTINCT FROM 'assessing')::integer - (p_from IS NOT DISTINCT FROM 'assessing')::integer,
    (p_to IS NOT DISTINCT FROM 'confirmed')::integer - (p_from IS NOT DISTINCT FROM 'confirmed')::integer,
    (p_to IS NOT DISTINCT FROM 'forwarded')::integer - (p_from IS NOT DISTINCT FROM 'forwarded')::integer,
    (p_to IS NOT DISTINCT FROM 'notice_sent')::integer - (p_from IS NOT DISTINCT FROM 'notice_sent')::integer
  ON CONFLICT (portal, host) DO UPDATE SET received = h.received + excluded.received,
    assessing = h.assessing + excluded.assessing, confirmed = h.confirmed + excluded.confirmed,
    forwarded = h.forwarded + excluded.forwarded, notice_sent = h.notice_sent + excluded.notice_sent
$function$`;
}

/**
 * append_case_entry, and in the same transaction: the case's projections for the filters
 * (p_projection: hostingCountry, classification, lastNoticeAt, roundReminders), its host's open
 * counts, and, for a bulk event under an idempotency key (p_bulk: scope, keyHash), the record
 * that this case got it.
 */
function appendCaseEventFunction(s: string): string {
  return `CREATE FUNCTION ${s}.append_case_event(p_case_id text, p_version integer, p_state text,
    p_open boolean, p_updated_at timestamptz, p_pending_notice_at timestamptz,
    p_merged_into text, p_entry text, p_projection jsonb, p_bulk jsonb)
  RETURNS boolean LANGUAGE plpgsql AS $function$
DECLARE
  old record;
BEGIN
  SELECT c.portal, c.host, c.state, c.open INTO old FROM ${s}.cases AS c
  WHERE c.id = p_case_id AND c.version = p_version - 1
  FOR UPDATE;
  IF NOT FOUND OR NOT ${s}.append_case_entry(p_case_id, p_version, p_state, p_open, p_updated_at,
      p_pending_notice_at, p_merged_into, p_entry) THEN
    RETURN false;
  END IF;
  UPDATE ${s}.cases AS c SET hosting_country = p_projection ->> 'hostingCountry',
    classification = p_projection ->> 'classification',
    last_notice_at = (p_projection ->> 'lastNoticeAt')::timestamptz,
    round_reminders = (p_projection ->> 'roundReminders')::integer
  WHERE c.id = p_case_id;
  IF old.host IS NOT NULL AND (old.open OR p_open) AND old.state <> p_state THEN
    PERFORM ${s}.shift_host_cases(old.portal, old.host, CASE WHEN old.open THEN old.state END,
      CASE WHEN p_open THEN p_state END);
  END IF;
  IF p_bulk IS NOT NULL THEN
    INSERT INTO ${s}.bulk_event_cases (scope, key_hash, case_id, state, version)
    VALUES (p_bulk ->> 'scope', p_bulk ->> 'keyHash', p_case_id, p_state, p_version);
  END IF;
  RETURN true;
END
$function$`;
}
