import { contentTypes, type Portal, submissionLimits, whereFoundValues } from '@reportal/core';
import type { PortalLocalization } from '../localization/portal-localization.js';

/**
 * The public configuration of a portal (`GET /v1/portals/{portal}`): what a partner needs to
 * build a form: locales (with their direction and review status), fields and limits, the
 * hotline, outcome feedback, and the legal and privacy notes in the requested locale.
 */
export function publicPortalConfiguration(
  portal: Portal,
  localization: PortalLocalization,
  locale: string,
) {
  const t = localization.translatorFor(locale);
  const country = portal.countryNames[t.locale] ?? portal.countryNames.en ?? portal.country;
  const hotline = portal.hotline.name;
  return {
    id: portal.id,
    example: portal.example,
    country: portal.country,
    countryNames: portal.countryNames,
    defaultLocale: portal.defaultLocale,
    locales: portal.locales.map((tag) => {
      const translator = localization.translatorFor(tag);
      return {
        tag,
        direction: translator.direction,
        status: translator.status,
        name: translator('language.name'),
      };
    }),
    // Who the hotline is; its logo and colours are for the portal's own pages.
    hotline: {
      name: portal.hotline.name,
      website: portal.hotline.website,
      ...(portal.hotline.email !== undefined && { email: portal.hotline.email }),
    },
    outcomeFeedback: portal.outcomeFeedback,
    takedownDeadlineHours: portal.takedownDeadlineHours,
    fields: {
      schemaVersion: 1,
      urls: {
        minItems: submissionLimits.minUrls,
        maxItems: submissionLimits.maxUrls,
        maxLength: submissionLimits.maxUrlLength,
      },
      contentTypes,
      whereFound: whereFoundValues,
      description: { maxLength: submissionLimits.maxDescriptionLength },
      contact: ['consent', 'name', 'email', 'phone', 'wantsFeedback'],
    },
    legal: {
      locale: t.locale,
      direction: t.direction,
      notice: [
        t('legal.operator', { hotline, country }),
        t('legal.purpose', { country }),
        t('legal.good_faith'),
        t('legal.hotline_website', { hotline, website: portal.hotline.website }),
      ],
      privacy: [
        t('privacy.summary'),
        t('privacy.stored', { precision: portal.receivedAtPrecision }),
        t('privacy.never_stored'),
        t('privacy.contact', { days: portal.retention.contactDays }),
        t('privacy.retention', { days: portal.retention.reportDays }),
        t('privacy.receipt'),
        t('privacy.sharing'),
      ],
    },
  };
}
