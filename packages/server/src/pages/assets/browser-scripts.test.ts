import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  browserScriptsModulePath,
  packageRoot,
  renderBrowserScriptsModule,
} from '../../../scripts/browser-scripts.js';
import { consoleScript, portalScript } from './browser-scripts.generated.js';
import { pageAssets } from './page-assets.js';

describe('the browser scripts', () => {
  it(`${browserScriptsModulePath} is up to date (run \`pnpm generate\` when this fails)`, async () => {
    const committed = readFileSync(join(packageRoot, browserScriptsModulePath), 'utf8');
    expect(committed).toBe(await renderBrowserScriptsModule());
  }, 30_000);

  it('are served as the pages load them: one strict function scope each, minified', () => {
    expect(pageAssets.portalScript.body).toBe(portalScript);
    expect(pageAssets.consoleScript.body).toBe(consoleScript);
    for (const script of [portalScript, consoleScript]) {
      expect(script).toMatch(/^"use strict";\(\(\)=>\{/);
      expect(script.trimEnd()).toMatch(/\}\)\(\);$/);
      expect(script.split('\n')).toHaveLength(2);
      // No module syntax and nothing left of the TypeScript source.
      expect(script).not.toMatch(/\bimport\b|\bexport\b|sourceMappingURL/);
    }
  });

  it('keep the form script under the 2 KB that docs/portal-pages.md promises', () => {
    expect(new TextEncoder().encode(portalScript).byteLength).toBeLessThan(2 * 1024);
  });

  it('keep the console token in sessionStorage and send it as a bearer header, never a cookie', () => {
    expect(consoleScript).toContain('sessionStorage');
    expect(consoleScript).toContain('Authorization=`Bearer ${');
    expect(consoleScript).not.toMatch(/cookie|localStorage/i);
    expect(portalScript).not.toMatch(/cookie|localStorage|sessionStorage|fetch\(/i);
  });
});
