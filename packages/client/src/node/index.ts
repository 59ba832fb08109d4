/** @reportal/client/node: the partner SDK for Node, over undici (keep-alive, proxies) with every shipped catalog. */
export * from '../index.js';
export {
  createReportalClient,
  type NodeReportalClient,
  type NodeReportalClientOptions,
} from './create-node-client.js';
