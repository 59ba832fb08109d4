/** @reportal/server/node: serve a Reportal handler with node:http, with graceful shutdown. */
export {
  type NodeServer,
  type ServeNodeOptions,
  serveNode,
  toWebRequest,
  writeWebResponse,
} from './serve-node.js';
