// What `@reportal/server/testing` exported of the contract suites before they moved to
// `@reportal/store/testing`: aliases (not plain re-exports, whose deprecation a declaration
// bundle drops) so that users see where to import from.
import {
  describeRateLimitBackendContract as describeRateLimitBackendContractFromStore,
  describeStoreContract as describeStoreContractFromStore,
  type RateLimitBackendContractOptions as RateLimitBackendContractOptionsFromStore,
  type StoreContractOptions as StoreContractOptionsFromStore,
} from '@reportal/store/testing';

/**
 * @deprecated Import it from `@reportal/store/testing`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import { describeRateLimitBackendContract } from '@reportal/store/testing';
 * ```
 */
export const describeRateLimitBackendContract: typeof describeRateLimitBackendContractFromStore =
  describeRateLimitBackendContractFromStore;

/**
 * @deprecated Import it from `@reportal/store/testing`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import { describeStoreContract } from '@reportal/store/testing';
 * ```
 */
export const describeStoreContract: typeof describeStoreContractFromStore =
  describeStoreContractFromStore;

/**
 * @deprecated Import it from `@reportal/store/testing`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { RateLimitBackendContractOptions } from '@reportal/store/testing';
 * ```
 */
export type RateLimitBackendContractOptions = RateLimitBackendContractOptionsFromStore;

/**
 * @deprecated Import it from `@reportal/store/testing`, where the store contract lives now;
 * this re-export goes in a later major version of `@reportal/server`.
 *
 * @example
 * ```ts
 * import type { StoreContractOptions } from '@reportal/store/testing';
 * ```
 */
export type StoreContractOptions = StoreContractOptionsFromStore;
