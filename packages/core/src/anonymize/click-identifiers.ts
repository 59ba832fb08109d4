/** A query parameter that identifies a click, a share or a campaign recipient. */
export interface ClickIdentifier {
  /** The parameter name, lower case; with `prefix`, every name that starts with it. */
  name: string;
  prefix?: boolean;
  /** Only on these sites (and their subdomains); everywhere when absent. */
  hosts?: readonly string[];
  /** Who sets it. */
  setBy: string;
}

/**
 * Known click and share identifiers. They can tie a reported URL to the reporter's own session,
 * account or e-mail, so they are removed before a URL is stored.
 */
export const clickIdentifiers: readonly ClickIdentifier[] = [
  { name: 'utm_', prefix: true, setBy: 'campaign tags (Google Analytics and many others)' },
  { name: 'fbclid', setBy: 'Facebook' },
  { name: 'mibextid', setBy: 'Facebook shares' },
  { name: 'rdid', setBy: 'Facebook shares' },
  { name: 'sfnsn', setBy: 'Facebook shares' },
  { name: 'gclid', setBy: 'Google Ads' },
  { name: 'gclsrc', setBy: 'Google Ads' },
  { name: 'dclid', setBy: 'Google Display Network' },
  { name: 'gbraid', setBy: 'Google Ads' },
  { name: 'wbraid', setBy: 'Google Ads' },
  { name: 'srsltid', setBy: 'Google Search' },
  { name: 'msclkid', setBy: 'Microsoft Advertising' },
  { name: 'igshid', setBy: 'Instagram shares' },
  { name: 'igsh', setBy: 'Instagram shares' },
  { name: 'mc_eid', setBy: 'Mailchimp (recipient)' },
  { name: 'mc_cid', setBy: 'Mailchimp (campaign)' },
  { name: 'yclid', setBy: 'Yandex' },
  { name: 'ysclid', setBy: 'Yandex' },
  { name: 'twclid', setBy: 'X (Twitter) Ads' },
  { name: 'ttclid', setBy: 'TikTok Ads' },
  { name: 'li_fat_id', setBy: 'LinkedIn' },
  { name: 'epik', setBy: 'Pinterest' },
  { name: '_hsenc', setBy: 'HubSpot' },
  { name: '_hsmi', setBy: 'HubSpot' },
  { name: 'mkt_tok', setBy: 'Marketo' },
  { name: 'oly_anon_id', setBy: 'Omeda' },
  { name: 'oly_enc_id', setBy: 'Omeda' },
  { name: 'vero_id', setBy: 'Vero' },
  { name: 'wickedid', setBy: 'Wicked Reports' },
  { name: 'rb_clickid', setBy: 'Rakuten' },
  { name: 's_cid', setBy: 'Adobe Analytics' },
  { name: '_openstat', setBy: 'Openstat' },
  { name: '__s', setBy: 'Drip' },
  {
    name: 'si',
    hosts: ['youtube.com', 'youtu.be', 'spotify.com'],
    setBy: 'YouTube and Spotify shares',
  },
  { name: 'pp', hosts: ['youtube.com'], setBy: 'YouTube shares' },
  { name: 's', hosts: ['twitter.com', 'x.com'], setBy: 'X (Twitter) shares' },
  { name: 't', hosts: ['twitter.com', 'x.com'], setBy: 'X (Twitter) shares' },
  { name: 'ref_src', hosts: ['twitter.com', 'x.com'], setBy: 'X (Twitter) shares' },
  { name: 'share_id', hosts: ['reddit.com'], setBy: 'Reddit shares' },
  { name: '_r', hosts: ['tiktok.com'], setBy: 'TikTok shares' },
  { name: '_t', hosts: ['tiktok.com'], setBy: 'TikTok shares' },
  { name: 'u_code', hosts: ['tiktok.com'], setBy: 'TikTok shares' },
  { name: 'share_app_id', hosts: ['tiktok.com'], setBy: 'TikTok shares' },
  { name: 'share_link_id', hosts: ['tiktok.com'], setBy: 'TikTok shares' },
  { name: 'sender_device', hosts: ['tiktok.com'], setBy: 'TikTok shares' },
  { name: 'is_from_webapp', hosts: ['tiktok.com'], setBy: 'TikTok shares' },
];

/** True when the query parameter `name` on `host` is a known click or share identifier. */
export function isClickIdentifier(name: string, host: string): boolean {
  const lowerName = name.toLowerCase();
  return clickIdentifiers.some(
    (identifier) =>
      (identifier.prefix ? lowerName.startsWith(identifier.name) : lowerName === identifier.name) &&
      (!identifier.hosts ||
        identifier.hosts.some((site) => host === site || host.endsWith(`.${site}`))),
  );
}

/**
 * Removes known click and share identifiers from a URL's query, leaving everything else as it
 * was. Returns the URL and how many parameters were removed.
 *
 * @example
 * ```ts
 * stripClickIdentifiers('https://example.com/p?id=7&utm_source=mail&fbclid=x');
 * // { url: 'https://example.com/p?id=7', removed: 2 }
 * ```
 */
export function stripClickIdentifiers(href: string): { url: string; removed: number } {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { url: href, removed: 0 };
  }
  if (url.search.length <= 1) return { url: href, removed: 0 };
  const parameters = url.search.slice(1).split('&');
  const kept = parameters.filter((parameter) => {
    const name = parameter.split('=', 1)[0]!.replace(/\+/g, ' ');
    return !isClickIdentifier(safeDecode(name), url.hostname);
  });
  const removed = parameters.length - kept.length;
  if (removed === 0) return { url: href, removed: 0 };
  url.search = kept.join('&');
  return { url: url.href, removed };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
