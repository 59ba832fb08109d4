// The widget's entry point, bundled by scripts/build-widget.ts: one language (Spanish) and only
// the message groups the form shows, so the page loads little.
import { defineCatalog } from '@reportal/core';
import {
  confirmationMessages,
  errorMessages,
  formMessages,
  metadata,
  pageMessages,
} from '@reportal/core/locales/es';
import { mountReportWidget } from './report-widget.js';

const container = document.getElementById('report-widget');
if (container?.dataset.portalUrl && container.dataset.portal) {
  mountReportWidget(container, {
    portalUrl: container.dataset.portalUrl,
    portal: container.dataset.portal,
    catalog: defineCatalog(metadata, [
      formMessages,
      errorMessages,
      confirmationMessages,
      pageMessages,
    ]),
  });
}
