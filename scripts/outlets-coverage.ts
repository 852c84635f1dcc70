/**
 * Reach of the outlet directory (scripts/outlets-goals.ts: per-country and
 * per-language counts against the goals), then, given a corpus, its coverage
 * on real pages.
 * Usage: tsx scripts/outlets-coverage.ts [CORPUS_DIR] [--list] [--countries] [--data DATA_DIR]
 *
 * 1. Publisher domains: each page's own site (readability: canonical/og:url;
 *    fundus: the URL in INDEX.json) is "recognized" when the directory knows
 *    it as an outlet or a platform rule places it (blog host, wiki, forum...).
 *    Goal >= 95 %.
 * 2. Outbound news domains: distinct domains linked from article bodies,
 *    minus the page's own site, minus what the platform rules place as
 *    social/forum/reference/academic/government/blog, minus shorteners, minus
 *    the reviewed non-news domains in scripts/coverage-non-news.txt (shops,
 *    companies, NGOs: each listed with a reason). Recognized = a directory
 *    outlet. Goal >= 90 %. The figure without that review list is printed too.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { createBuiltinDirectory } from '../src/outlets/builtin';
import { printGoals } from '../tools/outlets-goals';

const args = process.argv.slice(2);
const dataAt = args.indexOf('--data');
const dataDir = dataAt >= 0 ? args[dataAt + 1] : undefined;
const corpusArg = args.find((a, i) => !a.startsWith('--') && (dataAt < 0 || i !== dataAt + 1));
const showList = args.includes('--list');
printGoals(dataDir ? `${dataDir.replace(/\/$/, '')}/` : undefined, args.includes('--countries'));
if (!corpusArg) process.exit(0);
const root: string = corpusArg;
if (!existsSync(root)) {
  console.error('usage: tsx scripts/outlets-coverage.ts [CORPUS_DIR] [--list] [--countries] [--data DATA_DIR]');
  process.exit(2);
}
console.log('');
const dir = createBuiltinDirectory();
const NON_NEWS = new Map(
  readFileSync(new URL('./coverage-non-news.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => [l.split(/\s+/)[0], l] as const),
);

interface Page {
  name: string;
  url: string | null;
  html: string;
}

function pageUrl(doc: Document): string | null {
  const pick = (sel: string, attr: string) => doc.querySelector(sel)?.getAttribute(attr)?.trim() || null;
  const candidates = [
    pick('link[rel="canonical"]', 'href'),
    pick('meta[property="og:url"]', 'content'),
    pick('meta[name="twitter:url"]', 'content'),
    pick('base[href]', 'href'),
  ];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"(?:url|mainEntityOfPage)"\s*:\s*"(https?:[^"]+)"/.exec(script.textContent ?? '');
    if (m) candidates.push(m[1].replace(/\\\//g, '/'));
  }
  return candidates.find((c) => c && /^https?:\/\//.test(c)) ?? null;
}

function* pages(): Generator<Page> {
  const rdir = join(root, 'readability');
  // Pages under 8 KB are the synthetic fixtures of the readability tests, not captured sites.
  for (const name of readdirSync(rdir).sort()) {
    const file = join(rdir, name, 'source.html');
    if (!existsSync(file) || statSync(file).size < 8_000) continue;
    const html = readFileSync(file, 'utf8');
    yield { name: `readability/${name}`, url: pageUrl(parseHTML(html).document), html };
  }
  const index = JSON.parse(readFileSync(join(root, 'fundus', 'INDEX.json'), 'utf8')) as { html: string; url: string }[];
  for (const row of index) {
    yield {
      name: `fundus/${row.html}`,
      url: row.url,
      html: gunzipSync(readFileSync(join(root, 'fundus', row.html))).toString('utf8'),
    };
  }
}

/** The article body: an explicit container if the page marks one, else the element with the most paragraph text. */
function articleBody(doc: Document): Element {
  const marked =
    doc.querySelector('[itemprop="articleBody"]') ?? doc.querySelector('article') ?? doc.querySelector('main');
  if (marked) return marked;
  const scores = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  let best: Element = doc.body ?? doc.documentElement;
  let max = 0;
  for (const [el, n] of scores) {
    if (n > max) {
      best = el;
      max = n;
    }
  }
  return best;
}

let pub = 0;
let pubOk = 0;
let noUrl = 0;
const pubMissing: string[] = [];
const outbound = new Map<string, Set<string>>(); // domain -> pages linking it
const excluded = { platform: new Set<string>(), shortener: new Set<string>(), reviewed: new Set<string>() };
const recognized = new Set<string>();
const unknown = new Set<string>();

for (const page of pages()) {
  if (!page.url) {
    noUrl++;
    pubMissing.push(`${page.name}: no canonical URL`);
  } else {
    pub++;
    const c = dir.classify(page.url);
    if (c.outlet || c.platform || c.category !== 'other') pubOk++;
    else pubMissing.push(`${page.name}: ${c.domain ?? page.url}`);
  }
  const own = page.url ? dir.classify(page.url).domain : null;
  const { document } = parseHTML(page.html);
  for (const a of articleBody(document).querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (!/^(https?:)?\/\//i.test(href)) continue;
    const c = dir.classify(href);
    if (!c.domain || c.domain === own) continue;
    if (!outbound.has(c.domain)) outbound.set(c.domain, new Set());
    outbound.get(c.domain)!.add(page.name);
    if (c.outlet) recognized.add(c.domain);
    else if (c.shortener) excluded.shortener.add(c.domain);
    else if (c.platform || c.category !== 'other') excluded.platform.add(c.domain);
    else if (NON_NEWS.has(c.domain)) excluded.reviewed.add(c.domain);
    else unknown.add(c.domain);
  }
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');
const newsTotal = recognized.size + unknown.size;
for (const d of excluded.reviewed) recognized.delete(d);
console.log(
  `publisher domains: ${pubOk}/${pub} pages recognized = ${pct(pubOk, pub)} % (goal >= 95 %); ${noUrl} page(s) without a discoverable URL`,
);
console.log(
  `outbound news domains: ${recognized.size}/${newsTotal} recognized = ${pct(recognized.size, newsTotal)} % (goal >= 90 %) ` +
    `of ${outbound.size} distinct outbound domains; excluded: ${excluded.platform.size} platform/institution, ${excluded.shortener.size} shortener, ${excluded.reviewed.size} reviewed non-news`,
);
console.log(
  `  without the reviewed non-news list: ${recognized.size}/${newsTotal + excluded.reviewed.size} = ${pct(recognized.size, newsTotal + excluded.reviewed.size)} %`,
);
if (showList) {
  console.log('\nunrecognized publisher pages:\n  ' + pubMissing.join('\n  '));
  console.log('\nunrecognized outbound domains (pages):');
  for (const d of [...unknown].sort()) console.log(`  ${d}  ${[...outbound.get(d)!].slice(0, 2).join(' ')}`);
}
