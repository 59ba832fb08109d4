import { describe, expect, it } from 'vitest';
import { escapeHtml, flag, html, rawHtml } from './html.js';

describe('html', () => {
  it('escapes every interpolated text, in text and in attributes', () => {
    const value = `"><script>alert('x')</script>&`;
    expect(html`<p title="${value}">${value}</p>`.__html).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>',
    );
  });

  it('keeps nested html, joins arrays and drops false, null and undefined', () => {
    const items = ['a<', 'b'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${false}${null}${undefined}${0}`.__html).toBe(
      '<ul><li>a&lt;</li><li>b</li></ul>0',
    );
  });

  it('drops the indentation of the template, not of the values', () => {
    expect(
      html`<div>
      <p>${'  two\n  lines  '}</p>
    </div>`.__html,
    ).toBe('<div><p>  two\n  lines  </p></div>');
  });

  it('writes boolean attributes and trusted markup as they are', () => {
    expect(html`<input${flag('checked', true)}${flag('disabled', false)}>`.__html).toBe(
      '<input checked>',
    );
    expect(html`${rawHtml('<br>')}`.__html).toBe('<br>');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
