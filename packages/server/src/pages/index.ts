/** @reportal/server/pages: the reference portal's HTML pages (report form, receipt, status) and the analyst console. */
export {
  createPortalPages,
  DEFAULT_QUICK_EXIT_URL,
  type PortalPagesOptions,
} from './create-portal-pages.js';
export { pageContentSecurityPolicy } from './html/page-response.js';
