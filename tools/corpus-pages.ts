/**
 * The URL a corpus page was published at, for everything that serves corpus pages to a browser
 * under their own host (bench:page, the real-pages e2e tests): fundus' INDEX.json, else the page's
 * canonical link or og:url. A page served at its own URL keeps its site's links internal, as on
 * the web. The corpus is read where it lives (see README, "Corpora"), never copied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One row of fundus' INDEX.json; `html` is relative to the folder given to fundusIndex. */
export interface FundusEntry {
  country_dir: string;
  publisher: string;
  html: string;
  url: string;
}

/**
 * The fundus rows of a corpus folder: `dir` may be the fundus folder itself (its INDEX.json) or a
 * folder laid out like shared/corpus (fundus/INDEX.json, paths then start with "fundus/").
 */
export function fundusIndex(dir: string): FundusEntry[] {
  const out: FundusEntry[] = [];
  for (const [index, prefix] of [
    [join(dir, 'INDEX.json'), ''],
    [join(dir, 'fundus/INDEX.json'), 'fundus/'],
  ] as const) {
    if (!existsSync(index)) continue;
    for (const e of JSON.parse(readFileSync(index, 'utf8')) as FundusEntry[]) out.push({ ...e, html: prefix + e.html });
  }
  return out;
}

/** A published URL as a web URL (http or https, a dotted host), without its fragment; null for anything else. */
export function publishedUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u.replace(/&amp;/g, '&'));
    if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.')) return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

const CANONICAL =
  /<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["']([^"']+)["']|<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["']([^"']+)["']/i;

/** The URL a page declares for itself in its head (canonical link, else og:url), as a web URL. */
export function declaredUrl(html: Buffer): string | null {
  const m = html.subarray(0, 200_000).toString('latin1').match(CANONICAL);
  return publishedUrl(m?.[1] ?? m?.[2]);
}
