// The optional script of the reporter pages (served as /assets/reportal.<hash>.js). Every page
// works without it (Tor Browser's "Safest" level); with it, three things and nothing else:
// - the quick exit replaces this page in the history, so Back does not return to the portal;
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

// The quick exit: location.replace leaves no history entry for the page the reporter left from.
document.querySelectorAll<HTMLAnchorElement>('a.exit').forEach((link) => {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    location.replace(link.href);
  });
});

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
