import { gzipSync } from 'node:zlib';
import { createReportal } from '@reportal/server';
import { createPortalPages } from '@reportal/server/pages';
import { createMemoryStore } from '@reportal/store';

/** Bytes (raw and gzip) of a portal page's HTML and of the stylesheets it links. */
export async function measurePageWeight(
  path: string,
): Promise<{ html: number; css: number; htmlGzip: number; cssGzip: number }> {
  const reportal = createReportal({
    portal: 'bz',
    store: createMemoryStore(),
    routes: createPortalPages(),
  });
  const origin = 'http://portal.test';
  const html = new Uint8Array(
    await (await reportal.fetch(new Request(`${origin}${path}`))).arrayBuffer(),
  );
  const text = new TextDecoder().decode(html);
  const stylesheets = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
    (match) => match[1]!,
  );
  let css = 0;
  let cssGzip = 0;
  for (const href of stylesheets) {
    const bytes = new Uint8Array(
      await (await reportal.fetch(new Request(new URL(href, `${origin}${path}`)))).arrayBuffer(),
    );
    css += bytes.byteLength;
    cssGzip += gzipSync(bytes, { level: 9 }).byteLength;
  }
  await reportal.close();
  return { html: html.byteLength, css, htmlGzip: gzipSync(html, { level: 9 }).byteLength, cssGzip };
}
