// The contract suite lives in @reportal/store/testing; the server's tests import it through here.
export { describeRateLimitBackendContract } from '@reportal/store/testing';
