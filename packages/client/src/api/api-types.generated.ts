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
         * @description Anyone may submit; partners add a bearer token (a partner token), which is optional. A retry with the same `Idempotency-Key` and body gets the first answer; the same key with another body is refused (422).
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
        /**
         * Cases, newest (or oldest) first, filtered for triage
         * @description Every filter narrows the list; each is served by an index, so a page costs the same whatever the store holds. `host` matches the registrable domain (public suffix list): `www.example.co.uk` finds the cases of `example.co.uk` and all its subdomains.
         */
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
    "/v1/cases/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply one event to up to 500 cases
         * @description Each case is checked by the takedown-state machine at the version it has, and changed on its own (not all or nothing): the answer says, per case, whether the event was applied or why it was refused. A retry with the same `Idempotency-Key` and body applies nothing twice; the same key with another body is refused (422).
         */
        post: operations["postBulkCaseEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The hosts of open cases, most open cases first
         * @description Open cases grouped by the registrable domain of their URL, with counts per state and the oldest open case. Kept as counts, so a page costs the same whatever the store holds.
         */
        get: operations["listHosts"];
        put?: never;
        post?: never;
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
    "/v1/reports/transparency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The yearly transparency report of the portal: notices by hosting provider and country, classification, action taken, removal times, reminders; counts only, nothing about reporters */
        get: operations["getTransparencyReport"];
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
        LinkReportPayload: {
            reportId: string;
            urls: string[];
        };
        EmptyPayload: Record<string, never>;
        DismissPayload: {
            /** @enum {string} */
            reason: "not_illegal" | "adult_content" | "not_found" | "insufficient" | "out_of_remit";
        };
        MergePayload: {
            into: string;
        };
        ConfirmPayload: {
            /** @enum {string} */
            classification: "baseline" | "national";
            /** @enum {string} */
            severity?: "A1" | "A2" | "B1" | "B2";
            hostingCountry: string;
            hostingProvider?: string;
        };
        ForwardPayload: {
            /** @enum {string} */
            to: "hotline" | "law_enforcement";
            recipient: string;
            reference?: string;
        };
        SendNoticePayload: {
            recipient: string;
            channel: string;
        };
        NotifyLawEnforcementPayload: {
            agency: string;
            reference?: string;
        };
        CaseEvent: {
            /** @constant */
            type: "claim";
            expectedVersion: number;
            payload?: components["schemas"]["EmptyPayload"];
        } | {
            /** @constant */
            type: "release";
            expectedVersion: number;
            payload?: components["schemas"]["EmptyPayload"];
        } | {
            /** @constant */
            type: "dismiss";
            expectedVersion: number;
            payload?: components["schemas"]["DismissPayload"];
        } | {
            /** @constant */
            type: "merge";
            expectedVersion: number;
            payload?: components["schemas"]["MergePayload"];
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
            payload?: components["schemas"]["ForwardPayload"];
        } | {
            /** @constant */
            type: "send_notice";
            expectedVersion: number;
            payload?: components["schemas"]["SendNoticePayload"];
        } | {
            /** @constant */
            type: "notify_law_enforcement";
            expectedVersion: number;
            payload?: components["schemas"]["NotifyLawEnforcementPayload"];
        } | {
            /** @constant */
            type: "verify_removed";
            expectedVersion: number;
            payload?: components["schemas"]["EmptyPayload"];
        } | {
            /** @constant */
            type: "reappear";
            expectedVersion: number;
            payload?: components["schemas"]["EmptyPayload"];
        } | {
            /** @constant */
            type: "reopen";
            expectedVersion: number;
            payload?: components["schemas"]["EmptyPayload"];
        } | {
            /** @constant */
            type: "close";
            expectedVersion: number;
            payload?: components["schemas"]["EmptyPayload"];
        };
        BulkCaseEvent: {
            caseIds: string[];
            event: {
                /** @constant */
                type: "claim";
                payload?: components["schemas"]["EmptyPayload"];
            } | {
                /** @constant */
                type: "release";
                payload?: components["schemas"]["EmptyPayload"];
            } | {
                /** @constant */
                type: "dismiss";
                payload?: components["schemas"]["DismissPayload"];
            } | {
                /** @constant */
                type: "confirm";
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
                payload?: components["schemas"]["ForwardPayload"];
            } | {
                /** @constant */
                type: "send_notice";
                payload?: components["schemas"]["SendNoticePayload"];
            } | {
                /** @constant */
                type: "notify_law_enforcement";
                payload?: components["schemas"]["NotifyLawEnforcementPayload"];
            } | {
                /** @constant */
                type: "verify_removed";
                payload?: components["schemas"]["EmptyPayload"];
            } | {
                /** @constant */
                type: "reappear";
                payload?: components["schemas"]["EmptyPayload"];
            } | {
                /** @constant */
                type: "reopen";
                payload?: components["schemas"]["EmptyPayload"];
            } | {
                /** @constant */
                type: "close";
                payload?: components["schemas"]["EmptyPayload"];
            };
        };
        StatusRequest: {
            receipt: string;
        };
        Case: {
            /** Format: uuid */
            id: string;
            portal: string;
            urlKey: string;
            urls: string[];
            reportIds: string[];
            /** @enum {string} */
            state: "received" | "assessing" | "confirmed" | "forwarded" | "notice_sent" | "removed" | "dismissed" | "merged" | "closed";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            assignee: string | null;
            assessedAt: string | null;
            confirmation: {
                /** @enum {string} */
                classification: "baseline" | "national";
                /** @enum {string} */
                severity?: "A1" | "A2" | "B1" | "B2";
                hostingCountry: string;
                hostingProvider?: string;
                /** Format: date-time */
                at: string;
            } | null;
            dismissal: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                reason: "not_illegal" | "adult_content" | "not_found" | "insufficient" | "out_of_remit";
            } | null;
            mergedInto: string | null;
            forwards: {
                /** @enum {string} */
                to: "hotline" | "law_enforcement";
                recipient: string;
                reference?: string;
                /** Format: date-time */
                at: string;
            }[];
            notices: {
                recipient: string;
                channel: string;
                /** Format: date-time */
                at: string;
                reminder: boolean;
            }[];
            firstNoticeAt: string | null;
            reminderCount: number;
            lawEnforcementNotifications: {
                agency: string;
                reference?: string;
                /** Format: date-time */
                at: string;
            }[];
            removedAt: string | null;
            history: components["schemas"]["CaseHistoryEntry"][];
            overdue: boolean;
        };
        CaseHistoryEntry: {
            /** @constant */
            type: "open";
            version: number;
            /** Format: date-time */
            at: string;
            actor: {
                id: string;
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
            };
            payload: {
                /** Format: uuid */
                caseId: string;
                portal: string;
                urlKey: string;
                /** Format: uuid */
                reportId: string;
                urls: string[];
            };
        } | {
            /** @constant */
            type: "link_report";
            version: number;
            /** Format: date-time */
            at: string;
            actor: {
                id: string;
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
            };
            payload: components["schemas"]["LinkReportPayload"];
        } | {
            /** @constant */
            type: "claim";
            version: number;
            /** Format: date-time */
            at: string;
            actor: {
                id: string;
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
            };
            payload: components["schemas"]["EmptyPayload"];
        } | {
            /** @constant */
            type: "release";
            version: number;
            /** Format: date-time */
            at: string;
            actor: {
                id: string;
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
            };
            payload: components["schemas"]["EmptyPayload"];
        } | {
            /** @constant */
            type: "dismiss";
            version: number;
            /** Format: date-time */
            at: string;
            actor: {
                id: string;
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
            };
            payload: components["schemas"]["DismissPayload"];
        } | {
            /** @constant */
            type: "merge";
            version: number;
            /** Format: date-time */
            at: string;
            actor: {
                id: string;
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
            };
            payload: components["schemas"]["MergePayload"];
        } | {
            /** @constant */
            type: "confirm";
            version: number;
            /** Format: date-time */
            at: string;
            actor: {
                id: string;
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
            };
            payload: components["schemas"]["ConfirmPayload"];
        } | {
            /** @constant */
            type: "forward";
            version: number;
            /** Format: date-time */
            at: string;
            actor: {
                id: string;
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
            };
            payload: components["schemas"]["ForwardPayload"];
        } | {
            /** @constant */
            type: "send_notice";
            version: number;
            /** Format: date-time */
            at: string;
            actor: {
                id: string;
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
            };
            payload: components["schemas"]["SendNoticePayload"];
        } | {
            /** @constant */
            type: "notify_law_enforcement";
            version: number;
            /** Format: date-time */
            at: string;
            actor: {
                id: string;
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
            };
            payload: components["schemas"]["NotifyLawEnforcementPayload"];
        } | {
            /** @constant */
            type: "verify_removed";
            version: number;
            /** Format: date-time */
            at: string;
            actor: {
                id: string;
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
            };
            payload: components["schemas"]["EmptyPayload"];
        } | {
            /** @constant */
            type: "reappear";
            version: number;
            /** Format: date-time */
            at: string;
            actor: {
                id: string;
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
            };
            payload: components["schemas"]["EmptyPayload"];
        } | {
            /** @constant */
            type: "reopen";
            version: number;
            /** Format: date-time */
            at: string;
            actor: {
                id: string;
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
            };
            payload: components["schemas"]["EmptyPayload"];
        } | {
            /** @constant */
            type: "close";
            version: number;
            /** Format: date-time */
            at: string;
            actor: {
                id: string;
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
            };
            payload: components["schemas"]["EmptyPayload"];
        };
        CaseWithReports: {
            /** Format: uuid */
            id: string;
            portal: string;
            urlKey: string;
            urls: string[];
            reportIds: string[];
            /** @enum {string} */
            state: "received" | "assessing" | "confirmed" | "forwarded" | "notice_sent" | "removed" | "dismissed" | "merged" | "closed";
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            assignee: string | null;
            assessedAt: string | null;
            confirmation: {
                /** @enum {string} */
                classification: "baseline" | "national";
                /** @enum {string} */
                severity?: "A1" | "A2" | "B1" | "B2";
                hostingCountry: string;
                hostingProvider?: string;
                /** Format: date-time */
                at: string;
            } | null;
            dismissal: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                reason: "not_illegal" | "adult_content" | "not_found" | "insufficient" | "out_of_remit";
            } | null;
            mergedInto: string | null;
            forwards: {
                /** @enum {string} */
                to: "hotline" | "law_enforcement";
                recipient: string;
                reference?: string;
                /** Format: date-time */
                at: string;
            }[];
            notices: {
                recipient: string;
                channel: string;
                /** Format: date-time */
                at: string;
                reminder: boolean;
            }[];
            firstNoticeAt: string | null;
            reminderCount: number;
            lawEnforcementNotifications: {
                agency: string;
                reference?: string;
                /** Format: date-time */
                at: string;
            }[];
            removedAt: string | null;
            history: components["schemas"]["CaseHistoryEntry"][];
            overdue: boolean;
            reports: components["schemas"]["StoredReport"][];
        };
        CasePage: {
            items: components["schemas"]["Case"][];
            nextCursor: string | null;
        };
        HostPage: {
            items: {
                host: string;
                openCases: number;
                states: {
                    received: number;
                    assessing: number;
                    confirmed: number;
                    forwarded: number;
                    notice_sent: number;
                };
                oldestOpenCase: {
                    /** Format: uuid */
                    id: string;
                    /** Format: date-time */
                    createdAt: string;
                };
            }[];
            nextCursor: string | null;
        };
        BulkEventResults: {
            applied: number;
            refused: number;
            results: ({
                /** Format: uuid */
                caseId: string;
                /** @constant */
                outcome: "applied";
                /** @enum {string} */
                state: "received" | "assessing" | "confirmed" | "forwarded" | "notice_sent" | "removed" | "dismissed" | "merged" | "closed";
                version: number;
                replayed: boolean;
            } | {
                /** Format: uuid */
                caseId: string;
                /** @constant */
                outcome: "refused";
                refusal: ({
                    /** @constant */
                    code: "forbidden_for_role";
                    /** @enum {string} */
                    type: "link_report" | "claim" | "release" | "dismiss" | "merge" | "confirm" | "forward" | "send_notice" | "notify_law_enforcement" | "verify_removed" | "reappear" | "reopen" | "close";
                    /** @enum {string} */
                    role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
                    allowedRoles: ("analyst" | "supervisor" | "auditor" | "partner" | "intake")[];
                } | {
                    /** @constant */
                    code: "stale_version";
                    expectedVersion: number;
                    version: number;
                } | {
                    /** @constant */
                    code: "not_allowed_from_state";
                    /** @enum {string} */
                    type?: "link_report" | "claim" | "release" | "dismiss" | "merge" | "confirm" | "forward" | "send_notice" | "notify_law_enforcement" | "verify_removed" | "reappear" | "reopen" | "close";
                    /** @enum {string} */
                    state: "received" | "assessing" | "confirmed" | "forwarded" | "notice_sent" | "removed" | "dismissed" | "merged" | "closed";
                    allowedFrom: ("received" | "assessing" | "confirmed" | "forwarded" | "notice_sent" | "removed" | "dismissed" | "merged" | "closed")[];
                } | {
                    /** @constant */
                    code: "not_confirmed";
                    /** @enum {string} */
                    state: "received" | "assessing" | "confirmed" | "forwarded" | "notice_sent" | "removed" | "dismissed" | "merged" | "closed";
                } | {
                    /** @constant */
                    code: "classification_not_expressible";
                    /** @constant */
                    classification: "national";
                }) | {
                    /** @constant */
                    code: "not_found";
                } | {
                    /** @constant */
                    code: "invalid_payload";
                    /** @enum {string} */
                    type: "link_report" | "claim" | "release" | "dismiss" | "merge" | "confirm" | "forward" | "send_notice" | "notify_law_enforcement" | "verify_removed" | "reappear" | "reopen" | "close";
                    issues: {
                        path: (string | number)[];
                        code: string;
                    }[];
                };
            })[];
        };
        StoredReport: {
            /** Format: uuid */
            reportId: string;
            /** @constant */
            schemaVersion: 1;
            portal: string;
            locale: string;
            urls: string[];
            contentTypes?: ("image" | "video" | "livestream" | "text" | "other" | "unsure")[];
            /** @enum {string} */
            whereFound?: "website" | "social_media" | "search_engine" | "file_sharing" | "messaging_app" | "forum" | "email" | "game" | "other" | "unsure";
            description?: string;
            /** @constant */
            goodFaith: true;
            contact?: {
                /** @constant */
                consent: true;
                name?: string;
                email?: string;
                phone?: string;
                wantsFeedback?: boolean;
            };
            /** Format: date-time */
            receivedAt: string;
            source: string;
            anonymization: {
                /** @constant */
                ruleset: "reportal-anon-1";
                applied: {
                    id: string;
                    field: string;
                    count: number;
                }[];
            };
        };
        Metrics: {
            portal: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            reportsReceived: number;
            urlsReceived: number;
            duplicatesLinked: number;
            casesPerState: {
                received: number;
                assessing: number;
                confirmed: number;
                forwarded: number;
                notice_sent: number;
                removed: number;
                dismissed: number;
                merged: number;
                closed: number;
            };
            medianHoursToAssessment: number | null;
            medianHoursFromFirstNoticeToRemoval: number | null;
            shareRemovedWithinDeadline: number | null;
            overdue: number;
            deadlineHours: number;
            removalTimesPerHostingProvider: {
                hostingProvider: string | null;
                noticed: number;
                removed: number;
                medianHours: number | null;
                p90Hours: number | null;
                shareWithin24Hours: number | null;
                shareWithin72Hours: number | null;
            }[];
        };
        TransparencyReport: {
            portal: string;
            year: number;
            casesAssessed: number;
            actionTaken: {
                confirmed: number;
                dismissed: number;
                other: number;
                forwardedToHotline: number;
                reportedToLawEnforcement: number;
            };
            dismissalReasons: {
                not_illegal: number;
                adult_content: number;
                not_found: number;
                insufficient: number;
                out_of_remit: number;
            };
            byClassification: {
                /** @enum {string} */
                classification: "baseline" | "national";
                severity: ("A1" | "A2" | "B1" | "B2") | null;
                cases: number;
            }[];
            notices: {
                notices: number;
                reminders: number;
                removed: number;
                medianHoursToRemoval: number | null;
                p90HoursToRemoval: number | null;
            };
            byHostingProvider: {
                hostingProvider: string | null;
                hostingCountry: string;
                notices: number;
                reminders: number;
                removed: number;
                medianHoursToRemoval: number | null;
                p90HoursToRemoval: number | null;
            }[];
            byHostingCountry: {
                hostingCountry: string;
                notices: number;
                reminders: number;
                removed: number;
                medianHoursToRemoval: number | null;
                p90HoursToRemoval: number | null;
            }[];
        };
        TakedownNotice: {
            /** Format: uuid */
            caseId: string;
            reference: string;
            hotline: string;
            recipient?: string;
            urls: string[];
            /** @enum {string} */
            classification: "baseline" | "national";
            /** @enum {string} */
            severity?: "A1" | "A2" | "B1" | "B2";
            hostingCountry: string;
            hostingProvider?: string;
            /** Format: date */
            assessedOn: string;
            /** @constant */
            goodFaith: true;
            /** @constant */
            notifierIdentity: "withheld";
            deadlineHours: number;
        };
        XarfReport: {
            xarf_version: string;
            /** Format: uuid */
            report_id: string;
            /** Format: date-time */
            timestamp: string;
            reporter: {
                org: string;
                contact: string;
                domain: string;
            };
            sender: {
                org: string;
                contact: string;
                domain: string;
            };
            source_identifier: string;
            /** @constant */
            category: "content";
            /** @constant */
            type: "csam";
            url: string;
            domain?: string;
            /** @enum {string} */
            classification: "baseline" | "A1" | "A2" | "B1" | "B2";
            /** @constant */
            detection_method: "user_report";
            /** @constant */
            evidence_source: "user_report";
            /** @constant */
            verification_method: "manual";
            /** Format: date-time */
            verified_at: string;
            country_code: string;
            hosting_provider?: string;
            content_removed: boolean;
        };
        ReportAccepted: {
            /** @description Crockford base32 in groups of four, e.g. 7K2M-9QXD-... */
            receipt: string;
            /** @constant */
            status: "received";
        };
        PublicStatus: {
            /** @enum {string} */
            status: "received" | "in_review" | "completed";
            /** @enum {string} */
            outcome?: "action_taken" | "no_action";
            /** Format: date */
            updatedOn: string;
        };
        PortalConfiguration: {
            id: string;
            example: boolean;
            country: string;
            countryNames: {
                [key: string]: string;
            };
            defaultLocale: string;
            locales: {
                tag: string;
                /** @enum {string} */
                direction: "ltr" | "rtl";
                /** @enum {string} */
                status: "draft" | "reviewed";
                name: string;
            }[];
            hotline: {
                name: string;
                website: string;
                email?: string;
            };
            outcomeFeedback: boolean;
            takedownDeadlineHours: number;
            fields: {
                /** @constant */
                schemaVersion: 1;
                urls: {
                    minItems: number;
                    maxItems: number;
                    maxLength: number;
                };
                contentTypes: ("image" | "video" | "livestream" | "text" | "other" | "unsure")[];
                whereFound: ("website" | "social_media" | "search_engine" | "file_sharing" | "messaging_app" | "forum" | "email" | "game" | "other" | "unsure")[];
                description: {
                    maxLength: number;
                };
                contact: ("consent" | "name" | "email" | "phone" | "wantsFeedback")[];
            };
            legal: {
                locale: string;
                /** @enum {string} */
                direction: "ltr" | "rtl";
                notice: string[];
                privacy: string[];
            };
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
            refusal?: {
                /** @constant */
                code: "forbidden_for_role";
                /** @enum {string} */
                type: "link_report" | "claim" | "release" | "dismiss" | "merge" | "confirm" | "forward" | "send_notice" | "notify_law_enforcement" | "verify_removed" | "reappear" | "reopen" | "close";
                /** @enum {string} */
                role: "analyst" | "supervisor" | "auditor" | "partner" | "intake";
                allowedRoles: ("analyst" | "supervisor" | "auditor" | "partner" | "intake")[];
            } | {
                /** @constant */
                code: "stale_version";
                expectedVersion: number;
                version: number;
            } | {
                /** @constant */
                code: "not_allowed_from_state";
                /** @enum {string} */
                type?: "link_report" | "claim" | "release" | "dismiss" | "merge" | "confirm" | "forward" | "send_notice" | "notify_law_enforcement" | "verify_removed" | "reappear" | "reopen" | "close";
                /** @enum {string} */
                state: "received" | "assessing" | "confirmed" | "forwarded" | "notice_sent" | "removed" | "dismissed" | "merged" | "closed";
                allowedFrom: ("received" | "assessing" | "confirmed" | "forwarded" | "notice_sent" | "removed" | "dismissed" | "merged" | "closed")[];
            } | {
                /** @constant */
                code: "not_confirmed";
                /** @enum {string} */
                state: "received" | "assessing" | "confirmed" | "forwarded" | "notice_sent" | "removed" | "dismissed" | "merged" | "closed";
            } | {
                /** @constant */
                code: "classification_not_expressible";
                /** @constant */
                classification: "national";
            };
        };
        Liveness: {
            /** @constant */
            status: "ok";
        };
        Readiness: {
            /** @enum {string} */
            status: "ready" | "unavailable";
        };
    };
    responses: {
        /** @description Too many requests: wait the seconds of `Retry-After`. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "Content-Language": components["headers"]["ContentLanguage"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is over 64 KiB: problem type `body_too_large`. */
        BodyTooLarge: {
            headers: {
                "Content-Language": components["headers"]["ContentLanguage"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is not `application/json`: problem type `unsupported_media_type`. */
        UnsupportedMediaType: {
            headers: {
                "Content-Language": components["headers"]["ContentLanguage"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid bearer token. */
        AnalystUnauthorized: {
            headers: {
                "WWW-Authenticate": "Bearer";
                "Content-Language": components["headers"]["ContentLanguage"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The token’s role may not do this, or the token is scoped to other portals. A refused case event carries `refusal` (`forbidden_for_role`). */
        AnalystForbidden: {
            headers: {
                "Content-Language": components["headers"]["ContentLanguage"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many failed bearer-token checks from this address: wait the seconds of `Retry-After`. */
        FailedTokenChecks: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "Content-Language": components["headers"]["ContentLanguage"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description An unexpected failure on the server (problem type `internal`). Logged without request data; try again later. */
        Internal: {
            headers: {
                "Content-Language": components["headers"]["ContentLanguage"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The store cannot be reached now: the database is down, restarting or full (problem type `unavailable`). Try again after the seconds of `Retry-After`. */
        Unavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "Content-Language": components["headers"]["ContentLanguage"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The language of `title`, `detail` and `errors[].message`: the `locale` query parameter when the portal has it, else the portal’s first language. */
        ContentLanguage: string;
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
    };
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
                    /** @description `true` when this is the first answer to the same key and body. */
                    "Idempotency-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportAccepted"];
                };
            };
            /** @description Invalid JSON (`bad_json`), invalid UTF-8 (`invalid_encoding`), or an invalid Idempotency-Key (`invalid_idempotency_key`). */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bearer token was sent and is not valid. */
            401: {
                headers: {
                    "WWW-Authenticate": "Bearer";
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is not a partner token, or is scoped to other portals. */
            403: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description The submission has problems (see `errors`), or the Idempotency-Key was used with another body. */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
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
            /** @description Invalid JSON (`bad_json`) or invalid UTF-8 (`invalid_encoding`). */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No report has this receipt. */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Not a receipt (missing, wrong length, character or check character): see `errors`. */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
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
                    "Content-Language": components["headers"]["ContentLanguage"];
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
                    "application/json": {
                        openapi: string;
                        info: {
                            title: string;
                            version: string;
                        };
                        paths: {
                            [key: string]: {
                                [key: string]: unknown;
                            };
                        };
                        components?: {
                            [key: string]: unknown;
                        };
                    };
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
                /** @description A host name or URL; matched on its registrable domain. */
                host?: string;
                /** @description ISO 3166-1 alpha-2 (confirmed cases). */
                hostingCountry?: string;
                classification?: "baseline" | "national";
                /** @description The source of the report that opened the case: `public` or `partner:<id>`. */
                source?: string;
                /** @description Only cases first reported before this time. */
                createdBefore?: string;
                sort?: "newest" | "oldest";
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
                    "application/json": components["schemas"]["CasePage"];
                };
            };
            /** @description An invalid filter, limit or cursor: problem type `invalid_query`, see `errors`. */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["AnalystUnauthorized"];
            403: components["responses"]["AnalystForbidden"];
            429: components["responses"]["FailedTokenChecks"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
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
                    "application/json": components["schemas"]["CaseWithReports"];
                };
            };
            /** @description The id is not a case id (a UUID): problem type `invalid_id`. No case was looked up. */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["AnalystUnauthorized"];
            403: components["responses"]["AnalystForbidden"];
            /** @description No such case. */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["FailedTokenChecks"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
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
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["AnalystUnauthorized"];
            403: components["responses"]["AnalystForbidden"];
            /** @description No such case. */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case changed since `expectedVersion`: problem type `conflict`, with `refusal` (`stale_version`). */
            409: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["BodyTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description The event is not allowed from the current state (`event_not_allowed`, with `refusal`), or the body or its payload is invalid (`validation_failed`, with `errors`). */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["FailedTokenChecks"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    postBulkCaseEvents: {
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
                "application/json": components["schemas"]["BulkCaseEvent"];
            };
        };
        responses: {
            /** @description What happened to each case. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkEventResults"];
                };
            };
            /** @description The body is not JSON (`bad_json`, `invalid_encoding`), or an invalid Idempotency-Key (`invalid_idempotency_key`). */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["AnalystUnauthorized"];
            403: components["responses"]["AnalystForbidden"];
            413: components["responses"]["BodyTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description The body is invalid (`validation_failed`, with `errors`), or the Idempotency-Key was used with another body. */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["FailedTokenChecks"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    listHosts: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of hosts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostPage"];
                };
            };
            /** @description An invalid limit or cursor: problem type `invalid_query`, see `errors`. */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["AnalystUnauthorized"];
            403: components["responses"]["AnalystForbidden"];
            429: components["responses"]["FailedTokenChecks"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
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
                    "application/json": components["schemas"]["TakedownNotice"];
                    "text/plain": string;
                };
            };
            /** @description The id is not a case id (a UUID): problem type `invalid_id`. No case was looked up. */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["AnalystUnauthorized"];
            403: components["responses"]["AnalystForbidden"];
            /** @description No such case. */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case is not confirmed (problem type `event_not_allowed`, with `refusal`): no notice or report to give. */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["FailedTokenChecks"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
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
                    "application/json": components["schemas"]["XarfReport"];
                };
            };
            /** @description The id is not a case id (a UUID): problem type `invalid_id`. No case was looked up. */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["AnalystUnauthorized"];
            403: components["responses"]["AnalystForbidden"];
            /** @description No such case. */
            404: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case is not confirmed, or its classification (`national`) has no X-ARF value: problem type `event_not_allowed`, with `refusal`. */
            422: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["FailedTokenChecks"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
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
                    "application/json": components["schemas"]["Metrics"];
                };
            };
            /** @description An invalid date: problem type `invalid_query`, see `errors`. */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["AnalystUnauthorized"];
            403: components["responses"]["AnalystForbidden"];
            429: components["responses"]["FailedTokenChecks"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
        };
    };
    getTransparencyReport: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransparencyReport"];
                };
            };
            /** @description A missing or invalid year: problem type `invalid_query`, see `errors`. */
            400: {
                headers: {
                    "Content-Language": components["headers"]["ContentLanguage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["AnalystUnauthorized"];
            403: components["responses"]["AnalystForbidden"];
            429: components["responses"]["FailedTokenChecks"];
            500: components["responses"]["Internal"];
            503: components["responses"]["Unavailable"];
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
                    "application/json": components["schemas"]["Liveness"];
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
            /** @description Ready: `{"status": "ready"}`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description The store is unavailable: `{"status": "unavailable"}`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
}
