// Generated from docs/openapi.json by scripts/generate-api-types.ts (openapi-typescript): do not edit, run `pnpm generate`.
/** The HTTP API v1 of a Reportal portal, as TypeScript types. */
export type paths = {
    "/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a report
         * @description Anyone may submit; partners add a bearer token. A retry with the same `Idempotency-Key` and body gets the first answer; the same key with another body is refused (422).
         */
        post: operations["submitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up the status of a report by its receipt
         * @description The receipt travels in the body, never in the URL.
         */
        post: operations["checkStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portals/{portal}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The portal’s public configuration */
        get: operations["getPortal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases, newest first */
        get: operations["listCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case with its history and linked reports */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply an event of the takedown-state machine */
        post: operations["postCaseEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The takedown notice of a confirmed case (JSON, or text with Accept: text/plain) */
        get: operations["getTakedownNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/xarf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The X-ARF v4 content/csam report of a confirmed case */
        get: operations["getXarfReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Takedown metrics of the portal for a period (all time by default) */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["liveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness, including the store */
        get: operations["readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        ReportSubmission: {
            /** @constant */
            schemaVersion: 1;
            portal: string & (unknown & unknown);
            locale: string;
            urls: string[];
            contentTypes?: ("image" | "video" | "livestream" | "text" | "other" | "unsure")[];
            /** @enum {string} */
            whereFound?: "website" | "social_media" | "search_engine" | "file_sharing" | "messaging_app" | "forum" | "email" | "game" | "other" | "unsure";
            description?: string;
            /** @constant */
            goodFaith: true;
            contact?: {
                consent: boolean;
                name?: string;
                email?: string & (unknown & unknown);
                phone?: string & (unknown & unknown);
                wantsFeedback?: boolean;
            };
        };
        ReportAccepted: {
            /** @description Crockford base32 in groups of four, e.g. 7K2M-9QXD-... */
            receipt: string;
            /** @constant */
            status: "received";
        };
        StatusRequest: {
            receipt: string;
        };
        PublicStatus: {
            /** @enum {unknown} */
            status: "received" | "in_review" | "completed";
            /** @enum {unknown} */
            outcome?: "action_taken" | "no_action";
            /** Format: date */
            updatedOn: string;
        };
        PortalConfiguration: {
            id: string;
            defaultLocale: string;
            locales: Record<string, never>[];
            hotline: Record<string, never>;
            outcomeFeedback?: boolean;
            fields?: {
                contentTypes?: ("image" | "video" | "livestream" | "text" | "other" | "unsure")[];
            };
        };
        Case: {
            /** Format: uuid */
            id: string;
            portal?: string;
            /** @enum {unknown} */
            state: "received" | "assessing" | "confirmed" | "forwarded" | "notice_sent" | "removed" | "dismissed" | "merged" | "closed";
            version: number;
            urls: string[];
            overdue?: boolean;
            confirmation?: {
                /** @enum {unknown} */
                classification?: "baseline" | "national";
            } | null;
            history: Record<string, never>[];
        };
        CaseEvent: {
            /** @constant */
            type: "claim";
            expectedVersion: number;
            payload?: Record<string, never>;
        } | {
            /** @constant */
            type: "release";
            expectedVersion: number;
            payload?: Record<string, never>;
        } | {
            /** @constant */
            type: "dismiss";
            expectedVersion: number;
            payload?: {
                /** @enum {string} */
                reason: "not_illegal" | "adult_content" | "not_found" | "insufficient" | "out_of_remit";
            };
        } | {
            /** @constant */
            type: "merge";
            expectedVersion: number;
            payload?: {
                into: string;
            };
        } | {
            /** @constant */
            type: "confirm";
            expectedVersion: number;
            payload?: {
                /** @enum {string} */
                classification: "baseline" | "national";
                /** @enum {string} */
                severity?: "A1" | "A2" | "B1" | "B2";
                hostingCountry: string;
                hostingProvider?: string;
            };
        } | {
            /** @constant */
            type: "forward";
            expectedVersion: number;
            payload?: {
                /** @enum {string} */
                to: "hotline" | "law_enforcement";
                recipient: string;
                reference?: string;
            };
        } | {
            /** @constant */
            type: "send_notice";
            expectedVersion: number;
            payload?: {
                recipient: string;
                channel: string;
            };
        } | {
            /** @constant */
            type: "notify_law_enforcement";
            expectedVersion: number;
            payload?: {
                agency: string;
                reference?: string;
            };
        } | {
            /** @constant */
            type: "verify_removed";
            expectedVersion: number;
            payload?: Record<string, never>;
        } | {
            /** @constant */
            type: "reappear";
            expectedVersion: number;
            payload?: Record<string, never>;
        } | {
            /** @constant */
            type: "reopen";
            expectedVersion: number;
            payload?: Record<string, never>;
        } | {
            /** @constant */
            type: "close";
            expectedVersion: number;
            payload?: Record<string, never>;
        };
        Problem: {
            /** Format: uri */
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
                path: string;
                code: string;
                message: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    submitReport: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportSubmission"];
            };
        };
        responses: {
            /** @description Stored. Give the receipt to the reporter. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportAccepted"];
                };
            };
            /** @description Invalid JSON, invalid UTF-8, or an invalid Idempotency-Key. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bearer token was sent and is not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is not a partner token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over 64 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The submission has problems (see `errors`), or the Idempotency-Key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusRequest"];
            };
        };
        responses: {
            /** @description The coarse status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicStatus"];
                };
            };
            /** @description No report has this receipt. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a receipt (wrong length, character or check character). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortal: {
        parameters: {
            query?: {
                locale?: string;
            };
            header?: never;
            path: {
                portal: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Locales, fields, hotline, legal and privacy notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalConfiguration"];
                };
            };
            /** @description This server does not serve that portal. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    listCases: {
        parameters: {
            query?: {
                state?: string;
                portal?: string;
                overdue?: boolean;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Case"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description An invalid filter, limit or cursor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A case id: a UUID, as in `Case.id`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"] & {
                        reports?: Record<string, never>[];
                    };
                };
            };
            /** @description The id is not a case id (a UUID): problem type `invalid_id`. No case was looked up. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCaseEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A case id: a UUID, as in `Case.id`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseEvent"];
            };
        };
        responses: {
            /** @description The new case. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The id is not a case id (a UUID): problem type `invalid_id`, no case was looked up. Or the body is not JSON (`bad_json`, `invalid_encoding`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case changed since `expectedVersion`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is not allowed from the current state, or its payload is invalid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTakedownNotice: {
        parameters: {
            query?: {
                locale?: string;
            };
            header?: never;
            path: {
                /** @description A case id: a UUID, as in `Case.id`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "text/plain": string;
                };
            };
            /** @description The id is not a case id (a UUID): problem type `invalid_id`. No case was looked up. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case is not confirmed. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getXarfReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A case id: a UUID, as in `Case.id`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The X-ARF report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description The id is not a case id (a UUID): problem type `invalid_id`. No case was looked up. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case is not confirmed. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description An invalid date. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s role may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    liveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    readiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description The store is unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
}
