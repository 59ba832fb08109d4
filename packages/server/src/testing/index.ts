/** @reportal/server/testing: the contract suite every `ReportStore` must pass, and the test of a handler mounted in a framework. */

export {
  describeMountedPortal,
  type MountedPortal,
  type MountedPortalOptions,
} from './mounted-portal.js';
export {
  describeRateLimitBackendContract,
  type RateLimitBackendContractOptions,
} from './rate-limit-backend-contract.js';
export { describeStoreContract, type StoreContractOptions } from './store-contract.js';
