// The analyst console's script (served as /assets/console.<hash>.js). The console page carries no
// data: this script keeps the analyst's bearer token in sessionStorage (never a cookie, never
// localStorage: it is gone with the tab), loads each view's HTML from the server with it, and
// sends case events to the v1 API of the same origin (the page's CSP allows `connect-src 'self'`).
import { caseEventBody, caseEventFailureMessage, type EventProblem } from './case-event.js';
import { readableJson } from './readable-json.js';

const storage = sessionStorage;
const tokenKey = 'reportal.console.token';

// The console page's elements (console-shell.ts): all there, or this script is not on the page.
const element = <Type extends HTMLElement = HTMLElement>(id: string) =>
  document.getElementById(id) as Type;
const main = element('main');
const view = element('view');
const signIn = element('sign-in');
const signInForm = element<HTMLFormElement>('sign-in-form');
const tokenInput = element<HTMLInputElement>('token');
const tokenError = element('token-error');
const nav = element('console-nav');
const status = element('console-status');

/** The headers of a request, with the stored token as its bearer. */
function withToken(headers: Record<string, string>): Record<string, string> {
  headers.Authorization = `Bearer ${storage.getItem(tokenKey)}`;
  return headers;
}

/** Says something in the status line (a live region), or clears it. */
function say(message?: string) {
  status.textContent = message || '';
}

/** Forgets the token and shows the sign-in form, with the "invalid token" error when `refused`. */
function showSignIn(refused: boolean) {
  storage.removeItem(tokenKey);
  view.replaceChildren();
  nav.hidden = true;
  signIn.hidden = false;
  tokenError.hidden = !refused;
  if (refused) tokenInput.setAttribute('aria-invalid', 'true');
  else tokenInput.removeAttribute('aria-invalid');
  tokenInput.focus();
}

/**
 * Loads the view the page names (`data-view`, with the page's query: the console's language)
 * into the page; a refused token goes back to the sign-in form.
 */
async function loadView(): Promise<void> {
  const response = await fetch(main.dataset.view + location.search, {
    headers: withToken({ Accept: 'text/html' }),
    cache: 'no-store',
  });
  if (response.status === 401 || response.status === 403) {
    showSignIn(true);
    return;
  }
  const text = await response.text();
  signIn.hidden = true;
  nav.hidden = false;
  // The server's own HTML, every value escaped there (pages/html/html.ts); the CSP runs no
  // script it might hold.
  view.innerHTML = text;
  const heading = view.querySelector('h1');
  if (heading) document.title = `${heading.textContent} – ${document.body.dataset.title}`;
}

signInForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const token = tokenInput.value.trim();
  tokenInput.value = '';
  if (!token) {
    showSignIn(true);
    return;
  }
  storage.setItem(tokenKey, token);
  say('');
  void loadView();
});

element('sign-out').addEventListener('click', () => {
  say('');
  showSignIn(false);
});

/**
 * Sends one event form of a case view (`form.event` inside the `[data-case]` element, which
 * carries the case's id, version and the messages), then reloads the view, or says why not.
 */
async function sendEvent(form: HTMLFormElement): Promise<void> {
  const actions = form.closest<HTMLElement>('[data-case]')!;
  const body = caseEventBody(new FormData(form), {
    type: form.dataset.type!,
    expectedVersion: Number(actions.dataset.version),
  });
  say('');
  const response = await fetch(`/v1/cases/${encodeURIComponent(actions.dataset.case!)}/events`, {
    method: 'POST',
    headers: withToken({ 'Content-Type': 'application/json', Accept: 'application/json' }),
    body: JSON.stringify(body),
  });
  if (response.ok) {
    await loadView();
    say(actions.dataset.saved);
    return;
  }
  if (response.status === 401) {
    showSignIn(true);
    return;
  }
  const problem = (await response.json()) as EventProblem;
  say(
    caseEventFailureMessage(response.status, problem, {
      stale: actions.dataset.stale!,
      notAllowed: actions.dataset.notAllowed!,
    }),
  );
}

/**
 * Sends the queue's action for every selected case in one request (`POST /v1/cases/events`),
 * with an Idempotency-Key kept for the same selection and action, so a second click or a retry
 * after a lost answer applies nothing twice; then reloads the view and says what happened.
 */
async function sendBulkEvent(form: HTMLFormElement): Promise<void> {
  const caseIds = Array.from(
    view.querySelectorAll<HTMLInputElement>('input[name="caseIds"][form="bulk"]:checked'),
    (input) => input.value,
  );
  if (caseIds.length === 0) {
    say(form.dataset.none);
    return;
  }
  const data = new FormData(form);
  const type = String(data.get('type'));
  const event =
    type === 'send_notice'
      ? { type, payload: { recipient: data.get('recipient'), channel: data.get('channel') } }
      : { type };
  const body = JSON.stringify({ caseIds, event });
  if (form.dataset.body !== body) {
    form.dataset.body = body;
    form.dataset.key = crypto.randomUUID();
  }
  say('');
  const response = await fetch('/v1/cases/events', {
    method: 'POST',
    headers: withToken({
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Idempotency-Key': form.dataset.key!,
    }),
    body,
  });
  if (response.status === 401) {
    showSignIn(true);
    return;
  }
  const answer = (await response.json()) as { applied?: number; refused?: number; title?: string };
  if (!response.ok) {
    say(answer.title);
    return;
  }
  const message = form.dataset
    .result!.replace('{applied}', String(answer.applied))
    .replace('{refused}', String(answer.refused));
  await loadView();
  say(message);
}

view.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  if (form.matches('form.bulk')) {
    event.preventDefault();
    void sendBulkEvent(form);
    return;
  }
  if (!form.matches('form.event')) return;
  event.preventDefault();
  void sendEvent(form);
});

// A case's "Takedown notice" and "X-ARF report" buttons: the text (JSON indented) in the element
// the button controls.
view.addEventListener('click', (event) => {
  const target = event.target;
  const button = target instanceof Element && target.closest<HTMLElement>('button[data-fetch]');
  if (!button) return;
  const output = element(button.getAttribute('aria-controls')!);
  void fetch(button.dataset.fetch!, { headers: withToken({ Accept: button.dataset.accept! }) })
    .then((response) => response.text())
    .then((text) => {
      output.textContent = readableJson(text);
      output.hidden = false;
    });
});

if (storage.getItem(tokenKey)) void loadView();
else showSignIn(false);
