/**
 * The pages bench:page opens, each under the URL it was published at (so a
 * site's own links stay internal): fundus' INDEX.json URL, else the page's
 * canonical link or og:url, else a made-up host under .test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectPages } from './corpus';
import { syntheticArticle } from './synthetic';

export interface ServedPage {
  name: string;
  group: string;
  /** The URL the browser opens; its host resolves to the bench server. */
  url: string;
  html: () => Buffer;
  synthetic?: number;
}

const CANONICAL = /<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["']([^"']+)["']|<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["']([^"']+)["']/i;

/** The published URL as a web URL (the bench server answers http and https); path and query kept. */
function asWebUrl(u: string | undefined): string | null {
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

function fundusUrls(dir: string): Map<string, string> {
  const urls = new Map<string, string>();
  for (const index of [join(dir, 'INDEX.json'), join(dir, 'fundus/INDEX.json')]) {
    if (!existsSync(index)) continue;
    const prefix = index.endsWith('fundus/INDEX.json') ? 'fundus/' : '';
    for (const e of JSON.parse(readFileSync(index, 'utf8')) as Array<{ html: string; url: string }>) urls.set(prefix + e.html.replace(/\.html?\.gz$/, ''), e.url);
  }
  return urls;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'page';

export function corpusPages(dir: string): ServedPage[] {
  const known = fundusUrls(dir);
  const seen = new Set<string>();
  return collectPages(dir).map((p) => {
    const head = p.html().subarray(0, 200_000).toString('latin1');
    const m = head.match(CANONICAL);
    let url = asWebUrl(known.get(p.name) ?? known.get(`${p.group}/${p.name}`)) ?? asWebUrl(m?.[1] ?? m?.[2]) ?? `http://${slug(p.name)}.bench.test/`;
    // Two captures of one URL would share a report key: make the second distinct.
    if (seen.has(url)) url += (url.includes('?') ? '&' : '?') + `bench=${seen.size}`;
    seen.add(url);
    return { name: p.name, group: p.group, url, html: p.html };
  });
}

export function syntheticPages(sizes: number[]): ServedPage[] {
  return sizes.map((n) => ({ name: `synthetic/${n}`, group: 'synthetic', url: `http://synthetic.bench.test/article/${n}`, html: () => Buffer.from(syntheticArticle(n)), synthetic: n }));
}

/** A small page that is not an article (a section front), for the non-article figure when a corpus has few. */
export function nonArticlePages(): ServedPage[] {
  const front = (n: number) => {
    const items = Array.from({ length: n }, (_, i) => `<li><a href="/section/story-${i}">Headline number ${i} of the day</a></li>`).join('');
    return `<!doctype html><html lang="en"><head><title>Front page</title></head><body><nav><a href="/">Home</a></nav><ul>${items}</ul><footer>Imprint</footer></body></html>`;
  };
  return [50, 500].map((n) => ({ name: `non-article/front-${n}`, group: 'non-article', url: `http://front.bench.test/front/${n}`, html: () => Buffer.from(front(n)) }));
}
