import { randomBytes, sha256Hex, type TakedownRole } from '@reportal/core';
import type { ReportStore, TokenRecord } from '../store/report-store.js';

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
/** Every token starts with this, so secret scanners can find leaked ones. */
export const ACCESS_TOKEN_PREFIX = 'rpt_';

/** A new bearer token: `rpt_` and 40 characters carrying 200 random bits. */
export function generateAccessToken(): string {
  let token = ACCESS_TOKEN_PREFIX;
  for (const byte of randomBytes(40)) token += alphabet[byte & 31];
  return token;
}

/** The hash under which a token is stored. */
export function hashAccessToken(token: string): Promise<string> {
  return sha256Hex(`reportal-token:${token}`);
}

/** Options of `createAccessToken`. */
export interface CreateAccessTokenOptions {
  store: ReportStore;
  role: TakedownRole;
  label: string;
  /** For a `partner` token: the partner's id (reports it sends have the source `partner:<id>`). */
  partnerId?: string;
  /**
   * The portals whose servers accept the token (see `TokenRecord.portals`); absent: any portal's
   * server, each showing its own cases only.
   */
  portals?: readonly string[];
  now?: Date;
}

/**
 * Creates a bearer token with a role and stores only its hash. Show the token to its holder
 * once: it cannot be recovered, only revoked.
 *
 * @example
 * ```ts
 * const { token } = await createAccessToken({ store, role: 'analyst', label: 'Analyst A' });
 * ```
 */
export async function createAccessToken(
  options: CreateAccessTokenOptions,
): Promise<{ token: string; record: TokenRecord }> {
  if (options.role === 'partner' && !options.partnerId) {
    throw new TypeError('A partner token needs a partnerId');
  }
  const token = generateAccessToken();
  const record: TokenRecord = {
    id: crypto.randomUUID(),
    tokenHash: await hashAccessToken(token),
    role: options.role,
    label: options.label,
    createdAt: (options.now ?? new Date()).toISOString(),
    revokedAt: null,
  };
  if (options.partnerId) record.partnerId = options.partnerId;
  if (options.portals) {
    if (options.portals.length === 0)
      throw new TypeError('A token scoped to portals needs at least one');
    record.portals = [...new Set(options.portals)];
  }
  await options.store.createToken(record);
  return { token, record };
}

/** The token a request carries (`Authorization: Bearer ...`), if any. */
export function bearerToken(request: Pick<Request, 'headers'>): string | undefined {
  const header = request.headers.get('Authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** The valid (known, unrevoked) token record of a request, or `undefined`. */
export async function authenticate(
  request: Pick<Request, 'headers'>,
  store: ReportStore,
): Promise<TokenRecord | undefined> {
  const token = bearerToken(request);
  if (!token || token.length > 200) return undefined;
  const record = await store.findToken(await hashAccessToken(token));
  return record && record.revokedAt === null ? record : undefined;
}
