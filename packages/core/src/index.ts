/** @reportal/core: Reportal's pure domain core, the same code in browsers, Node and workers. */
export { type AnonymizeResult, anonymize } from './anonymize/anonymize.js';
export {
  type ClickIdentifier,
  clickIdentifiers,
  isClickIdentifier,
  stripClickIdentifiers,
} from './anonymize/click-identifiers.js';
export {
  ANONYMIZATION_RULESET_ID,
  type AnonymizationContext,
  type AnonymizationRule,
  type AnonymizationRuleId,
  type AnonymizedReport,
  type AppliedRule,
  anonymizationRules,
  coarsenReceivedAt,
  type ReportDraft,
  type ReportSource,
  type RequestIdentifiers,
} from './anonymize/ruleset.js';
export { openSealedText, type SealedTextOptions, sealText } from './crypto/sealed-text.js';
export { randomBytes, sha256Hex } from './crypto/web-crypto.js';
export { ReportalError, type ReportalErrorCode } from './errors/reportal-error.js';
export {
  contrastRatio,
  EXAMPLE_HOTLINE_COLORS,
  EXAMPLE_HOTLINE_LOGO_SVG,
  HOTLINE_COLORS_MIN_CONTRAST,
  HOTLINE_LOGO_MAX_BYTES,
  type HotlineLogo,
  hotlineColors,
  hotlineLogo,
} from './jurisdictions/hotline-identity.js';
// Locales and jurisdictions. Catalogs are subpaths (@reportal/core/locales/<tag>); the toolkit is
// also at @reportal/core/locales, without zod, for browser bundles.
export {
  type ParsePortalOptions,
  type ParsePortalResult,
  type PortalProblem,
  parsePortal,
} from './jurisdictions/parse-portal.js';
export { type Portal, type PortalInput, portalSchema } from './jurisdictions/portal-schema.js';
export { getPortal, listPortals, portalCountryName } from './jurisdictions/registry.js';
export { FIRST_STRONG_ISOLATE, isolateBidi, POP_DIRECTIONAL_ISOLATE } from './locales/bidi.js';
export {
  type CatalogMessages,
  type CatalogMetadata,
  type CatalogStatus,
  type CompiledMessage,
  defineCatalog,
  type LocaleCatalog,
  type MessageGroup,
  type MessageValues,
  SOURCE_LOCALE,
  type TextDirection,
} from './locales/catalog.js';
export { type CatalogSource, catalogSourceSchema } from './locales/catalog-source.js';
export {
  type FallbackOptions,
  localeFallbackChain,
  matchLocale,
  resolveCatalogs,
} from './locales/fallback-chain.js';
export { localeDirection } from './locales/locale-direction.js';
export { type LocalizedIssue, localizeIssue, localizeIssues } from './locales/localize-issue.js';
export type { MessageKey, MessageParams } from './locales/messages.generated.js';
export {
  type LocaleNegotiation,
  type NegotiateLocaleOptions,
  negotiateLocale,
} from './locales/negotiate-locale.js';
export {
  createTranslator,
  type LocalizedText,
  type Translator,
  type TranslatorOptions,
} from './locales/translator.js';
export {
  buildTakedownNotice,
  type TakedownNotice,
  type TakedownNoticeOptions,
  type TakedownNoticeResult,
} from './notice/takedown-notice.js';
export {
  type NoticeTranslate,
  type RenderTakedownNoticeOptions,
  renderTakedownNotice,
  type TakedownNoticeText,
} from './notice/takedown-notice-text.js';
export {
  createReceipt,
  formatReceipt,
  hashReceipt,
  type ParseReceiptResult,
  parseReceipt,
  RECEIPT_LENGTH,
  type Receipt,
} from './receipt/receipt.js';
export { createReportId } from './report/report-id.js';
export {
  type SubmissionIssue,
  type SubmissionIssueCode,
  submissionIssueCodes,
} from './schema/issue-codes.js';
export {
  createSubmissionParser,
  type ParseSubmissionOptions,
  type ParseSubmissionResult,
  type PortalLocales,
  parseSubmission,
} from './schema/parse-submission.js';
export {
  type ContactDetails,
  type ContentType,
  contentTypes,
  type ReportSubmission,
  type ReportSubmissionInput,
  reportSubmissionSchema,
  submissionLimits,
  type WhereFound,
  whereFoundValues,
} from './schema/submission-schema.js';
export {
  type ApplyEventResult,
  applyEvent,
  type LinkReportOptions,
  linkReport,
  type TakedownEventInput,
  type TakedownPayloadIssue,
  type TakedownRefusal,
} from './takedown/apply-event.js';
export {
  type Case,
  type CaseEntryPayloads,
  type CaseHistoryEntry,
  type CaseHistoryEntryOf,
  type CaseOpenedPayload,
  type CreateCaseOptions,
  createCase,
  intakeActor,
  isOpenCase,
} from './takedown/case.js';
export type { TimeInput } from './takedown/event-time.js';
export {
  DEFAULT_TAKEDOWN_DEADLINE_HOURS,
  isOverdue,
  type OverdueOptions,
  pendingNoticeAt,
} from './takedown/overdue.js';
export {
  derivePublicStatus,
  type PublicStatus,
  type PublicStatusOptions,
} from './takedown/public-status.js';
export { type ReminderSchedule, reminderDueAt, roundReminders } from './takedown/reminders.js';
export {
  computeRemovalTimesPerWeek,
  type RemovalWeek,
  weekStartOf,
} from './takedown/removal-weeks.js';
export { replayHistory } from './takedown/replay-history.js';
export {
  type CaseActor,
  type Classification,
  classifications,
  type DismissalReason,
  dismissalReasons,
  type Severity,
  severities,
  type TakedownEventDefinition,
  type TakedownEventPayloads,
  type TakedownEventType,
  type TakedownRole,
  type TakedownState,
  takedownEvents,
  takedownEventTypes,
  takedownPayloadLimits,
  takedownRoles,
  takedownStates,
} from './takedown/takedown-machine.js';
export {
  computeTakedownMetrics,
  type HostingProviderRemovalTimes,
  percentileHours,
  type TakedownMetrics,
  type TakedownMetricsOptions,
} from './takedown/takedown-metrics.js';
export {
  computeTransparencyReport,
  type TransparencyNoticeGroup,
  type TransparencyReport,
  type TransparencyReportOptions,
} from './takedown/transparency-report.js';
export { type CanonicalizeUrlOptions, canonicalizeUrl } from './url/canonicalize-url.js';
export { hostKey } from './url/host-key.js';
export {
  checkReportedUrl,
  MAX_URL_LENGTH,
  type ReportedUrlRefusal,
  type ReportedUrlResult,
} from './url/reported-url.js';
export { canonicalizeUrlForDeduplication, urlKey } from './url/url-key.js';
export {
  buildXarfReport,
  XARF_VERSION,
  type XarfContact,
  type XarfCsamReport,
  type XarfReportOptions,
  type XarfReportResult,
} from './xarf/xarf-report.js';
