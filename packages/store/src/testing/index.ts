/** @reportal/store/testing: the contract suites (vitest) every `ReportStore` and `RateLimitBackend` must pass. */
export {
  describeRateLimitBackendContract,
  type RateLimitBackendContractOptions,
} from './rate-limit-backend-contract.js';
export { describeStoreContract, type StoreContractOptions } from './store-contract.js';
