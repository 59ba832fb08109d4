import {
  createReportalClient,
  type ReportInput,
  type ReportIssue,
  submitReport,
} from '@reportal/client';
import {
  createTranslator,
  type LocaleCatalog,
  type MessageKey,
  whereFoundValues,
} from '@reportal/core';

/** Options of `mountReportWidget`. */
export interface ReportWidgetOptions {
  /** The portal's address; it must list this page's origin among its partner origins. */
  portalUrl: string;
  portal: string;
  /** The catalog of the widget's language: labels, messages and the client's local validation. */
  catalog: LocaleCatalog;
}

type Child = Node | string | false | undefined;

function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else if (value !== false) node.setAttribute(name, value);
  }
  // Text nodes only: no message or server answer is ever parsed as HTML.
  for (const child of children) if (child) node.append(child);
  return node;
}

/** The form field an issue's path names (`urls/2` -> `urls`). */
const fieldOf = (issue: ReportIssue) => issue.path.split('/')[0] ?? '';

/**
 * Mounts a report form into `container`: the portal's own labels and messages, local validation
 * before anything is sent, then a cross-origin submission through `@reportal/client` (no cookie,
 * no referrer), and the receipt shown to the reporter.
 */
export function mountReportWidget(container: HTMLElement, options: ReportWidgetOptions): void {
  const t = createTranslator(options.catalog);
  const label = (key: MessageKey) => t(key as never);
  const client = createReportalClient({
    baseUrl: options.portalUrl,
    portal: options.portal,
    locale: options.catalog.locale,
    catalog: options.catalog,
  });

  const errorOf = (field: string) =>
    element('p', { class: 'field-error', id: `${field}-error`, hidden: true });
  const urls = element('textarea', {
    id: 'urls',
    name: 'urls',
    rows: '3',
    'aria-describedby': 'urls-help urls-error',
  });
  const whereFound = element(
    'select',
    { id: 'whereFound', name: 'whereFound', 'aria-describedby': 'whereFound-error' },
    element('option', { value: '' }, label('form.where_found.option.none')),
    ...whereFoundValues.map((value) =>
      element('option', { value }, label(`form.where_found.option.${value}` as MessageKey)),
    ),
  );
  const description = element('textarea', {
    id: 'description',
    name: 'description',
    rows: '4',
    'aria-describedby': 'description-error',
  });
  const goodFaith = element('input', {
    id: 'goodFaith',
    name: 'goodFaith',
    type: 'checkbox',
    'aria-describedby': 'goodFaith-error',
  });
  const summary = element('div', { class: 'error-summary', role: 'alert', hidden: true });
  const submit = element('button', { type: 'submit' }, t('form.submit'));
  const form = element(
    'form',
    { novalidate: true, lang: t.locale, dir: t.direction },
    summary,
    element('p', {}, t('form.no_images')),
    element('label', { for: 'urls' }, t('form.urls.label')),
    element('p', { id: 'urls-help', class: 'help' }, t('form.urls.help', { maximum: 20 })),
    urls,
    errorOf('urls'),
    element('label', { for: 'whereFound' }, t('form.where_found.label')),
    whereFound,
    errorOf('whereFound'),
    element('label', { for: 'description' }, t('form.description.label')),
    description,
    errorOf('description'),
    element('label', { for: 'goodFaith' }, goodFaith, ' ', t('form.good_faith.label')),
    errorOf('goodFaith'),
    submit,
  );

  const showIssues = (issues: readonly ReportIssue[], heading: string) => {
    for (const node of form.querySelectorAll<HTMLElement>('.field-error')) {
      node.hidden = true;
      node.textContent = '';
    }
    summary.replaceChildren(
      element('h2', {}, heading),
      element('ul', {}, ...issues.map((issue) => element('li', {}, issue.message))),
    );
    summary.hidden = false;
    for (const issue of issues) {
      const slot = form.querySelector<HTMLElement>(`#${fieldOf(issue)}-error`);
      if (!slot) continue;
      slot.textContent = slot.textContent ? `${slot.textContent} ${issue.message}` : issue.message;
      slot.hidden = false;
    }
    summary.focus();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    const input = {
      urls: urls.value.split(/\s+/).filter(Boolean),
      ...(whereFound.value && { whereFound: whereFound.value }),
      ...(description.value.trim() && { description: description.value }),
      // An unchecked box is sent as it is, so that the portal's message asks for it.
      goodFaith: goodFaith.checked,
    } as ReportInput;
    const result = await submitReport(client, input);
    submit.disabled = false;
    if (result.ok) {
      container.replaceChildren(
        element(
          'section',
          { class: 'confirmation', lang: t.locale, dir: t.direction },
          element('h2', {}, t('confirmation.page_title')),
          element('p', {}, t('confirmation.receipt_label')),
          element('output', { id: 'receipt' }, result.receipt),
          element('p', {}, t('confirmation.receipt_advice')),
        ),
      );
      return;
    }
    const { error } = result;
    if (error.code === 'validation' && error.issues) {
      showIssues(error.issues, error.message);
      return;
    }
    // No answer, or not now: the report may not have been sent; the reporter can try again,
    // and a retry of the same report is stored once (the client's idempotency key).
    showIssues(
      [{ path: '', code: error.code, message: t('page.error.body') }],
      t('page.error.heading'),
    );
  });

  summary.tabIndex = -1;
  container.replaceChildren(form);
}
