/**
 * The page's own publisher: "told CNN" on cnn.com, "Quelle: ntv.de" on
 * n-tv.de, "sagte der Kleinen Zeitung" on kleinezeitung.at are the page's own
 * reporting, not an outside source. Recognised from the page host, the
 * canonical URL and the site name (og:site_name, JSON-LD publisher), each
 * resolved through the directory, plus the directory's sister brands: outlets
 * that publish under one of the publisher's domains ("ZDFheute" on zdf.de).
 */
import type { Outlet, OutletDirectory } from '../outlets/types';
import { looseKey } from '../outlets/names';

export interface PageContext {
  url: string;
  canonicalUrl?: string | null;
  siteName?: string | null;
  lang?: string | null;
}

export interface Publisher {
  ids: Set<string>;
  domains: Set<string>;
  /** Loose keys of the publisher's names ("ntv", "frankfurterallgemeinezeitung", "faz"). */
  keys: Set<string>;
  /** The publisher's country (the first one found), for bare names that need context. */
  country: string | null;
  /** The publisher's outlet in the directory, when found. */
  main: Outlet | null;
}

const hostOf = (u: string | null | undefined): string | null => {
  if (!u) return null;
  try {
    return new URL(u).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
};

export function findPublisher(dir: OutletDirectory, page: PageContext | undefined): Publisher {
  const p: Publisher = { ids: new Set(), domains: new Set(), keys: new Set(), country: null, main: null };
  if (!page) return p;
  const found: Outlet[] = [];
  const tryIt = (f: () => Outlet | null) => {
    try {
      const o = f();
      if (o && !found.includes(o)) found.push(o);
    } catch {
      /* a directory that fails a lookup just knows no publisher */
    }
  };
  const hosts = [hostOf(page.url), hostOf(page.canonicalUrl)].filter((h): h is string => !!h);
  for (const h of hosts) {
    p.domains.add(h);
    tryIt(() => dir.byDomain(h));
  }
  if (page.siteName && page.siteName.length <= 80) tryIt(() => dir.byName(page.siteName!));
  p.main = found[0] ?? null;
  for (const o of found) {
    p.ids.add(o.id);
    p.country ??= o.country;
    for (const d of o.domains) p.domains.add(d);
    for (const n of [o.name, ...o.aliases]) addKey(p, n);
  }
  if (page.siteName) addKey(p, page.siteName);
  return p;
}

function addKey(p: Publisher, name: string): void {
  const k = looseKey(name);
  if (k.length >= 2) p.keys.add(k);
}

/**
 * Is this outlet (or this written name) the publisher? The same outlet, an
 * outlet under one of its domains, or a name that is the publisher's own name
 * or a brand of it ("ZDFheute" on a ZDF page, "Abendblatt" on the Hamburger Abendblatt).
 */
export function isSelf(p: Publisher, entry: Pick<Outlet, 'id' | 'domains'> | null, written: string): boolean {
  if (!p.ids.size && !p.domains.size) return false;
  // the same outlet, one under the publisher's domains, or the owner of the page's host (faktencheck.afp.com is AFP's)
  if (
    entry &&
    (p.ids.has(entry.id) ||
      entry.domains.some((d) => p.domains.has(d) || [...p.domains].some((h) => h.endsWith(`.${d}`))))
  )
    return true;
  const host = written.toLowerCase().replace(/^www\./, '');
  if (host.includes('.') && [...p.domains].some((d) => host === d || host.endsWith(`.${d}`) || d.endsWith(`.${host}`)))
    return true;
  const k = looseKey(written);
  if (k.length < 3) return p.keys.has(k);
  for (const pk of p.keys) {
    if (pk === k) return true;
    // a brand of the publisher: "zdfheute" / "zdf", "abendblatt" / "hamburgerabendblatt"
    // a short brand word after the name ("heute", "digital"), or the name's last part ("Abendblatt"); not "Namibian Broadcasting Corporation" on The Namibian
    if (pk.length >= 3 && ((k.startsWith(pk) && k.length - pk.length <= 7) || (k.length >= 5 && pk.endsWith(k))))
      return true;
  }
  return false;
}
