import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  EXAMPLE_HOTLINE_LOGO_SVG,
  HOTLINE_LOGO_MAX_BYTES,
  hotlineColors,
  hotlineLogo,
} from './hotline-identity.js';
import { parsePortal } from './parse-portal.js';
import { getPortal, listPortals } from './registry.js';

const bz = getPortal('bz')!;
const withHotline = (hotline: Record<string, unknown>) => ({
  ...bz,
  hotline: { name: 'Example Hotline', website: 'https://hotline.example.org/', ...hotline },
});
const problemsOf = (input: unknown) => {
  const result = parsePortal(input);
  return result.ok ? [] : result.problems;
};
const png = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return btoa(String.fromCharCode(...bytes));
};

describe('the hotline identity', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBe(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0b4f9c', '#ffffff')).toBeGreaterThan(7);
  });

  it('gives every example portal the one placeholder logo and colours, which pass the checks', () => {
    const examples = listPortals().filter((portal) => portal.example);
    expect(examples.length).toBeGreaterThanOrEqual(30);
    for (const portal of examples) {
      expect(portal.hotline.logo, portal.id).toBeUndefined();
      expect(hotlineLogo(portal)?.mediaType, portal.id).toBe('image/svg+xml');
      expect(new TextDecoder().decode(hotlineLogo(portal)!.bytes), portal.id).toContain('EXAMPLE');
      expect(hotlineColors(portal), portal.id).toEqual({ background: '#2f3e46', text: '#ffffff' });
    }
    const placeholder = {
      ...bz,
      hotline: {
        ...bz.hotline,
        logo: { svg: EXAMPLE_HOTLINE_LOGO_SVG },
        colors: hotlineColors(bz),
      },
    };
    expect(problemsOf(placeholder)).toEqual([]);
  });

  it('gives a real hotline no placeholder: its own logo and colours, or none', () => {
    const real = { ...bz, example: false };
    expect(hotlineLogo(real)).toBeUndefined();
    expect(hotlineColors(real)).toBeUndefined();
    const own = {
      ...real,
      hotline: { ...bz.hotline, colors: { background: '#000000', text: '#ffffff' } },
    };
    expect(hotlineColors(own)).toEqual({ background: '#000000', text: '#ffffff' });
    expect(
      hotlineLogo({ ...real, hotline: { ...bz.hotline, logo: { svg: '<svg/>' } } })?.bytes,
    ).toEqual(new TextEncoder().encode('<svg/>'));
  });

  it('refuses a colour pair under 4.5:1', () => {
    expect(problemsOf(withHotline({ colors: { background: '#777777', text: '#ffffff' } }))).toEqual(
      [
        {
          path: 'hotline.colors',
          message:
            'the text colour #ffffff on #777777 has a contrast of 4.48:1, under the 4.5:1 that WCAG requires',
        },
      ],
    );
    expect(problemsOf(withHotline({ colors: { background: 'navy', text: '#ffffff' } }))).toEqual([
      {
        path: 'hotline.colors.background',
        message: 'must be a colour as #rrggbb (six lower-case hex digits)',
      },
    ]);
  });

  it('refuses a logo over the cap, a file that is not a PNG, and an SVG that loads or runs anything', () => {
    expect(problemsOf(withHotline({ logo: { png: png(HOTLINE_LOGO_MAX_BYTES) } }))).toEqual([]);
    expect(problemsOf(withHotline({ logo: { png: png(HOTLINE_LOGO_MAX_BYTES + 1) } }))).toEqual([
      {
        path: 'hotline.logo.png',
        message: `the logo is ${HOTLINE_LOGO_MAX_BYTES + 1} bytes, over the cap of ${HOTLINE_LOGO_MAX_BYTES} bytes (simplify or compress it)`,
      },
    ]);
    expect(problemsOf(withHotline({ logo: { png: btoa('GIF89a') } }))[0]?.message).toBe(
      'is not a PNG image (base64 of the file)',
    );
    expect(problemsOf(withHotline({ logo: { png: '%%%' } }))[0]?.message).toBe(
      'is not valid base64',
    );
    const svg = (inner: string) => ({
      logo: { svg: `<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>` },
    });
    expect(problemsOf(withHotline(svg('<use href="#mark"/>')))).toEqual([]);
    for (const [inner, what] of [
      ['<script>alert(1)</script>', 'a <script> element'],
      ['<rect onload="alert(1)"/>', 'an event-handler attribute (on...=)'],
      ['<image href="https://cdn.example.com/logo.png"/>', 'a link to another file'],
      ['<rect style="fill:url(https://example.com/x)"/>', 'a url() to another file'],
    ] as const) {
      expect(problemsOf(withHotline(svg(inner))).map((problem) => problem.message)).toEqual([
        expect.stringContaining(`must not contain ${what}`),
      ]);
    }
    expect(problemsOf(withHotline({ logo: { svg: '<html></html>' } }))[0]?.message).toBe(
      'must be an SVG document starting with <svg',
    );
  });
});
