/** @reportal/server/testing: the contract suite every `ReportStore` implementation must pass. */
export { describeStoreContract, type StoreContractOptions } from './store-contract.js';
