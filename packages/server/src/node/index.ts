/** @reportal/server/node: serve a Reportal handler with node:http, with graceful shutdown. */
export {
  type ClientAddressOptions,
  type ClientAddressResolver,
  compileTrustProxy,
  createClientAddressResolver,
  type ForwardedHeaderName,
  normalizeAddress,
  type RequestHeaders,
  type TrustProxy,
} from './client-address.js';
export {
  type NodeServer,
  type ServeNodeOptions,
  serveNode,
  toWebRequest,
  writeWebResponse,
} from './serve-node.js';
