// The optional script of the reporter pages (served as /assets/reportal.<hash>.js). Every page
// works without it (Tor Browser's "Safest" level); with it, three things and nothing else:
// - the quick exit (its link, or Shift pressed three times) takes the portal's pages of this visit
//   out of the Back button as far as the browser allows (see `leave`);
// - the receipt on the confirmation page gets a copy button;
// - the form can add address fields beyond the ones it has, up to the form's maximum.
// The pages give it every text it shows in `data-*` attributes, in the page's language (hence the
// `!` after them: the pages always write them).
import { urlFieldLabel } from './url-field-label.js';

/** A button that does not submit its form, styled as a secondary action. */
function secondaryButton(text: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.textContent = text;
  return button;
}

// The quick exit. A script cannot delete history entries, but it can go back to the first page
// of this visit and replace that one: each page notes its place in the history (history.state)
// and the first page's place travels in window.name, which browsers keep across same-origin pages
// of a tab and clear on a cross-site navigation. Leaving goes back to that first page, which then
// replaces itself with the neutral page: Back then leads to whatever was open before the portal.
// Pages after it stay reachable by Forward; the history list keeps them all (the privacy page
// says so and how to clear it).
const exitLink = document.querySelector<HTMLAnchorElement>('a.exit');
if (exitLink) {
  const leaving = 'reportal:leaving';
  const state = history.state as { reportalEntry?: number } | null;
  const entry = state?.reportalEntry ?? history.length - 1;
  if (state?.reportalEntry === undefined)
    history.replaceState({ ...state, reportalEntry: entry }, '');
  const noted = /^reportal:(\d+)$/.exec(window.name);
  const first = Math.min(noted ? Number(noted[1]) : entry, entry);
  const replaceWithExit = () => {
    document.body.hidden = true;
    window.name = '';
    location.replace(exitLink.href);
  };
  const leave = () => {
    if (entry > first) {
      window.name = leaving;
      document.body.hidden = true;
      history.go(first - entry);
      // A browser that does not go back (or not in time) still leaves from here.
      setTimeout(replaceWithExit, 800);
    } else {
      replaceWithExit();
    }
  };
  const continueLeaving = () => {
    if (window.name === leaving) replaceWithExit();
  };
  continueLeaving();
  // A page restored from the back-forward cache runs no script again: it hears pageshow.
  addEventListener('pageshow', (event) => {
    if (event.persisted) continueLeaving();
  });
  if (window.name !== leaving) window.name = `reportal:${first}`;
  exitLink.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  // Shift three times in a row (no other key between), within two seconds: as GOV.UK's "Exit this page".
  let presses: number[] = [];
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat) return;
    presses = [...presses.filter((time) => event.timeStamp - time < 2000), event.timeStamp];
    if (presses.length >= 3) leave();
  });
  document.querySelector<HTMLElement>('.exit-keys')!.hidden = false;
}

// The receipt's copy button, where the browser offers the clipboard (only on secure origins and
// localhost); the status next to it says "Copied" once it is done.
const receipt = document.getElementById('receipt-code');
if (receipt && navigator.clipboard) {
  const copy = secondaryButton(receipt.dataset.copy!);
  const copied = document.createElement('span');
  copied.setAttribute('role', 'status');
  copy.addEventListener('click', () => {
    void navigator.clipboard.writeText(receipt.textContent!.trim()).then(() => {
      copied.textContent = ` ${receipt.dataset.copied}`;
    });
  });
  receipt.after(copy, copied);
}
// The receipt's text field selects the whole code when it gets the focus.
document.getElementById('receipt-copy')?.addEventListener('focus', (event) => {
  (event.target as HTMLTextAreaElement).select();
});

// "Add another address": the <details> holds the fields after the first (2 to 5, more on a form
// sent back with its values); the button clones the last one as the next (empty, without an
// error), until the form has `data-max` fields.
const moreUrls = document.getElementById('more-urls');
if (moreUrls) {
  const maximum = Number(moreUrls.dataset.max);
  const label = moreUrls.dataset.label!;
  const add = secondaryButton(moreUrls.dataset.add!);
  add.addEventListener('click', () => {
    const count = document.querySelectorAll('input[name=urls]').length;
    if (count >= maximum) return;
    const field = moreUrls.querySelector('.field:last-of-type')!.cloneNode(true) as HTMLElement;
    const input = field.querySelector('input')!;
    const fieldLabel = field.querySelector('label')!;
    field.querySelectorAll('.error').forEach((error) => {
      error.remove();
    });
    input.id = `urls-${count}`;
    input.value = '';
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
    fieldLabel.htmlFor = input.id;
    fieldLabel.textContent = urlFieldLabel(label, count + 1);
    add.before(field);
    input.focus();
    if (count + 1 >= maximum) add.hidden = true;
  });
  moreUrls.append(add);
}
