// Generated from locales/en.json by scripts/catalogs/generate-sources.ts: do not edit, run `pnpm generate`.
/** English (en): the catalog, its metadata and its message groups. */
import { number, plural, select } from '@messageformat/runtime';
import { en } from '@messageformat/runtime/lib/cardinals';
import { numberPercent } from '@messageformat/runtime/lib/formatters';
import { type CatalogMetadata, defineCatalog, type MessageGroup } from '../catalog.js';

/** The English catalog's locale, direction and status. */
export const metadata: CatalogMetadata = {"locale":"en","direction":"ltr","status":"reviewed"};

export const languageMessages = {
  "language.name": () => "English",
  "language.page_title": () => "Choose your language",
  "language.intro": () => "Choose the language of the report form.",
  "language.change": () => "Change language"
} as MessageGroup<'language'>;

export const translationMessages = {
  "translation.draft_notice": () => "This translation is a draft. It has not yet been reviewed by a native speaker, so some wording may be unclear."
} as MessageGroup<'translation'>;

export const portalMessages = {
  "portal.title": () => "Report child sexual abuse material online",
  "portal.country": (d: any) => "Reporting portal for " + d.country,
  "portal.operated_by": (d: any) => "Reports are assessed by " + d.hotline + ".",
  "portal.example_configuration": () => "This portal is an example configuration for testing and demonstration. Do not send real reports here.",
  "portal.skip_to_content": () => "Skip to main content",
  "portal.legal_link": () => "Legal notice",
  "portal.privacy_link": () => "Privacy",
  "portal.status_link": () => "Check the status of a report",
  "portal.report_link": () => "Make a report"
} as MessageGroup<'portal'>;

export const pageMessages = {
  "page.title": (d: any) => d.page + " – " + d.portal,
  "page.not_found.heading": () => "Page not found",
  "page.not_found.body": () => "Check the address, or go back to the report form.",
  "page.error.heading": () => "Something went wrong",
  "page.error.body": () => "Your report may not have been sent. Please try again later."
} as MessageGroup<'page'>;

export const quickExitMessages = {
  "quick_exit.label": () => "Leave this site quickly",
  "quick_exit.help": () => "Takes you to a neutral website at once. Nothing you typed is sent."
} as MessageGroup<'quick_exit'>;

export const formMessages = {
  "form.page_title": () => "Report child sexual abuse material",
  "form.intro": () => "If you have seen sexual images or videos of a child on the internet, you can report the web address (URL) here. You do not need to give your name.",
  "form.no_images": () => "Do not download, copy, screenshot or send the images or videos themselves. We only need the web address where you saw them.",
  "form.anonymous": () => "Reporting is anonymous. We do not store your IP address, your device details or anything else that could identify you.",
  "form.emergency": () => "If a child is in immediate danger, call your local emergency number.",
  "form.required": () => "required",
  "form.optional": () => "optional",
  "form.urls.label": () => "Web address (URL)",
  "form.urls.help": (d: any) => "Copy the full address from your browser’s address bar. It usually starts with https://. You can report up to " + plural(d.maximum, 0, en, { one: number("en", d.maximum, 0) + " address", other: number("en", d.maximum, 0) + " addresses" }) + " at once.",
  "form.urls.item_label": (d: any) => "Web address " + d.number,
  "form.urls.add": () => "Add another address",
  "form.urls.remove": (d: any) => "Remove address " + d.number,
  "form.content_types.legend": () => "What did you see?",
  "form.content_types.help": () => "Choose all that apply.",
  "form.content_types.option.image": () => "Images",
  "form.content_types.option.video": () => "Videos",
  "form.content_types.option.livestream": () => "A live stream",
  "form.content_types.option.text": () => "Text or chat",
  "form.content_types.option.other": () => "Something else",
  "form.content_types.option.unsure": () => "I’m not sure",
  "form.where_found.label": () => "Where did you find it?",
  "form.where_found.help": () => "Choose the kind of place where you saw it.",
  "form.where_found.option.none": () => "Not specified",
  "form.where_found.option.website": () => "A website",
  "form.where_found.option.social_media": () => "Social media",
  "form.where_found.option.search_engine": () => "Search engine results",
  "form.where_found.option.file_sharing": () => "A file-sharing or cloud storage service",
  "form.where_found.option.messaging_app": () => "A messaging app",
  "form.where_found.option.forum": () => "A forum or chat room",
  "form.where_found.option.email": () => "An email",
  "form.where_found.option.game": () => "An online game",
  "form.where_found.option.other": () => "Somewhere else",
  "form.where_found.option.unsure": () => "I’m not sure",
  "form.description.label": () => "Description",
  "form.description.help": (d: any) => "Tell us anything that helps us find the material, for example where on the page it is. Do not write your name or other details about yourself here. At most " + plural(d.maximum, 0, en, { one: number("en", d.maximum, 0) + " character", other: number("en", d.maximum, 0) + " characters" }) + ".",
  "form.good_faith.legend": () => "Your statement",
  "form.good_faith.label": () => "I believe in good faith that the information in this report is accurate and complete.",
  "form.good_faith.help": () => "We need this statement before we can act on a report.",
  "form.contact.legend": () => "Contact details",
  "form.contact.intro": (d: any) => "You do not have to give any contact details. Give them only if you want " + d.hotline + " to be able to contact you about this report.",
  "form.contact.consent.label": (d: any) => "I agree that " + d.hotline + " stores the contact details below to contact me about this report.",
  "form.contact.consent.help": (d: any) => "Without this agreement, any contact details you enter are discarded and never stored. With it, they are deleted after " + plural(d.days, 0, en, { one: number("en", d.days, 0) + " day", other: number("en", d.days, 0) + " days" }) + ".",
  "form.contact.name.label": () => "Name",
  "form.contact.email.label": () => "Email address",
  "form.contact.phone.label": () => "Phone number",
  "form.contact.wants_feedback.label": () => "I would like to hear about the outcome of my report",
  "form.submit": () => "Send report",
  "form.what_happens_next.heading": () => "What happens next",
  "form.what_happens_next.body": (d: any) => "Trained analysts at " + d.hotline + " will assess the web addresses you send. If the material is illegal, they work to have it removed and, where needed, inform the police. You will get a receipt code that lets you check the status of your report without giving your name."
} as MessageGroup<'form'>;

export const errorMessages = {
  "error.required": () => "This field is required.",
  "error.invalid_type": () => "This value is not in the expected format.",
  "error.unknown_field": () => "This field is not accepted. Remove it and try again.",
  "error.invalid_value": () => "This value is not one of the allowed choices.",
  "error.unsupported_schema_version": () => "This version of the report format is not supported.",
  "error.too_few_items": (d: any) => plural(d.minimum, 0, en, { one: "Add at least " + number("en", d.minimum, 0) + " entry.", other: "Add at least " + number("en", d.minimum, 0) + " entries." }),
  "error.too_many_items": (d: any) => plural(d.maximum, 0, en, { one: "Give at most " + number("en", d.maximum, 0) + " entry.", other: "Give at most " + number("en", d.maximum, 0) + " entries." }),
  "error.too_long": (d: any) => plural(d.maximum, 0, en, { one: "Use at most " + number("en", d.maximum, 0) + " character.", other: "Use at most " + number("en", d.maximum, 0) + " characters." }),
  "error.empty": () => "This field cannot be empty.",
  "error.url_invalid": () => "This is not a web address we can read. Copy it from your browser’s address bar.",
  "error.url_too_long": (d: any) => plural(d.maximum, 0, en, { one: "This web address is too long: at most " + number("en", d.maximum, 0) + " character is allowed.", other: "This web address is too long: at most " + number("en", d.maximum, 0) + " characters are allowed." }),
  "error.url_scheme_data": () => "An address that starts with data: contains the content itself, so it cannot be sent. Give the address of the web page where you saw it.",
  "error.url_scheme_blob": () => "An address that starts with blob: only works inside your own browser. Give the address of the web page where you saw it.",
  "error.url_scheme_file": () => "An address that starts with file: points to a file on your own device. Do not send files; give the address of the web page where you saw it.",
  "error.url_scheme_javascript": () => "An address that starts with javascript: cannot be accepted. Give the address of the web page where you saw it.",
  "error.url_scheme_unsupported": () => "Only web addresses that start with http:// or https:// can be reported.",
  "error.good_faith_required": () => "Confirm the statement to send your report.",
  "error.invalid_locale": () => "This language code is not valid.",
  "error.unknown_portal": () => "This reporting portal does not exist.",
  "error.unsupported_locale": (d: any) => "This portal does not offer this language. Available languages: " + d.locales + ".",
  "error.invalid_email": () => "Enter an email address like name@example.com.",
  "error.invalid_phone": () => "Enter a phone number using digits and spaces, with an optional + at the start.",
  "error.nul_character": () => "This field contains a hidden character (NUL, U+0000) that cannot be accepted. Please remove it, for example by typing the text again.",
  "error.urls.too_few_items": () => "Enter the web address where you saw the material.",
  "error.urls.too_many_items": (d: any) => plural(d.maximum, 0, en, { one: "You can report at most " + number("en", d.maximum, 0) + " web address at once.", other: "You can report at most " + number("en", d.maximum, 0) + " web addresses at once." }),
  "error.receipt_length": () => "This receipt code does not have the right length. Check that you copied all of it.",
  "error.receipt_character": () => "This receipt code contains a character that receipt codes never use. Check it for typing mistakes.",
  "error.receipt_check": () => "This receipt code is not correct. Check it for typing mistakes.",
  "error.summary.heading": (d: any) => plural(d.count, 0, en, { one: "There is " + number("en", d.count, 0) + " problem with your report", other: "There are " + number("en", d.count, 0) + " problems with your report" }),
  "error.summary.item": (d: any) => d.field + ": " + d.message
} as MessageGroup<'error'>;

export const confirmationMessages = {
  "confirmation.page_title": () => "Thank you. Your report has been sent",
  "confirmation.intro": (d: any) => "Thank you for reporting. " + plural(d.count, 0, en, { one: "We received " + number("en", d.count, 0) + " web address.", other: "We received " + number("en", d.count, 0) + " web addresses." }) + " Analysts will assess them as soon as possible.",
  "confirmation.receipt_label": () => "Your receipt code",
  "confirmation.receipt_advice": () => "Keep this code somewhere safe, for example write it down. It is the only way to check the status of your report, and we cannot show it to you again.",
  "confirmation.receipt_private": () => "The code shows only the status of your report, nothing else about it. Do not share it.",
  "confirmation.copy": () => "Copy code",
  "confirmation.copied": () => "Copied",
  "confirmation.status_link": () => "Check the status of your report",
  "confirmation.report_another": () => "Report another web address",
  "confirmation.wellbeing": () => "Seeing this kind of material can be upsetting. It can help to talk to someone you trust."
} as MessageGroup<'confirmation'>;

export const statusMessages = {
  "status.page_title": () => "Check the status of your report",
  "status.intro": () => "Enter the receipt code you got when you sent your report.",
  "status.receipt.label": () => "Receipt code",
  "status.receipt.help": (d: any) => plural(d.length, 0, en, { one: "The code has " + number("en", d.length, 0) + " character.", other: "The code has " + number("en", d.length, 0) + " characters." }) + " Dashes, spaces and upper or lower case do not matter.",
  "status.submit": () => "Check status",
  "status.privacy": () => "Your receipt code is never put in a web address, so it does not appear in your browser history.",
  "status.result.heading": () => "Status of your report",
  "status.state.received": () => "Received",
  "status.state.in_review": () => "In review",
  "status.state.completed": () => "Completed",
  "status.state_description.received": () => "Your report has been received and is waiting to be assessed.",
  "status.state_description.in_review": () => "An analyst is assessing your report.",
  "status.state_description.completed": () => "The assessment of your report is finished.",
  "status.outcome.action_taken": () => "The analysts found illegal material and took action to have it removed.",
  "status.outcome.no_action": () => "No action was taken. This can happen when the material is no longer online, could not be found, or is not illegal under the law that applies. Thank you for reporting all the same.",
  "status.outcome.not_shared": () => "This portal does not share the outcome of assessments.",
  "status.updated_on": (d: any) => "Last updated: " + d.date,
  "status.not_found": () => "We could not find a report with this receipt code. Check the code and try again."
} as MessageGroup<'status'>;

export const privacyMessages = {
  "privacy.page_title": () => "Privacy",
  "privacy.summary": () => "Reporting is anonymous. This site sets no cookies and loads nothing from other websites.",
  "privacy.stored": (d: any) => "We store the web addresses you report, your answers to the questions in the form, the language you chose and the " + select(d.precision, { hour: "hour", day: "day", other: "time" }) + " when the report arrived.",
  "privacy.never_stored": () => "We never store your IP address, your browser or device details, cookies or the page you came from.",
  "privacy.contact": (d: any) => "Contact details are stored only if you give your consent in the form, and are deleted after " + plural(d.days, 0, en, { one: number("en", d.days, 0) + " day", other: number("en", d.days, 0) + " days" }) + ".",
  "privacy.retention": (d: any) => "Reports are kept for " + plural(d.days, 0, en, { one: number("en", d.days, 0) + " day", other: number("en", d.days, 0) + " days" }) + " and then deleted.",
  "privacy.receipt": () => "We store only a fingerprint of your receipt code, so nobody can recover the code from our records.",
  "privacy.sharing": () => "Reported web addresses may be shared with other hotlines, hosting providers and the police so that the material can be removed. Your contact details are never shared."
} as MessageGroup<'privacy'>;

export const legalMessages = {
  "legal.page_title": () => "Legal notice",
  "legal.operator": (d: any) => "This portal is operated by " + d.hotline + " for " + d.country + ".",
  "legal.purpose": (d: any) => "It exists only to receive reports of child sexual abuse material on the internet. Reports are assessed under the law that applies in " + d.country + ".",
  "legal.good_faith": () => "Please report only in good faith. Knowingly false reports may be unlawful.",
  "legal.hotline_website": (d: any) => "Website of " + d.hotline + ": " + d.website
} as MessageGroup<'legal'>;

export const noticeMessages = {
  "notice.subject": (d: any) => "Child sexual abuse material at " + d.url,
  "notice.greeting": (d: any) => "Dear " + d.recipient + ",",
  "notice.intro": (d: any) => d.hotline + " has assessed the content at the location below and found it to be child sexual abuse material.",
  "notice.url_label": () => "Location (URL)",
  "notice.explanation": (d: any) => select(d.classification, { baseline: "The content meets the international baseline standard for child sexual abuse material and is illegal in nearly every country.", national: "The content is illegal under the applicable national law.", other: "Classification: " + d.classification + "." }),
  "notice.hosting": (d: any) => "The content appears to be hosted in: " + d.hostingCountry + ".",
  "notice.assessed_on": (d: any) => "Date of assessment: " + d.date + ".",
  "notice.good_faith": () => "We send this notice in good faith and believe that the information in it is accurate and complete.",
  "notice.identity": () => "As allowed by Article 16(2)(c) of the EU Digital Services Act for notices about child sexual abuse material, this notice does not identify the person who reported the content.",
  "notice.request": (d: any) => "Please remove or disable access to this content without delay, and at the latest within " + plural(d.deadlineHours, 0, en, { one: number("en", d.deadlineHours, 0) + " hour", other: number("en", d.deadlineHours, 0) + " hours" }) + " of receiving this notice. Please keep any data that the law that applies to you requires you to preserve for law enforcement.",
  "notice.reference": (d: any) => "Our reference: " + d.reference + ". Please quote it in any reply.",
  "notice.closing": (d: any) => "Thank you for your cooperation.\n" + d.hotline
} as MessageGroup<'notice'>;

export const consoleMessages = {
  "console.title": () => "Analyst console",
  "console.login.page_title": () => "Sign in",
  "console.login.token_label": () => "Access token",
  "console.login.token_help": () => "Paste the access token you were given. Do not share it.",
  "console.login.submit": () => "Sign in",
  "console.login.invalid": () => "This access token is not valid.",
  "console.logout": () => "Sign out",
  "console.signed_in_as": (d: any) => "Signed in as: " + d.role,
  "console.role.analyst": () => "Analyst",
  "console.role.supervisor": () => "Supervisor",
  "console.role.auditor": () => "Auditor",
  "console.role.partner": () => "Partner",
  "console.read_only": () => "You have read-only access.",
  "console.nav.queue": () => "Queue",
  "console.nav.metrics": () => "Metrics",
  "console.queue.page_title": () => "Cases",
  "console.queue.filter_state": () => "State",
  "console.queue.all_states": () => "All states",
  "console.queue.filter_submit": () => "Show",
  "console.queue.overdue_first": () => "Overdue cases are listed first.",
  "console.queue.empty": () => "There are no cases here.",
  "console.queue.column.case": () => "Case",
  "console.queue.column.urls": () => "URLs",
  "console.queue.column.state": () => "State",
  "console.queue.column.received": () => "Received",
  "console.queue.column.updated": () => "Last change",
  "console.queue.url_count": (d: any) => plural(d.count, 0, en, { one: number("en", d.count, 0) + " URL", other: number("en", d.count, 0) + " URLs" }),
  "console.queue.next_page": () => "Next page",
  "console.overdue": () => "Overdue",
  "console.overdue_since": (d: any) => plural(d.hours, 0, en, { one: "Notice sent " + number("en", d.hours, 0) + " hour ago, not yet removed", other: "Notice sent " + number("en", d.hours, 0) + " hours ago, not yet removed" }),
  "console.case.page_title": (d: any) => "Case " + d.id,
  "console.case.state": () => "State",
  "console.case.version": (d: any) => "Version " + d.version,
  "console.case.urls": () => "Reported URLs",
  "console.case.urls_note": () => "Shown as text only and never loaded. Open them only in your controlled environment.",
  "console.case.reports": () => "Linked reports",
  "console.case.report_count": (d: any) => plural(d.count, 0, en, { one: number("en", d.count, 0) + " report", other: number("en", d.count, 0) + " reports" }),
  "console.case.report.received_at": () => "Received",
  "console.case.report.locale": () => "Language",
  "console.case.report.source": () => "Source",
  "console.case.report.content_types": () => "What was seen",
  "console.case.report.where_found": () => "Where it was found",
  "console.case.report.description": () => "Description",
  "console.case.report.contact": () => "Contact details (given with consent)",
  "console.case.report.wants_feedback": () => "Wants to hear about the outcome",
  "console.case.report.none": () => "None",
  "console.case.source.public": () => "Public form",
  "console.case.source.partner": (d: any) => "Partner: " + d.partner,
  "console.case.history": () => "History",
  "console.case.history_entry": (d: any) => d.event + ", by " + d.actor + ", " + d.date,
  "console.case.actions": () => "Actions",
  "console.case.no_actions": () => "No actions are available to you in this state.",
  "console.case.notice": () => "Takedown notice",
  "console.case.xarf": () => "X-ARF report",
  "console.case.saved": () => "Saved.",
  "console.case.stale": () => "This case has changed since you opened it. Reload it and try again.",
  "console.case.not_allowed": () => "This action is not allowed in the case’s current state.",
  "console.case.back": () => "Back to the queue",
  "console.state.received": () => "Received",
  "console.state.assessing": () => "Assessing",
  "console.state.confirmed": () => "Confirmed",
  "console.state.forwarded": () => "Forwarded",
  "console.state.notice_sent": () => "Notice sent",
  "console.state.removed": () => "Removed",
  "console.state.dismissed": () => "Dismissed",
  "console.state.merged": () => "Merged",
  "console.state.closed": () => "Closed",
  "console.event.claim": () => "Claim",
  "console.event.release": () => "Release",
  "console.event.dismiss": () => "Dismiss",
  "console.event.merge": () => "Merge into another case",
  "console.event.confirm": () => "Confirm as illegal",
  "console.event.forward": () => "Forward",
  "console.event.send_notice": () => "Send notice",
  "console.event.notify_law_enforcement": () => "Notify law enforcement",
  "console.event.verify_removed": () => "Verify removal",
  "console.event.reappear": () => "Mark as reappeared",
  "console.event.reopen": () => "Reopen",
  "console.event.close": () => "Close",
  "console.field.optional": () => "(optional)",
  "console.field.reason": () => "Reason",
  "console.field.into": () => "Case to merge into",
  "console.field.classification": () => "Classification",
  "console.field.severity": () => "Severity",
  "console.field.hosting_country": () => "Hosting country (ISO 3166-1 alpha-2 code)",
  "console.field.hosting_provider": () => "Hosting provider",
  "console.field.to": () => "Forward to",
  "console.field.recipient": () => "Recipient",
  "console.field.reference": () => "Reference",
  "console.field.channel": () => "Channel",
  "console.field.agency": () => "Agency",
  "console.reason.not_illegal": () => "Not illegal",
  "console.reason.adult_content": () => "Adult content",
  "console.reason.not_found": () => "Content not found",
  "console.reason.insufficient": () => "Insufficient information",
  "console.reason.out_of_remit": () => "Out of remit",
  "console.classification.baseline": () => "Baseline (international standard)",
  "console.classification.national": () => "National law",
  "console.severity.A1": () => "A1",
  "console.severity.A2": () => "A2",
  "console.severity.B1": () => "B1",
  "console.severity.B2": () => "B2",
  "console.forward_to.hotline": () => "Another hotline",
  "console.forward_to.law_enforcement": () => "Law enforcement",
  "console.metrics.page_title": () => "Takedown metrics",
  "console.metrics.period": () => "Period",
  "console.metrics.all_time": () => "All time",
  "console.metrics.reports_received": () => "Reports received",
  "console.metrics.urls_received": () => "URLs received",
  "console.metrics.duplicates_linked": () => "Duplicates linked to open cases",
  "console.metrics.median_time_to_assessment": () => "Median time to assessment",
  "console.metrics.median_notice_to_removal": () => "Median time from first notice to removal",
  "console.metrics.removed_within_deadline": (d: any) => plural(d.hours, 0, en, { one: "Share removed within " + number("en", d.hours, 0) + " hour", other: "Share removed within " + number("en", d.hours, 0) + " hours" }),
  "console.metrics.share": (d: any) => numberPercent(d.share, "en"),
  "console.metrics.overdue": () => "Overdue cases",
  "console.metrics.per_state": () => "Cases per state",
  "console.metrics.chart_title": () => "Median time from notice to removal, per week",
  "console.metrics.chart_week": (d: any) => "Week of " + d.date,
  "console.metrics.no_data": () => "Not enough data yet.",
  "console.duration.minutes": (d: any) => plural(d.minutes, 0, en, { one: number("en", d.minutes, 0) + " minute", other: number("en", d.minutes, 0) + " minutes" }),
  "console.duration.hours": (d: any) => plural(d.hours, 0, en, { one: number("en", d.hours, 0) + " hour", other: number("en", d.hours, 0) + " hours" }),
  "console.duration.days": (d: any) => plural(d.days, 0, en, { one: number("en", d.days, 0) + " day", other: number("en", d.days, 0) + " days" })
} as MessageGroup<'console'>;

export const problemMessages = {
  "problem.bad_json": () => "The request body is not valid JSON.",
  "problem.invalid_encoding": () => "The request body is not valid UTF-8 text.",
  "problem.body_too_large": () => "The request body is too large.",
  "problem.unsupported_media_type": () => "Send the request body as JSON (application/json).",
  "problem.validation_failed": () => "The submitted data has problems. See the list of errors.",
  "problem.rate_limited": () => "Too many requests. Wait a moment and try again.",
  "problem.not_found": () => "Not found.",
  "problem.method_not_allowed": () => "This method is not allowed here.",
  "problem.unauthorized": () => "A valid access token is required.",
  "problem.forbidden": () => "Your role does not allow this action.",
  "problem.conflict": () => "The request conflicts with the current state. Reload and try again.",
  "problem.idempotency_conflict": () => "This Idempotency-Key was already used for a different request.",
  "problem.invalid_idempotency_key": () => "The Idempotency-Key header must have 16 to 255 visible ASCII characters, such as a UUID.",
  "problem.event_not_allowed": () => "This action is not allowed in the case’s current state.",
  "problem.internal": () => "Something went wrong on our side. Please try again later."
} as MessageGroup<'problem'>;

/** The whole English catalog (290 of 290 messages; the rest fall back). */
export const catalog = /* @__PURE__ */ defineCatalog(metadata, [languageMessages, translationMessages, portalMessages, pageMessages, quickExitMessages, formMessages, errorMessages, confirmationMessages, statusMessages, privacyMessages, legalMessages, noticeMessages, consoleMessages, problemMessages]);
