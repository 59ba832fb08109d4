/**
 * Whether a form was posted from another site: a page elsewhere that submits the portal's form
 * for its visitors (any site could otherwise make them file reports). Browsers say where a
 * request comes from in `Sec-Fetch-Site`; older ones only in `Origin`, which is then compared
 * with the portal's own host. A request with neither (a tool, a very old browser) is not
 * refused: nothing says it is cross-site. The hotline's own sites (`same-site`) may post.
 */
export function isCrossSitePost(request: { url: string; headers: Headers }): boolean {
  const site = request.headers.get('Sec-Fetch-Site');
  if (site !== null) return site === 'cross-site';
  const origin = request.headers.get('Origin');
  if (origin === null) return false;
  if (!URL.canParse(origin)) return true;
  return new URL(origin).host !== new URL(request.url).host;
}
