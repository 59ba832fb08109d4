import type { Incoming } from './incoming.js';
import type { Reply } from './reply.js';

/** What a route handler receives. */
export interface RouteContext {
  /** The request as a web `Request`, built on first use when an adapter handed over its parts. */
  readonly request: Request;
  /** The request's method, URL, headers and body, without building a `Request`. */
  readonly incoming: Incoming;
  url: URL;
  /** Path parameters, decoded. */
  params: Record<string, string>;
  /** The client's network address, for rate limits only: never stored or logged. */
  clientAddress: string | undefined;
}

/**
 * A route: a method, a path pattern (`/v1/cases/:id`) and a handler. The handler answers a
 * `Reply` (Reportal's own routes) or a web `Response` (routes of your own); either way the
 * server adds its security headers.
 */
export interface Route {
  method: string;
  path: string;
  handler: (context: RouteContext) => Promise<Reply | Response> | Reply | Response;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
  names: string[];
}

/** The outcome of matching a request to the routes. */
export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method_not_allowed'; allow: string[] }
  | { kind: 'not_found' };

/** A small router: exact segments and `:name` parameters, nothing else. */
export function createRouter(
  routes: readonly Route[],
): (method: string, path: string) => RouteMatch {
  const compiled: CompiledRoute[] = routes.map((route) => {
    const names: string[] = [];
    const source = route.path
      .split('/')
      .map((segment) => {
        if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(segment.slice(1));
        return '([^/]+)';
      })
      .join('/');
    return { ...route, pattern: new RegExp(`^${source}$`), names };
  });
  return (method, path) => {
    const allow: string[] = [];
    for (const route of compiled) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      if (route.method !== method) {
        allow.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      for (const [index, name] of route.names.entries()) {
        try {
          params[name] = decodeURIComponent(match[index + 1]!);
        } catch {
          return { kind: 'not_found' };
        }
      }
      return { kind: 'found', route, params };
    }
    return allow.length > 0 ? { kind: 'method_not_allowed', allow } : { kind: 'not_found' };
  };
}
