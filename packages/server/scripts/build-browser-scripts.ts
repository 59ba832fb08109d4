// Writes src/pages/assets/browser-scripts.generated.ts from the browser scripts (`pnpm generate`,
// and the package's build before tsup); browser-scripts.test.ts fails when the committed copy is
// stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  browserScriptsModulePath,
  packageRoot,
  renderBrowserScriptsModule,
} from './browser-scripts.js';

writeFileSync(join(packageRoot, browserScriptsModulePath), await renderBrowserScriptsModule());
console.log(`wrote ${browserScriptsModulePath}`);
