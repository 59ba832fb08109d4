// The `#crypto` import as the source sees it. The build (tsup.config.ts) turns every import of
// this module into `import ... from '#crypto'`, left for the consumer's resolver: package.json's
// `imports` gives platform-crypto-node.js under the `node` condition (Node, Deno, Bun) and
// platform-crypto-web.js otherwise (browsers, workers), so a browser bundle never contains
// node:crypto and Node never looks a module up at run time. Run from source (tests, tsx) is
// always Node, hence the Node variant here; each variant is also tested on its own.
export { synchronousCrypto } from './platform-crypto-node.js';
