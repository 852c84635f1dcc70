import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeBytes } from './src/cli/decode';
import { all, first, meta, squash, textOf } from './src/core/dom';
import { isLdArticle, jsonLd, ldString } from './src/core/jsonld';
import { siteNames, stripSite } from './src/core/title';
const root = '/work/shared/corpus';
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const rows: { name: string; want: string; doc: Document; url: string }[] = [];
const idx = JSON.parse(readFileSync(join(root, 'fundus/INDEX.json'), 'utf8'));
for (const r of idx) {
  const exp = JSON.parse(readFileSync(join(root, 'fundus', r.country_dir, r.publisher + '.json'), 'utf8'))[r.version];
  const d = decodeBytes(readFileSync(join(root, 'fundus', r.html)), { html: true }) as any;
  rows.push({ name: r.html, want: exp.title, doc: parseHTML(d.text).document as any, url: r.url });
}
for (const n of readdirSync(join(root, 'readability'))) {
  const p = join(root, 'readability', n, 'expected-metadata.json');
  if (!existsSync(p)) continue;
  const exp = JSON.parse(readFileSync(p, 'utf8'));
  if (!exp.title) continue;
  const d = decodeBytes(readFileSync(join(root, 'readability', n, 'source.html')), { html: true }) as any;
  rows.push({ name: 'R:' + n, want: exp.title, doc: parseHTML(d.text).document as any, url: 'http://fakehost/test/page.html' });
}
const counts: Record<string, number> = {};
const fcount: Record<string, number> = {};
for (const { name, want, doc, url } of rows) {
  const ld = jsonLd(doc).find(isLdArticle);
  const sites = siteNames(doc, url);
  const c: Record<string, string> = {
    ldh: ld ? ldString(ld.headline) : '', ldn: ld ? ldString(ld.name) : '', og: meta(doc, 'og:title'), tw: meta(doc, 'twitter:title'), dc: meta(doc, 'dc.title', 'dc:title'),
    h1: squash(textOf(all(doc, 'h1')[0])), title: squash(textOf(first(doc, 'title'))),
  };
  for (const k of Object.keys(c)) c[k + '~'] = stripSite(c[k], sites);
  const hits = Object.keys(c).filter((k) => c[k] && norm(c[k]) === norm(want));
  const key = name.startsWith('R:') ? counts : fcount;
  for (const h of hits) key[h] = (key[h] ?? 0) + 1;
  if (!hits.length) key['NONE'] = (key['NONE'] ?? 0) + 1;
  if (process.argv[2] && !name.startsWith('R:') && !hits.includes('og~') && !hits.includes('ldh~')) console.log(name, hits.join(','), JSON.stringify(want), '| og:', c['og~'], '| h1:', c.h1, '| ld:', c['ldh~']);
}
console.log('readability', counts, '\nfundus', fcount);
function choose(c: Record<string, string>, order: string[]): string {
  const score = new Map<string, number>();
  const srcs = ['ldh~', 'og~', 'tw~', 'dc~', 'h1', 'title~'];
  const title = norm(c.title).toLowerCase();
  for (const s of srcs) {
    const v = norm(c[s] ?? '');
    if (!v) continue;
    score.set(v, (score.get(v) ?? 0) + 1);
  }
  for (const [v] of score) if (title.includes(v.toLowerCase())) score.set(v, score.get(v)! + 0.5);
  let best = ''; let bs = -1;
  for (const s of order) {
    const v = norm(c[s] ?? '');
    if (v && score.get(v)! > bs) { best = v; bs = score.get(v)!; }
  }
  return best;
}
const orders = [['og~', 'ldh~', 'h1', 'tw~', 'dc~', 'title~'], ['ldh~', 'og~', 'h1', 'tw~', 'dc~', 'title~'], ['h1', 'og~', 'ldh~', 'tw~', 'dc~', 'title~'], ['dc~', 'og~', 'ldh~', 'h1', 'tw~', 'title~']];
for (const o of orders) {
  let r = 0, f = 0;
  for (const { name, want, doc, url } of rows) {
    const ld = jsonLd(doc).find(isLdArticle);
    const sites = siteNames(doc, url);
    const c: Record<string, string> = { ldh: ld ? ldString(ld.headline) : '', og: meta(doc, 'og:title'), tw: meta(doc, 'twitter:title'), dc: meta(doc, 'dc.title', 'dc:title'), h1: squash(textOf(all(doc, 'h1')[0])), title: squash(textOf(first(doc, 'title'))) };
    for (const k of Object.keys(c)) c[k + '~'] = stripSite(c[k], sites);
    const got = choose(c, o);
    if (got === norm(want)) name.startsWith('R:') ? r++ : f++;
  }
  console.log(o.join(','), 'readability', r, 'fundus', f);
}
