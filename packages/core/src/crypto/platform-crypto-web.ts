// The `default` variant of the `#crypto` import (package.json `imports`): what browsers, workers
// and every bundler that targets them resolve. Nothing synchronous: Web Crypto does the work.
import type { SynchronousCrypto } from './synchronous-crypto.js';

/** No synchronous crypto here; the callers use Web Crypto. */
export const synchronousCrypto: SynchronousCrypto | undefined = undefined;
