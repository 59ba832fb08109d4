// Intl.getCanonicalLocales costs a microsecond; portals see a handful of tags, so remember them.
const canonicalLocales = new Map<string, string>();

/** The canonical form of a BCP 47 tag (`ES-gt` -> `es-GT`), or `undefined` for an invalid one. */
export function canonicalLocale(tag: string): string | undefined {
  const known = canonicalLocales.get(tag);
  if (known) return known;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical && canonicalLocales.size < 256) canonicalLocales.set(tag, canonical);
    return canonical;
  } catch {
    return undefined;
  }
}
