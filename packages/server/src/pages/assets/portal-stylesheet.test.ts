import { describe, expect, it } from 'vitest';
import { portalStylesheet } from './portal-stylesheet.js';

/** The declarations of the first rule with exactly this selector. */
function rule(selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|})${escaped}\\{([^}]*)\\}`).exec(portalStylesheet);
  if (!match) throw new Error(`no rule ${selector}`);
  return Object.fromEntries(
    match[1]!.split(';').map((declaration) => {
      const colon = declaration.indexOf(':');
      return [declaration.slice(0, colon), declaration.slice(colon + 1)];
    }),
  );
}

function luminance(hex: string): number {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const channels = full.match(/../g)!.map((pair) => {
    const value = Number.parseInt(pair, 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

const rem = (value: string) => Number.parseFloat(value) * (value.endsWith('rem') ? 16 : 1);

describe('the stylesheet', () => {
  it('has text contrast of at least 4.5:1 (WCAG 1.4.3) for every text colour on its background', () => {
    const pairs: [string, string, string][] = [
      ['body text', rule('body').color!, '#fff'],
      ['links', rule('a').color!, '#fff'],
      ['links on notices', rule('a').color!, '#eef3fa'],
      ['help text', rule('.help').color!, '#fff'],
      ['help text on notices', rule('.help').color!, '#eef3fa'],
      ['errors', rule('.error').color!, '#fff'],
      ['quick exit', rule('.exit').color!, rule('.exit').background!],
      ['quick exit hovered', rule('.exit').color!, rule('.exit:hover').background!],
      ['buttons', rule('button').color!, rule('button').background!],
      ['secondary buttons', rule('.secondary').color!, rule('.secondary').background!],
      ['badges', rule('.badge').color!, rule('.badge').background!],
      ['text on warnings', rule('body').color!, rule('.warning').background!],
    ];
    for (const [name, foreground, background] of pairs) {
      expect(contrast(foreground, background), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives controls and the focus ring 3:1 against the page (WCAG 1.4.11)', () => {
    const border = /#[0-9a-f]{6}/.exec(
      rule('input:not([type=checkbox]),select,textarea').border!,
    )![0];
    expect(contrast(border, '#fff')).toBeGreaterThanOrEqual(3);
    const ring = /#[0-9a-f]{6}/.exec(rule(':focus-visible').outline!)![0];
    expect(contrast(ring, '#fff')).toBeGreaterThanOrEqual(3);
  });

  it('shows a visible focus on everything focusable', () => {
    expect(rule(':focus-visible').outline).toMatch(/^3px solid/);
    // Only <main>, focused by the skip link, goes without a ring.
    const hidden = [...portalStylesheet.matchAll(/([^{}]+)\{[^}]*outline:(none|0)/g)].map(
      (match) => match[1],
    );
    expect(hidden).toEqual(['main:focus']);
  });

  it('makes every target at least 24 by 24 CSS pixels (WCAG 2.5.8)', () => {
    expect(rem(rule('.check input').width!)).toBeGreaterThanOrEqual(24);
    expect(rem(rule('.check input').height!)).toBeGreaterThanOrEqual(24);
    expect(rem(rule('button')['min-height']!)).toBeGreaterThanOrEqual(24);
    expect(rem(rule('.exit')['min-height']!)).toBeGreaterThanOrEqual(24);
    expect(
      rem(rule('input:not([type=checkbox]),select,textarea')['min-height']!),
    ).toBeGreaterThanOrEqual(24);
    expect(rem(rule('summary')['min-height']!)).toBeGreaterThanOrEqual(24);
    expect(rem(rule('nav a,nav button,footer a')['min-height']!)).toBeGreaterThanOrEqual(24);
    expect(rem(rule('.languages a')['min-height']!)).toBeGreaterThanOrEqual(24);
  });

  it('uses logical properties, so right-to-left pages mirror by themselves', () => {
    expect(portalStylesheet).not.toMatch(/(margin|padding|border)-(left|right)|float:/);
    expect(portalStylesheet).not.toMatch(/url\(|@import|@font-face/);
  });
});
