import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeBytes } from './src/cli/decode';
import { all, first, meta, squash, textOf } from './src/core/dom';
import { isLdArticle, jsonLd, ldString } from './src/core/jsonld';
import { siteNames, stripSite } from './src/core/title';
import { decodeEntities } from './src/core/entities';
const root = '/work/shared/corpus';
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const idx = JSON.parse(readFileSync(join(root, 'fundus/INDEX.json'), 'utf8'));
const tally: Record<string, number> = {};
for (const r of idx) {
  const exp = JSON.parse(readFileSync(join(root, 'fundus', r.country_dir, r.publisher + '.json'), 'utf8'))[r.version];
  const d = decodeBytes(readFileSync(join(root, 'fundus', r.html)), { html: true }) as any;
  const doc = parseHTML(d.text).document as any;
  const ld = jsonLd(doc).find(isLdArticle);
  const sites = siteNames(doc, r.url);
  const og = norm(stripSite(decodeEntities(meta(doc, 'og:title')), sites));
  const h1 = norm(squash(textOf(all(doc, 'h1')[0])));
  const ldh = norm(stripSite(decodeEntities(ld ? ldString(ld.headline) : ''), sites));
  const w = norm(exp.title);
  if (!og || !h1) continue;
  const rel = og === h1 ? 'same' : og.includes(h1) || h1.includes(og) ? 'contain' : 'differ';
  const key = `${rel} og=${og === w} h1=${h1 === w} ld=${ldh === w}${ldh ? '' : '(none)'} ldh1=${ldh===h1}`;
  tally[key] = (tally[key] ?? 0) + 1;
}
console.log(Object.entries(tally).sort());
