import { vi } from 'vitest';

/**
 * Loads a module as a browser or worker gets it: with the `default` variant of `#crypto`
 * (platform-crypto-web) where the source has the Node one. Undo with `restorePlatformCrypto`.
 */
export async function importWithWebVariant<Module>(load: () => Promise<Module>): Promise<Module> {
  vi.resetModules();
  vi.doMock('./platform-crypto.js', () => import('./platform-crypto-web.js'));
  return load();
}

/** Back to the Node variant, for the modules loaded after this. */
export function restorePlatformCrypto(): void {
  vi.doUnmock('./platform-crypto.js');
  vi.resetModules();
}
