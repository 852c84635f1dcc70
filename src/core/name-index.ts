/**
 * A prefilter for the mention scan, built once per outlet directory: the
 * first and last words every outlet name can be written with. A verb match
 * ("… said") is looked up in the directory only when the word before it can
 * end a name, and a phrase ("according to …") only when the word after it can
 * start one; most "said"s in a news text are preceded by "he" or "officials"
 * and now cost one Set lookup instead of six directory lookups.
 * Cached per directory object (WeakMap): the content script builds it once
 * per page, not once per analysis.
 */
import { foldName, isArticle } from '../outlets/names';
import type { OutletDirectory } from '../outlets/types';

export interface NameIndex {
  /** Folded words that can start a name (leading article dropped), and whole loose keys ("aljazeera"). */
  first: Set<string>;
  /** Folded words that can end a name, and whole loose keys. */
  last: Set<string>;
}

const cache = new WeakMap<OutletDirectory, NameIndex | null>();

/** The index for a directory, or null when the directory cannot list its outlets (then every candidate is looked up). */
export function nameIndex(dir: OutletDirectory): NameIndex | null {
  let idx = cache.get(dir);
  if (idx !== undefined) return idx;
  // A directory from elsewhere (a test double, a hostile object) may not list its names: then no prefilter.
  const keys = (dir as Partial<OutletDirectory>).nameKeys;
  idx = null;
  if (Array.isArray(keys)) {
    idx = { first: new Set(), last: new Set() };
    for (const k of keys as OutletDirectory['nameKeys']) {
      const words = k.exact.split(' ');
      idx.first.add(words[0]);
      idx.first.add(k.bare.split(' ')[0]);
      idx.last.add(words[words.length - 1]);
      idx.first.add(k.loose);
      idx.last.add(k.loose);
    }
  }
  try {
    cache.set(dir, idx);
  } catch {
    /* not an object: nothing to cache on */
  }
  return idx;
}

// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL on purpose
const ASCII = /^[\x00-\x7f]*$/;

/** The folded words of one written token: "NY-Times" -> ["ny", "times"], "Süddeutsche" -> ["suddeutsche"]. */
export function foldWords(token: string): string[] {
  const f = ASCII.test(token)
    ? token
        .toLowerCase()
        .replace(/&/g, ' and ')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
    : foldName(token);
  return f ? f.split(' ') : [];
}

/** Could a name end with this written token? Domains ("spiegel.de") always may: the directory resolves them by host. */
export function canEnd(idx: NameIndex | null, token: string): boolean {
  if (!idx || token.includes('.')) return true;
  const w = foldWords(token);
  return w.length > 0 && (idx.last.has(w[w.length - 1]) || idx.last.has(w.join('')));
}

/** Could a name start with these written tokens (the first may be an article)? */
export function canStart(idx: NameIndex | null, token: string, next: string | undefined): boolean {
  if (!idx || token.includes('.')) return true;
  const w = foldWords(token);
  if (!w.length) return false;
  if (idx.first.has(w[0]) || idx.first.has(w.join(''))) return true;
  if (isArticle(w[0]) && next !== undefined) return canStart(idx, next, undefined);
  return false;
}
