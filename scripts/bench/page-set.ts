/**
 * The pages bench:page opens, each under the URL it was published at (so a
 * site's own links stay internal): fundus' INDEX.json URL, else the page's
 * canonical link or og:url, else a made-up host under .test.
 */
import { declaredUrl, fundusIndex, publishedUrl } from '../../tools/corpus-pages';
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

/** fundus' published URL of each page, by its name in collectPages ("fundus/de/FAZ_2023_04_28"). */
function fundusUrls(dir: string): Map<string, string> {
  return new Map(fundusIndex(dir).map((e) => [e.html.replace(/\.html?\.gz$/, ''), e.url]));
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'page';

export function corpusPages(dir: string): ServedPage[] {
  const known = fundusUrls(dir);
  const seen = new Set<string>();
  return collectPages(dir).map((p) => {
    let url =
      publishedUrl(known.get(p.name) ?? known.get(`${p.group}/${p.name}`)) ??
      declaredUrl(p.html()) ??
      `http://${slug(p.name)}.bench.test/`;
    // Two captures of one URL would share a report key: make the second distinct.
    if (seen.has(url)) url += (url.includes('?') ? '&' : '?') + `bench=${seen.size}`;
    seen.add(url);
    return { name: p.name, group: p.group, url, html: p.html };
  });
}

export function syntheticPages(sizes: number[]): ServedPage[] {
  return sizes.map((n) => ({
    name: `synthetic/${n}`,
    group: 'synthetic',
    url: `http://synthetic.bench.test/article/${n}`,
    html: () => Buffer.from(syntheticArticle(n)),
    synthetic: n,
  }));
}

/** A small page that is not an article (a section front), for the non-article figure when a corpus has few. */
export function nonArticlePages(): ServedPage[] {
  const front = (n: number) => {
    const items = Array.from(
      { length: n },
      (_, i) => `<li><a href="/section/story-${i}">Headline number ${i} of the day</a></li>`,
    ).join('');
    return `<!doctype html><html lang="en"><head><title>Front page</title></head><body><nav><a href="/">Home</a></nav><ul>${items}</ul><footer>Imprint</footer></body></html>`;
  };
  return [50, 500].map((n) => ({
    name: `non-article/front-${n}`,
    group: 'non-article',
    url: `http://front.bench.test/front/${n}`,
    html: () => Buffer.from(front(n)),
  }));
}
