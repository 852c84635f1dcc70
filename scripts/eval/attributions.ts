/**
 * Outlet-level attribution recall and precision on fundus/ATTRIBUTIONS.json
 * (hand labels: every news outlet a page's text names as a source). A label
 * is found when the report names that outlet (a mention or a credit/dateline
 * reference) with the same self flag; every outlet the report names that no
 * label has is an extra. Links are not counted: a link is not the text naming
 * an outlet. Language: de/at/ch pages are German, the rest as the report says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldName } from '../../src/outlets/names';
import type { OutletDirectory } from '../../src/outlets';
import type { SourceReport } from '../../src/core/types';

interface Label {
  outlet: string;
  domain: string | null;
  snippet: string;
  self: boolean;
}
interface Pages {
  pages: Record<string, { publisher: string; attributions: Label[] }>;
}
interface Cited {
  keys: Set<string>;
  name: string;
  self: boolean;
  text: string;
}
interface Score {
  pages: number;
  labels: number;
  found: number;
  reported: number;
  right: number;
}

type Load = (path: string, url: string) => SourceReport;

const bare = (d: string | null | undefined) => (d ?? '').toLowerCase().replace(/^www\./, '');

function keysOf(dir: OutletDirectory, name: string | null, domain: string | null): Set<string> {
  const keys = new Set<string>();
  const o = (domain && dir.byDomain(domain)) || (name && dir.byName(name)) || null;
  if (o) keys.add(`o:${o.id}`);
  if (domain) keys.add(`d:${bare(domain)}`);
  if (name) keys.add(`n:${foldName(name)}`);
  return keys;
}

/** The outlets a report says the text names, one entry per outlet. */
function cited(r: SourceReport, dir: OutletDirectory): Cited[] {
  const out: Cited[] = [];
  const add = (name: string | null, domain: string | null, self: boolean, text: string) => {
    if (!name && !domain) return;
    const keys = keysOf(dir, name, domain);
    const prev = out.find((c) => [...keys].some((k) => c.keys.has(k)));
    if (prev) {
      for (const k of keys) prev.keys.add(k);
      prev.self &&= self;
    } else out.push({ keys, name: name ?? domain ?? '', self, text });
  };
  for (const m of r.mentions) add(m.outlet, m.domain, m.self === true, m.text);
  for (const ref of r.references)
    if (ref.kind === 'credit' || ref.kind === 'dateline')
      if (ref.category === 'news')
        add(ref.outlet, ref.domain, ref.self === true, `[${ref.kind}] ${ref.text.slice(0, 60)}`);
  return out;
}

const fresh = (): Score => ({ pages: 0, labels: 0, found: 0, reported: 0, right: 0 });

export function attributionEval(root: string, dir: OutletDirectory, load: Load, log: (s: string) => void): void {
  const base = join(root, 'fundus');
  const labelsPath = join(base, 'ATTRIBUTIONS.json');
  const indexPath = join(base, 'INDEX.json');
  if (!existsSync(labelsPath) || !existsSync(indexPath)) return;
  const labels = (JSON.parse(readFileSync(labelsPath, 'utf8')) as Pages).pages;
  const urls = new Map(
    (JSON.parse(readFileSync(indexPath, 'utf8')) as { html: string; url: string }[]).map((r) => [r.html, r.url]),
  );
  const score = new Map<string, Score>();
  for (const [path, page] of Object.entries(labels)) {
    const r = load(join(base, path), urls.get(path) ?? '');
    const lang = /^(de|at|ch)\//.test(path) ? 'de' : r.lang === 'en' || !r.lang ? 'en' : r.lang;
    const s = score.get(lang) ?? fresh();
    score.set(lang, s);
    s.pages++;
    const got = cited(r, dir);
    const matched = new Set<Cited>();
    for (const l of page.attributions) {
      s.labels++;
      const keys = keysOf(dir, l.outlet, l.domain);
      const c = got.find((g) => [...keys].some((k) => g.keys.has(k)));
      if (c) matched.add(c);
      if (c && c.self === l.self) s.found++;
      else
        log(
          `miss ${path}: ${l.outlet}${l.self ? ' (self)' : ''}${c ? ` [reported with self=${c.self}]` : ''} — "${l.snippet}"`,
        );
    }
    for (const c of got) {
      s.reported++;
      if (matched.has(c)) s.right++;
      else log(`extra ${path}: ${c.name}${c.self ? ' (self)' : ''} — "${c.text}"`);
    }
  }
  const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
  const all = fresh();
  for (const [lang, s] of [...score].sort()) {
    console.log(
      `attributions ${lang} (${s.pages} pages): recall ${s.found}/${s.labels} = ${pct(s.found, s.labels)}, precision ${s.right}/${s.reported} = ${pct(s.right, s.reported)} (goal R >= 0.9, P >= 0.95)`,
    );
    for (const k of Object.keys(all) as (keyof Score)[]) all[k] += s[k];
  }
  console.log(
    `attributions all (${all.pages} pages): recall ${pct(all.found, all.labels)}, precision ${pct(all.right, all.reported)}`,
  );
}
