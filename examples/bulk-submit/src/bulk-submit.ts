// Two ways a trusted flagger submits many reports with @reportal/client in Node.
import { formatProgress, type SubmitCsvFileSummary, submitCsvFile } from '@reportal/client/bulk';
import {
  createReportalClient,
  type ReportInput,
  type SubmitManyResult,
  submitMany,
} from '@reportal/client/node';

/** Where to send: the portal, and the partner's API key if it has one. */
export interface Destination {
  portalUrl: string;
  portal: string;
  locale: string;
  apiKey?: string;
}

/**
 * 1. A CSV file, as `reportal submit` does it: each row's receipt or error goes to a results
 * file as soon as it is known, and running it again sends only the rows still without a receipt.
 */
export async function submitFile(
  destination: Destination,
  file: string,
  log: (line: string) => void = console.log,
): Promise<SubmitCsvFileSummary> {
  const client = createReportalClient({ ...destination, baseUrl: destination.portalUrl });
  try {
    const result = await submitCsvFile({
      client,
      file,
      concurrency: 8,
      onProgress: (progress) => log(formatProgress(progress, { bar: false })),
    });
    if (!result.ok) throw new Error(result.message);
    return result.summary;
  } finally {
    await client.close();
  }
}

/** A finding from the partner's own systems (a crawler, a moderation queue). */
export interface Finding {
  /** The partner's own id: it makes the idempotency key, so a repeated run stores nothing twice. */
  id: string;
  url: string;
  seenOn: 'website' | 'forum' | 'social_media';
}

/**
 * 2. Records from code, with `submitMany`: the idempotency key of each report comes from the
 * partner's own id for it, so running the same batch again (after a crash, or on a schedule that
 * overlaps) is answered from the portal's idempotency records instead of storing duplicates.
 */
export async function submitFindings(
  destination: Destination,
  findings: readonly Finding[],
): Promise<SubmitManyResult[]> {
  const client = createReportalClient({ ...destination, baseUrl: destination.portalUrl });
  try {
    const reports: ReportInput[] = findings.map((finding) => ({
      urls: [finding.url],
      whereFound: finding.seenOn,
      goodFaith: true,
    }));
    return await submitMany(client, reports, {
      concurrency: 4,
      // 16 to 255 visible ASCII characters; stable for the same finding.
      idempotencyKey: (index) => `example-ngo-finding-${findings[index]!.id}`,
    });
  } finally {
    await client.close();
  }
}
