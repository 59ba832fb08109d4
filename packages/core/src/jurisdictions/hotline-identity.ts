import type { Portal } from './portal-schema.js';

/** The largest logo a portal may carry, in bytes: it is served on every page of the portal. */
export const HOTLINE_LOGO_MAX_BYTES = 8 * 1024;
/** The least contrast between the hotline's text and background colours (WCAG 2.2 AA, 1.4.3). */
export const HOTLINE_COLORS_MIN_CONTRAST = 4.5;

/** A hotline's logo as the portal serves it: from its own origin, never a third party's. */
export interface HotlineLogo {
  mediaType: 'image/svg+xml' | 'image/png';
  extension: 'svg' | 'png';
  bytes: Uint8Array;
}

/**
 * The placeholder logo of an example configuration (`example: true`) that gives none: a dashed
 * box that says "EXAMPLE hotline logo", so a demo looks like a branded portal without pretending
 * to be a real hotline.
 */
export const EXAMPLE_HOTLINE_LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40"><rect x="1" y="1" width="118" height="38" rx="4" fill="#ffffff" stroke="#505a5f" stroke-width="2" stroke-dasharray="5 3"/><text x="60" y="17" font-family="system-ui,sans-serif" font-size="11" font-weight="700" text-anchor="middle" fill="#1b1b1b">EXAMPLE</text><text x="60" y="31" font-family="system-ui,sans-serif" font-size="10" text-anchor="middle" fill="#1b1b1b">hotline logo</text></svg>';

/** The band's colours of an example configuration that gives none (contrast 11.4:1). */
export const EXAMPLE_HOTLINE_COLORS: { readonly background: string; readonly text: string } = {
  background: '#2f3e46',
  text: '#ffffff',
};

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The portal's logo as bytes, or `undefined` when it has none (or it is not valid base64). An
 * example configuration without a logo of its own has `EXAMPLE_HOTLINE_LOGO_SVG`.
 *
 * @example
 * ```ts
 * const logo = hotlineLogo(getPortal('bz')!); // { mediaType: 'image/svg+xml', ... }
 * ```
 */
export function hotlineLogo(
  portal: Pick<Portal, 'hotline'> & { example?: boolean },
): HotlineLogo | undefined {
  const logo =
    portal.hotline.logo ?? (portal.example ? { svg: EXAMPLE_HOTLINE_LOGO_SVG } : undefined);
  if (logo === undefined) return undefined;
  if ('svg' in logo) {
    return {
      mediaType: 'image/svg+xml',
      extension: 'svg',
      bytes: new TextEncoder().encode(logo.svg),
    };
  }
  try {
    const binary = atob(logo.png);
    return {
      mediaType: 'image/png',
      extension: 'png',
      bytes: Uint8Array.from(binary, (character) => character.charCodeAt(0)),
    };
  } catch {
    return undefined;
  }
}

/**
 * The band's colours of the portal, or `undefined` when it has none. An example configuration
 * without colours of its own has `EXAMPLE_HOTLINE_COLORS`.
 *
 * @example
 * ```ts
 * hotlineColors(getPortal('np')!); // { background: '#2f3e46', text: '#ffffff' }
 * ```
 */
export function hotlineColors(
  portal: Pick<Portal, 'hotline'> & { example?: boolean },
): { background: string; text: string } | undefined {
  return portal.hotline.colors ?? (portal.example ? { ...EXAMPLE_HOTLINE_COLORS } : undefined);
}

/**
 * The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21.
 *
 * @example
 * ```ts
 * contrastRatio('#ffffff', '#000000'); // 21
 * ```
 */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(color: string): number {
  const channels = [1, 3, 5].map((start) => {
    const value = Number.parseInt(color.slice(start, start + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

// What an SVG logo must not hold: scripts, event handlers, embedded documents, or anything
// loaded from elsewhere (the portal loads nothing from another origin).
const svgRefusals: [RegExp, string][] = [
  [/<script/i, 'a <script> element'],
  [/\son[a-z]+\s*=/i, 'an event-handler attribute (on...=)'],
  [/<foreignObject/i, 'a <foreignObject> element'],
  [/(?:href|src)\s*=\s*["']?\s*(?!#)[^"'\s>]/i, 'a link to another file (only #fragment links)'],
  [/url\(\s*["']?\s*(?!#)/i, 'a url() to another file (only #fragment references)'],
  [/<!ENTITY|<!DOCTYPE/i, 'a DOCTYPE or entity declaration'],
];

/** The problems of a hotline's logo and colours, as `parsePortal` reports them. */
export function hotlineIdentityProblems(
  portal: Pick<Portal, 'hotline'>,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const { logo, colors } = portal.hotline;
  if (logo !== undefined) {
    const bytes = hotlineLogo(portal);
    const path = 'svg' in logo ? 'hotline.logo.svg' : 'hotline.logo.png';
    if (bytes === undefined) {
      problems.push({ path, message: 'is not valid base64' });
    } else {
      if (bytes.bytes.byteLength > HOTLINE_LOGO_MAX_BYTES) {
        problems.push({
          path,
          message: `the logo is ${bytes.bytes.byteLength} bytes, over the cap of ${HOTLINE_LOGO_MAX_BYTES} bytes (simplify or compress it)`,
        });
      }
      if ('svg' in logo) {
        if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(logo.svg)) {
          problems.push({ path, message: 'must be an SVG document starting with <svg' });
        }
        for (const [pattern, what] of svgRefusals) {
          if (pattern.test(logo.svg)) problems.push({ path, message: `must not contain ${what}` });
        }
      } else if (!pngSignature.every((byte, index) => bytes.bytes[index] === byte)) {
        problems.push({ path, message: 'is not a PNG image (base64 of the file)' });
      }
    }
  }
  if (colors !== undefined) {
    const ratio = contrastRatio(colors.text, colors.background);
    if (ratio < HOTLINE_COLORS_MIN_CONTRAST) {
      problems.push({
        path: 'hotline.colors',
        message: `the text colour ${colors.text} on ${colors.background} has a contrast of ${ratio.toFixed(2)}:1, under the ${HOTLINE_COLORS_MIN_CONTRAST}:1 that WCAG requires`,
      });
    }
  }
  return problems;
}
