import { type Reply, textReply } from '../../http/reply.js';
import type { Html } from './html.js';

/** The Content-Security-Policy of the reporter pages: same-origin style and script, nothing else. */
export const pageContentSecurityPolicy =
  "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** The console's policy adds `connect-src 'self'`: its script calls the v1 API of the same origin. */
export const consoleContentSecurityPolicy = `${pageContentSecurityPolicy}; connect-src 'self'`;

/** Options of `pageResponse`. */
export interface PageResponseOptions {
  status?: number;
  /** `Content-Language`. */
  language: string;
  contentSecurityPolicy?: string;
  headers?: Record<string, string>;
}

/** An HTML answer with its own Content-Security-Policy (the server adds the other security headers). */
export function pageResponse(document: Html, options: PageResponseOptions): Reply {
  return textReply(document.__html, {
    status: options.status ?? 200,
    headers: {
      ...options.headers,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Language': options.language,
      'Content-Security-Policy': options.contentSecurityPolicy ?? pageContentSecurityPolicy,
    },
  });
}
