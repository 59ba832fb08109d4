// The `node` variant of the `#crypto` import (package.json `imports`): what Node, Deno and Bun
// resolve. The only module of @reportal/core that imports a node: builtin.
import { createCipheriv, createHash } from 'node:crypto';
import type { SynchronousCrypto } from './synchronous-crypto.js';

/** node:crypto's synchronous SHA-256 and AES-256-GCM. */
export const synchronousCrypto: SynchronousCrypto | undefined = {
  sha256Hex: (input) => createHash('sha256').update(input).digest('hex'),
  sealText(text, keyMaterial, iv) {
    const key = createHash('sha256').update(keyMaterial, 'utf8').digest();
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    return Buffer.concat([cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  },
};
