/**
 * Real pages from a corpus laid out like shared/corpus (see README, "Corpora"): never copied into
 * the project, read from where the corpus lives. Each is served under its own host name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fundusIndex, publishedUrl } from '../../../tools/corpus-pages';
import type { PageCase } from './synthetic';

export const CORPUS = process.env.SOURCE_LENS_CORPUS ?? resolve(import.meta.dirname, '../../../../shared/corpus');

/**
 * How many pages per country folder: German and English, and at least three other scripts
 * (Japanese, Korean, Chinese, Arabic right-to-left, Cyrillic). 22 in all.
 */
const PER_COUNTRY: Record<string, number> = {
  de: 4,
  at: 1,
  ch: 1,
  us: 3,
  uk: 2,
  jp: 2,
  kr: 1,
  cn: 1,
  tw: 1,
  lb: 1,
  ru: 1,
  ua: 1,
  tr: 1,
  il: 1,
  isl: 1,
};

/**
 * Hosts on the browsers' built-in HSTS preload list: the browser turns http: into https: before it
 * asks any resolver or proxy, so a plain-http test server cannot stand in for them.
 */
const HSTS_PRELOADED = /(^|\.)(bbc\.com|bbc\.co\.uk)$/;

export function corpusPages(): PageCase[] {
  const entries = fundusIndex(resolve(CORPUS, 'fundus'));
  const out: PageCase[] = [];
  for (const [country, n] of Object.entries(PER_COUNTRY)) {
    const seen = new Set<string>();
    // One page per publisher, the earliest file name first: the same pages on every run.
    const rows = entries.filter((e) => e.country_dir === country).sort((a, b) => a.html.localeCompare(b.html));
    for (const e of rows) {
      if (seen.size >= n) break;
      const published = publishedUrl(e.url);
      const file = resolve(CORPUS, 'fundus', e.html);
      if (seen.has(e.publisher) || !published || HSTS_PRELOADED.test(new URL(published).hostname) || !existsSync(file))
        continue;
      seen.add(e.publisher);
      // http: the test server stands in for every host; the host name and path stay the page's own.
      const url = new URL(published);
      url.protocol = 'http:';
      out.push({ name: `fundus-${country}-${e.publisher}`, url: url.href, body: gunzipSync(readFileSync(file)) });
    }
  }
  return out;
}
