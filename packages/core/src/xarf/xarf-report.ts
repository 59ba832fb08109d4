import { randomBytes } from '../crypto/web-crypto.js';
import type { Case } from '../takedown/case.js';
import type { TakedownState } from '../takedown/takedown-machine.js';

/** The X-ARF version Reportal writes. */
export const XARF_VERSION = '4.2.0';

/** An organization in an X-ARF report: the hotline, never the public reporter. */
export interface XarfContact {
  org: string;
  /** An e-mail address. */
  contact: string;
  /** The organization's domain name. */
  domain: string;
}

/** An X-ARF v4 `content` / `csam` report, as Reportal fills it. */
export interface XarfCsamReport {
  xarf_version: string;
  report_id: string;
  /** When the content was confirmed (ISO 8601, UTC). */
  timestamp: string;
  reporter: XarfContact;
  sender: XarfContact;
  /** The host of the URL: a domain name or an IP address. */
  source_identifier: string;
  category: 'content';
  type: 'csam';
  url: string;
  domain?: string;
  classification: 'baseline' | 'A1' | 'A2' | 'B1' | 'B2';
  detection_method: 'user_report';
  evidence_source: 'user_report';
  verification_method: 'manual';
  /** When an analyst last saw the content online: the confirmation, or a later `reappear`. */
  verified_at: string;
  country_code: string;
  hosting_provider?: string;
  content_removed: boolean;
}

/** Options of `buildXarfReport`. */
export interface XarfReportOptions {
  /** The hotline: the organization that owns the complaint. */
  reporter: XarfContact;
  /** Who transmits the report; defaults to `reporter`. */
  sender?: XarfContact;
  /** A UUID for the report; defaults to a random UUIDv4. */
  reportId?: string;
}

/** The outcome of `buildXarfReport`. */
export type XarfReportResult =
  | { ok: true; report: XarfCsamReport }
  | { ok: false; refusal: { code: 'not_confirmed'; state: TakedownState } }
  | { ok: false; refusal: { code: 'classification_not_expressible'; classification: 'national' } };

// X-ARF's pattern for the recommended `domain` field (IP literals and IDNs do not match).
const xarfDomain = /^([a-z0-9]+(-[a-z0-9]+)*\.)+[a-z]{2,}$/;

/**
 * Exports a confirmed case as an X-ARF v4 `content` / `csam` report for interchange with other
 * hotlines and abuse desks. The reporter and sender are organizations (the hotline); nothing
 * about the public reporter is included, and no evidence payload: the system holds no imagery.
 * The `classification` is the severity category when there is one, else `baseline`; a case
 * confirmed under national law without a severity has no X-ARF classification and is refused.
 *
 * @example
 * ```ts
 * const hotline = { org: 'Example Hotline', contact: 'reports@example.org', domain: 'example.org' };
 * const result = buildXarfReport(current, { reporter: hotline });
 * if (result.ok) console.log(JSON.stringify(result.report));
 * ```
 */
export function buildXarfReport(current: Case, options: XarfReportOptions): XarfReportResult {
  const { confirmation } = current;
  if (!confirmation) return { ok: false, refusal: { code: 'not_confirmed', state: current.state } };
  const classification =
    confirmation.severity ?? (confirmation.classification === 'baseline' ? 'baseline' : null);
  if (!classification) {
    return {
      ok: false,
      refusal: { code: 'classification_not_expressible', classification: 'national' },
    };
  }
  const url = current.urls[0]!;
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  const verifiedAt = current.history.findLast(
    (entry) => entry.type === 'confirm' || entry.type === 'reappear',
  )!.at;
  return {
    ok: true,
    report: {
      xarf_version: XARF_VERSION,
      report_id: options.reportId ?? randomUuid(),
      timestamp: confirmation.at,
      reporter: { ...options.reporter },
      sender: { ...(options.sender ?? options.reporter) },
      source_identifier: host,
      category: 'content',
      type: 'csam',
      url,
      ...(xarfDomain.test(host) ? { domain: host } : {}),
      classification,
      detection_method: 'user_report',
      evidence_source: 'user_report',
      verification_method: 'manual',
      verified_at: verifiedAt,
      country_code: confirmation.hostingCountry,
      ...(confirmation.hostingProvider === undefined
        ? {}
        : { hosting_provider: confirmation.hostingProvider }),
      content_removed: current.removedAt !== null,
    },
  };
}

function randomUuid(): string {
  const bytes = randomBytes(16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
