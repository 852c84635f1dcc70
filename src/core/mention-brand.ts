/**
 * A brand several outlets of different countries share ("Sky": Sky News, Sky Sports, Sky TG24, Sky News
 * Arabia; "NBC": NBC News, NBC (Namibia)). Written bare, it means the one of the page's country, or none:
 * on a German page "bei Sky" is no British news channel. The outlets per brand word come from the
 * directory's name keys, once per word asked (a handful per page), cached per directory.
 */
import { foldName, leadingArticle } from '../outlets/names';
import type { Outlet, OutletDirectory } from '../outlets/types';
import { PHRASE_LANGS } from './mention-phrases';

const cache = new WeakMap<OutletDirectory, Map<string, Outlet[]>>();

function outletsOfBrand(dir: OutletDirectory, key: string): Outlet[] {
  let per = cache.get(dir);
  if (!per) {
    per = new Map();
    cache.set(dir, per);
  }
  let list = per.get(key);
  if (!list) {
    list = [];
    const prefix = `${key} `;
    for (const { exact: k } of dir.nameKeys) {
      if (!k.startsWith(prefix)) continue;
      const o = dir.byName(k);
      if (o && !list.includes(o)) list.push(o);
    }
    per.set(key, list);
  }
  return list;
}

/**
 * The outlet a one-word name means on this page: `entry` itself unless the word is a brand the
 * outlet's own name only starts with ("Sky" for "Sky News") and outlets of more than one country
 * share it; then the one of the publisher's country, or null.
 */
export function meantBrand(
  dir: OutletDirectory,
  written: string,
  entry: Outlet,
  country: string | null,
): Outlet | null {
  // The scan's phrases are German and English: so are the articles it may read before a name.
  const bare = written.slice(leadingArticle(written, PHRASE_LANGS));
  if (/\s/.test(bare)) return entry;
  const key = foldName(bare);
  if (!key || foldName(entry.name) === key || !foldName(entry.name).startsWith(`${key} `)) return entry;
  let list: Outlet[];
  try {
    list = outletsOfBrand(dir, key);
  } catch {
    return entry;
  }
  if (new Set(list.map((o) => o.country)).size < 2) return entry;
  if (entry.country === country) return entry;
  return list.find((o) => o.country === country) ?? null;
}
