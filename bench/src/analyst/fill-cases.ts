// Fills a store with cases whose histories look like a national hotline's year, through the
// store's public API only (`submitReport`, `appendEvent`), so every aggregate and index a store
// keeps is kept the way it is in production. Deterministic for a seed.
import {
  ANONYMIZATION_RULESET_ID,
  type CaseActor,
  classifications,
  createReportId,
  dismissalReasons,
  type TakedownEventType,
  urlKey,
} from '@reportal/core';
import type { NewReport, ReportStore } from '@reportal/store';

const hour = 3_600_000;
const minute = 60_000;

/** A small fast generator (mulberry32): the same seed gives the same store. Not for secrets. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Options of `fillCases`. */
export interface FillOptions {
  portal: string;
  /** Cases to add. */
  cases: number;
  /** The first case's number (to grow one store in steps: 0, then 10,000, ...). */
  firstCase: number;
  /** Cases arrive over the year before `until`. */
  until: Date;
  /** How many cases are filled at the same time. */
  concurrency: number;
  seed: number;
  /** Called now and then with the number of cases done. */
  progress?: (done: number) => void;
}

const analyst: CaseActor = { id: 'bench-analyst', role: 'analyst' };
const supervisor: CaseActor = { id: 'bench-supervisor', role: 'supervisor' };
const countries = ['NL', 'US', 'DE', 'FR', 'RU', 'BZ', 'GT', 'SE', 'CA', 'JP'];
const channels = ['email', 'web form'];

/**
 * The host of case number `index`: a few hosts have many cases (an image host with hundreds of
 * URLs), most have a few, as in a hotline's queue. Reserved names only (`*.test`).
 */
export function hostOf(index: number, random: () => number, hosts: number): string {
  const rank = Math.floor(hosts ** random() - 1);
  const subdomain = index % 3 === 0 ? 'www.' : index % 3 === 1 ? 'cdn.' : '';
  return `${subdomain}host-${rank}.test`;
}

type Step = { type: TakedownEventType; payload?: unknown; actor?: CaseActor; afterMs: number };

/** The events of one case after it was opened: most removed, some dismissed, some still open. */
function historyOf(random: () => number, provider: string): Step[] {
  const roll = random();
  const assess = { afterMs: Math.floor(random() * 48 * hour) + 5 * minute };
  const claim: Step = { type: 'claim', ...assess };
  const confirm: Step = {
    type: 'confirm',
    payload: {
      classification: classifications[random() < 0.8 ? 0 : 1],
      hostingCountry: countries[Math.floor(random() * countries.length)],
      hostingProvider: provider,
    },
    afterMs: Math.floor(random() * 2 * hour) + minute,
  };
  const notice: Step = {
    type: 'send_notice',
    payload: { recipient: `abuse@${provider}`, channel: channels[Math.floor(random() * 2)] },
    afterMs: Math.floor(random() * 6 * hour) + minute,
  };
  const reminders = (count: number): Step[] =>
    Array.from({ length: count }, () => ({ ...notice, afterMs: 24 * hour }));
  const removed: Step = {
    type: 'verify_removed',
    afterMs: Math.floor(random() ** 2 * 96 * hour) + 30 * minute,
  };
  const close: Step = { type: 'close', actor: supervisor, afterMs: 7 * 24 * hour };
  if (roll < 0.62) {
    const reminderCount = random() < 0.3 ? Math.floor(random() * 3) + 1 : 0;
    return [claim, confirm, notice, ...reminders(reminderCount), removed, close];
  }
  if (roll < 0.72) return [claim, confirm, notice, ...reminders(1), removed];
  if (roll < 0.85) {
    const reason = dismissalReasons[Math.floor(random() * dismissalReasons.length)];
    return [claim, { type: 'dismiss', payload: { reason }, afterMs: 10 * minute }, close];
  }
  if (roll < 0.9) return [claim, confirm, notice, ...reminders(Math.floor(random() * 3))];
  if (roll < 0.93) return [claim, confirm];
  if (roll < 0.96) return [claim];
  return [];
}

/**
 * Adds `cases` cases to the store, each opened by a report of one URL and taken through its
 * history by `appendEvent`, arriving evenly over the year before `until` (times of events after
 * `until` are not added: those cases are still open).
 */
export async function fillCases(store: ReportStore, options: FillOptions): Promise<void> {
  const hosts = Math.max(10, Math.round(options.cases / 40 + options.firstCase / 40));
  const start = options.until.getTime() - 365 * 24 * hour;
  const spacing = (365 * 24 * hour) / Math.max(1, options.cases);
  let next = 0;
  let done = 0;
  const fillOne = async (index: number) => {
    const random = seededRandom(options.seed * 1_000_003 + options.firstCase + index);
    const host = hostOf(options.firstCase + index, random, hosts);
    const url = `https://${host}/gallery/${options.firstCase + index}/${Math.floor(random() * 1e9).toString(36)}`;
    const arrival = start + index * spacing + Math.floor(random() * spacing);
    const receivedAt = new Date(Math.floor(arrival / hour) * hour);
    const reportId = createReportId(receivedAt);
    const report: NewReport = {
      report: {
        schemaVersion: 1,
        portal: options.portal,
        locale: 'en',
        urls: [url],
        goodFaith: true,
        receivedAt: receivedAt.toISOString(),
        source: random() < 0.15 ? `partner:ngo-${Math.floor(random() * 3)}` : 'public',
        anonymization: { ruleset: ANONYMIZATION_RULESET_ID, applied: [] },
        reportId,
      },
      receiptHash: Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) =>
        byte.toString(16).padStart(2, '0'),
      ).join(''),
      cases: [{ key: await urlKey(url), urls: [url], newCaseId: createReportId(receivedAt) }],
    };
    const stored = await store.submitReport(report);
    if (stored.kind !== 'stored') throw new Error(`fill: report not stored (${stored.kind})`);
    const caseId = stored.caseIds[0]!;
    // A URL of its own: the report opened a new case, at version 1.
    let version = 1;
    let at = arrival;
    const provider = host.replace(/^(www|cdn)\./, '');
    for (const step of historyOf(random, provider)) {
      at += step.afterMs;
      if (at > options.until.getTime()) break;
      const applied = await store.appendEvent(caseId, {
        type: step.type,
        ...(step.payload !== undefined && { payload: step.payload }),
        actor: step.actor ?? analyst,
        at: new Date(at),
        expectedVersion: version,
      });
      if (!applied.ok) throw new Error(`fill: ${step.type} refused (${applied.refusal.code})`);
      version = applied.case.version;
    }
  };
  const worker = async () => {
    while (next < options.cases) {
      const index = next;
      next += 1;
      await fillOne(index);
      done += 1;
      if (done % 5_000 === 0) options.progress?.(done);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
}
