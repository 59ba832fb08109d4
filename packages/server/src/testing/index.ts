/** @reportal/server/testing: the test of a handler mounted in a framework (the store suites: `@reportal/store/testing`). */

export {
  describeMountedPortal,
  type MountedPortal,
  type MountedPortalOptions,
} from './mounted-portal.js';
