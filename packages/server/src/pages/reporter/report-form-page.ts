import { contentTypes, submissionLimits, type Translator, whereFoundValues } from '@reportal/core';
import { flag, type Html, html } from '../html/html.js';
import {
  describedBy,
  errorSummary,
  type FieldErrors,
  type FieldLocator,
  groupDescribedBy,
  inlineErrors,
  noErrors,
} from './field-errors.js';
import { emptyReportForm, IDEMPOTENCY_FIELD, type ReportFormValues } from './report-form-data.js';
import { type ReporterContext, reporterPage, reporterPaths } from './reporter-page.js';

/** URL inputs shown at first: one, and more behind "Add another address". */
const initialUrlFields = 5;
const contactFields = ['name', 'email', 'phone'] as const;

/** Where each issue of a report submission is shown on the form. */
export function reportFormField(t: Translator): FieldLocator {
  return (path, code) => {
    const [field, item] = path;
    switch (field) {
      case 'urls':
        if (typeof item === 'number') {
          return { id: `urls-${item}`, label: t('form.urls.item_label', { number: item + 1 }) };
        }
        return { id: code === 'too_few_items' ? 'urls-0' : 'urls', label: t('form.urls.label') };
      case 'contentTypes':
        return { id: 'contentTypes', label: t('form.content_types.legend') };
      case 'whereFound':
        return { id: 'whereFound', label: t('form.where_found.label') };
      case 'description':
        return { id: 'description', label: t('form.description.label') };
      case 'goodFaith':
        return { id: 'goodFaith', label: t('form.good_faith.legend') };
      case 'contact':
        switch (item) {
          case 'name':
            return { id: 'contact-name', label: t('form.contact.name.label') };
          case 'email':
            return { id: 'contact-email', label: t('form.contact.email.label') };
          case 'phone':
            return { id: 'contact-phone', label: t('form.contact.phone.label') };
          case 'consent':
            return { id: 'contact-consent', label: t('form.contact.legend') };
          case 'wantsFeedback':
            return { id: 'contact-wantsFeedback', label: t('form.contact.wants_feedback.label') };
          default:
            return { id: 'contact', label: t('form.contact.legend') };
        }
      default:
        return undefined;
    }
  };
}

/** Options of `reportFormPage`. */
export interface ReportFormPageOptions {
  values?: ReportFormValues;
  errors?: FieldErrors;
  /** A calm message above the form (a rate-limited form: how long to wait). */
  notice?: string;
  /** A fresh key for each rendering: a form sent twice stores one report. */
  idempotencyKey: string;
}

/** The report form: URLs, what was seen and where, a description, the statement, optional contact. */
export function reportFormPage(context: ReporterContext, options: ReportFormPageOptions): Html {
  const { portal, t } = context;
  const values = options.values ?? emptyReportForm;
  const errors = options.errors ?? noErrors;
  const hotline = portal.hotline.name;
  const optional = html` <span class="optional">(${t('form.optional')})</span>`;
  const required = html` <span class="optional">(${t('form.required')})</span>`;

  const urlCount = Math.min(
    submissionLimits.maxUrls,
    Math.max(initialUrlFields, values.urls.length + 1),
  );
  const urlField = (index: number) => {
    const id = `urls-${index}`;
    return html`<div class="field">
<label for="${id}">${t('form.urls.item_label', { number: index + 1 })}</label>
${inlineErrors(errors, id)}
<input id="${id}" name="urls" type="url" inputmode="url" dir="ltr" spellcheck="false" autocapitalize="off" maxlength="${submissionLimits.maxUrlLength}" value="${values.urls[index] ?? ''}"${describedBy(errors, id, ...(index === 0 ? ['urls-help'] : []))}>
</div>`;
  };
  const moreUrls = Array.from({ length: urlCount - 1 }, (_, index) => urlField(index + 1));
  const moreOpen =
    values.urls.length > 1 ||
    [...errors.byField.keys()].some((id) => id.startsWith('urls-') && id !== 'urls-0');

  // The contact details are folded away unless the reporter gave some (or they have an error).
  const contact = values.contact;
  const contactOpen =
    contact.consent ||
    contact.wantsFeedback ||
    [contact.name, contact.email, contact.phone].some((value) => value !== '') ||
    [...errors.byField.keys()].some((id) => id.startsWith('contact'));

  const checkbox = (id: string, name: string, value: string, checked: boolean, label: string) =>
    html`<div class="check"><input type="checkbox" id="${id}" name="${name}" value="${value}"${flag('checked', checked)}${describedBy(errors, id)}><label for="${id}">${label}</label></div>`;

  const textField = (
    name: (typeof contactFields)[number],
    type: string,
    extra: Html,
    value: string,
  ) => {
    const id = `contact-${name}`;
    return html`<div class="field">
<label for="${id}">${t(`form.contact.${name}.label`)}${optional}</label>
${inlineErrors(errors, id)}
<input id="${id}" name="contact.${name}" type="${type}"${extra} value="${value}"${describedBy(errors, id)}>
</div>`;
  };

  // The first address field comes first, in the first screen of a phone; each explanation sits
  // next to what it explains, and the optional questions follow the addresses.
  const main = html`<h1>${t('form.page_title')}</h1>
<p>${t('form.intro')}</p>
${options.notice !== undefined && html`<p class="notice" role="alert">${options.notice}</p>`}
${errorSummary(errors, t)}
<form method="post" action="${reporterPaths(t.locale).report}" autocomplete="off" novalidate>
<input type="hidden" name="${IDEMPOTENCY_FIELD}" value="${options.idempotencyKey}">
<fieldset id="urls"${groupDescribedBy(errors, 'urls')}>
<legend>${t('form.urls.label')}${required}</legend>
${inlineErrors(errors, 'urls')}
${urlField(0)}
<p class="help" id="urls-help">${t('form.urls.help', { maximum: submissionLimits.maxUrls })}</p>
<p class="notice warning">${t('form.no_images')}</p>
<details id="more-urls"${flag('open', moreOpen)} data-max="${submissionLimits.maxUrls}" data-add="${t('form.urls.add')}" data-label="${t('form.urls.item_label', { number: '#N#' })}">
<summary>${t('form.urls.add')}</summary>
${moreUrls}
</details>
</fieldset>
<fieldset id="contentTypes"${groupDescribedBy(errors, 'contentTypes')}>
<legend>${t('form.content_types.legend')}${optional}</legend>
<p class="help">${t('form.content_types.help')}</p>
${inlineErrors(errors, 'contentTypes')}
<div class="choices">${contentTypes.map((type) =>
    checkbox(
      `contentTypes-${type}`,
      'contentTypes',
      type,
      values.contentTypes.includes(type),
      t(`form.content_types.option.${type}` as const),
    ),
  )}</div>
</fieldset>
<div class="field">
<label for="whereFound">${t('form.where_found.label')}${optional}</label>
<p class="help" id="whereFound-help">${t('form.where_found.help')}</p>
${inlineErrors(errors, 'whereFound')}
<select id="whereFound" name="whereFound"${describedBy(errors, 'whereFound', 'whereFound-help')}>
<option value="">${t('form.where_found.option.none')}</option>
${whereFoundValues.map(
  (value) =>
    html`<option value="${value}"${flag('selected', values.whereFound === value)}>${t(`form.where_found.option.${value}` as const)}</option>`,
)}
</select>
</div>
<div class="field">
<label for="description">${t('form.description.label')}${optional}</label>
<p class="help" id="description-help">${t('form.description.help', { maximum: submissionLimits.maxDescriptionLength })}</p>
${inlineErrors(errors, 'description')}
<textarea id="description" name="description" rows="3" maxlength="${submissionLimits.maxDescriptionLength}"${describedBy(errors, 'description', 'description-help')}>${values.description}</textarea>
</div>
<p class="help">${t('form.anonymous')}</p>
<details class="optional-group"${flag('open', contactOpen)}>
<summary>${t('form.contact.legend')}${optional}</summary>
<fieldset id="contact"${groupDescribedBy(errors, 'contact')}>
<legend class="visually-hidden">${t('form.contact.legend')}${optional}</legend>
<p class="help">${t('form.contact.intro', { hotline })}</p>
${inlineErrors(errors, 'contact')}
${checkbox('contact-consent', 'contact.consent', 'true', values.contact.consent, t('form.contact.consent.label', { hotline }))}
<p class="help">${t('form.contact.consent.help', { days: portal.retention.contactDays })}</p>
${textField('name', 'text', html``, values.contact.name)}
${textField('email', 'email', html` dir="ltr" spellcheck="false" autocapitalize="off"`, values.contact.email)}
${textField('phone', 'tel', html` dir="ltr"`, values.contact.phone)}
${checkbox('contact-wantsFeedback', 'contact.wantsFeedback', 'true', values.contact.wantsFeedback, t('form.contact.wants_feedback.label'))}
</fieldset>
</details>
<fieldset>
<legend>${t('form.good_faith.legend')}${required}</legend>
<p class="help">${t('form.good_faith.help')}</p>
${inlineErrors(errors, 'goodFaith')}
${checkbox('goodFaith', 'goodFaith', 'true', values.goodFaith, t('form.good_faith.label'))}
</fieldset>
<details class="optional-group">
<summary>${t('form.what_happens_next.heading')}</summary>
<p>${t('form.what_happens_next.body', { hotline })}</p>
</details>
<p>${t('form.emergency')}</p>
<button type="submit">${t('form.submit')}</button>
</form>`;
  return reporterPage(context, { title: t('form.page_title'), main, current: 'form' });
}
