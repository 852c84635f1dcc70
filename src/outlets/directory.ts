/**
 * The directory proper: domain and name indexes over built-in outlets plus
 * the user's additions, which win over built-in entries for the same domain
 * or name.
 */
import type { Classification, NameKey, Outlet, OutletDirectory, UserOutlet } from './types';
import { foldName, leadingArticle, looseKey } from './names';
import { matchPlatform } from './platforms';
import { SHORTENERS } from './shorteners';
import { hostChain, parseTarget, type Target } from './url';
import { siteKey } from './site-key';

const LOOKS_LIKE_DOMAIN = /^[^\s/]+\.[a-z]{2,}(\/.*)?$/i;

/** A user's entry as an outlet; it keeps the languages of the built-in outlet it replaces. */
export function userOutlet(a: UserOutlet, replaced: Outlet | undefined): Outlet {
  const domain = siteKey(a.domain);
  return {
    id: `user:${domain}`,
    name: a.name.trim(),
    aliases: [],
    domains: [domain],
    country: a.country.toUpperCase(),
    languages: replaced?.languages ?? [],
    type: a.type,
    owner: null,
    user: true,
  };
}

export function createDirectoryFrom(
  outlets: readonly Outlet[],
  additions: readonly UserOutlet[] = [],
  preferred: Record<string, string> = {},
): OutletDirectory {
  const domains = new Map<string, Outlet>();
  const exact = new Map<string, Outlet>();
  const loose = new Map<string, Outlet>();

  // Loose keys several outlets reach with no declared winner ("Presse": Die Presse, La Presse) resolve to nothing.
  const ambiguous = new Set<string>();
  // Exact names several outlets write with no declared winner ("The Standard": HK, TH, KE, GM) resolve to nothing too.
  const ambiguousExact = new Set<string>();
  const nameKeys: NameKey[] = [];

  const indexName = (name: string, o: Outlet, override: boolean) => {
    const f = foldName(name);
    if (!f) return;
    const bare = foldName(name.slice(leadingArticle(name, o.languages)));
    const l = bare.replace(/ /g, '');
    nameKeys.push({ exact: f, bare, loose: l });
    const prevExact = exact.get(f);
    if (!prevExact || override || (preferred[l] === o.id && !prevExact.user)) {
      exact.set(f, o);
      if (override || preferred[l] === o.id) ambiguousExact.delete(f);
    } else if (prevExact !== o && preferred[l] !== prevExact.id && !prevExact.user) ambiguousExact.add(f);
    const prev = loose.get(l);
    if (!prev || override || (preferred[l] === o.id && !prev.user)) {
      loose.set(l, o);
      if (override || preferred[l] === o.id) ambiguous.delete(l);
    } else if (prev !== o && preferred[l] !== prev.id && !prev.user) ambiguous.add(l);
  };

  for (const o of outlets) {
    for (const d of o.domains) if (!domains.has(d)) domains.set(d, o);
    // A low-confidence row is known by its domains only: its names stay out of name matching.
    if (o.confidence === 'low') continue;
    for (const n of [o.name, ...o.aliases]) indexName(n, o, false);
  }
  // A bare name ("The Sun" of "The Sun (Nigeria)") never displaces an outlet that writes the name unqualified.
  const held = new Set(exact.keys());
  for (const o of outlets)
    if (o.bareName && o.confidence !== 'low' && !held.has(foldName(o.bareName))) indexName(o.bareName, o, false);
  const users = additions.map((a) => userOutlet(a, domains.get(siteKey(a.domain))));
  for (const u of users) {
    domains.set(u.domains[0], u);
    indexName(u.name, u, true);
  }

  const lookupTarget = (t: Target, chain: readonly string[]): Outlet | null => {
    for (const h of chain) {
      const o = domains.get(h);
      if (o) return o;
    }
    return null;
  };

  const byDomain = (urlOrHost: string): Outlet | null => {
    const t = parseTarget(urlOrHost);
    return t ? lookupTarget(t, hostChain(t)) : null;
  };

  const dir: OutletDirectory = {
    size: outlets.length + users.length,
    nameKeys,
    byDomain,
    byName(name: string): Outlet | null {
      const f = foldName(name);
      if (!f) return null;
      const l = looseKey(name);
      const hit = (ambiguousExact.has(f) ? undefined : exact.get(f)) ?? (ambiguous.has(l) ? undefined : loose.get(l));
      if (hit) return hit;
      return LOOKS_LIKE_DOMAIN.test(name.trim()) ? byDomain(name) : null;
    },
    classify(url: string): Classification {
      const t = parseTarget(url);
      if (!t) return { domain: null, host: null, category: 'other', outlet: null, platform: null, shortener: false };
      const chain = hostChain(t);
      const shortener = SHORTENERS.has(t.host) || (t.domain !== null && SHORTENERS.has(t.domain));
      const outlet = lookupTarget(t, chain);
      if (outlet) return { domain: t.domain, host: t.host, category: 'news', outlet, platform: null, shortener };
      const p = matchPlatform(t, chain);
      return {
        domain: t.domain,
        host: t.host,
        category: p?.category ?? 'other',
        outlet: null,
        platform: p?.platform ?? null,
        shortener,
      };
    },
  };
  return dir;
}
