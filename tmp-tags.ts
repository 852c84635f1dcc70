import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeBytes } from './src/cli/decode';
import { cleanTags, tagSources, type TagSource } from './src/core/tags';
import { first } from './src/core/dom';
const root = '/work/shared/corpus';
const idx = JSON.parse(readFileSync(join(root, 'fundus/INDEX.json'), 'utf8'));
const pages: { name: string; want: string[]; src: Record<string, string[]> }[] = [];
for (const r of idx) {
  const exp = JSON.parse(readFileSync(join(root, 'fundus', r.country_dir, r.publisher + '.json'), 'utf8'))[r.version];
  if (!exp.topics) continue;
  const d = decodeBytes(readFileSync(join(root, 'fundus', r.html)), { html: true }) as any;
  const doc = parseHTML(d.text).document as any;
  const s = tagSources(doc, first(doc, 'h1'));
  const src: Record<string, string[]> = {};
  for (const k of Object.keys(s)) { try { src[k] = cleanTags((s as any)[k]()); } catch { src[k] = []; } }
  pages.push({ name: r.html, want: exp.topics, src });
}
const n = (t: string) => t.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
function score(pick: (p: typeof pages[0]) => string[]) {
  let tp = 0, fp = 0, fn = 0;
  for (const p of pages) { const w = new Set(p.want.map(n)); const g = new Set(pick(p).map(n)); const h = [...g].filter((x) => w.has(x)).length; tp += h; fp += g.size - h; fn += w.size - h; }
  const P = tp / (tp + fp), R = tp / (tp + fn); return `P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${(2 * P * R / (P + R)).toFixed(3)}`;
}
const keys = Object.keys(pages[0].src);
for (const k of keys) console.log(k, 'present', pages.filter((p) => p.src[k].length).length, 'alone', score((p) => p.src[k]),
  'when present', (() => { const sub = pages.filter((p) => p.src[k].length); let tp=0,fp=0,fn=0; for (const p of sub) { const w = new Set(p.want.map(n)); const g = new Set(p.src[k].map(n)); const h = [...g].filter((x) => w.has(x)).length; tp+=h; fp+=g.size-h; fn+=w.size-h; } return `P ${(tp/(tp+fp)).toFixed(2)} R ${(tp/(tp+fn)).toFixed(2)}`; })());
const orders = [process.argv.slice(2).length ? process.argv.slice(2) : ['articleTag', 'jsonld', 'newsKeywords', 'keywords', 'relTag', 'tagUrl', 'row']];
for (const o of orders) console.log(o.join(','), score((p) => { for (const k of o) if (p.src[k]?.length) return p.src[k]; return []; }));
function perms<T>(a: T[]): T[][] { if (a.length <= 1) return [a]; return a.flatMap((x, i) => perms([...a.slice(0, i), ...a.slice(i + 1)]).map((p) => [x, ...p])); }
const res: [string, string][] = [];
if (0)
for (const p of perms(['articleTag', 'relTag', 'jsonld', 'newsKeywords', 'keywords'])) for (const tail of [['tagUrl', 'row'], ['row'], []]) { const o = [...p, ...tail]; res.push([score((pg) => { for (const k of o) if (pg.src[k]?.length) return pg.src[k]; return []; }), o.join(',')]); }
res.sort((a, b) => b[0].slice(-5).localeCompare(a[0].slice(-5)));
console.log(res.slice(0, 8));
const o = process.argv.slice(2);
for (const p of pages) { let k0 = ''; let got: string[] = []; for (const k of o) if (p.src[k]?.length) { k0 = k; got = p.src[k]; break; }
  const w = new Set(p.want.map(n)); const g = new Set(got.map(n)); const h = [...g].filter((x) => w.has(x)).length;
  if (h !== w.size || h !== g.size) console.log(p.name, k0, `hit ${h}/${g.size} of ${w.size}`, JSON.stringify(got.slice(0, 8)).slice(0, 150), '| want', JSON.stringify(p.want.slice(0, 6)).slice(0, 120), '| avail', Object.keys(p.src).filter(k=>p.src[k].length).join(','));
}
