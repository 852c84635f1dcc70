/**
 * One JSON report per corpus page, for checking that a refactoring changes no
 * report: run it before and after, then compare the two folders.
 *   tsx scripts/dump-reports.ts CORPUS_DIR OUT_DIR
 *   tsx scripts/dump-reports.ts --compare BEFORE_DIR AFTER_DIR
 * Pages are analysed with linkedom as the CLI does; timings are zeroed so only
 * behaviour differs. The URL is the corpus index's (fundus), else the page's own.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '../src/core';
import { ownUrl } from '../src/core/own-url';
import { decodeBytes } from '../src/cli/decode';
import { loadDirectory } from '../src/outlets';

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.html?(\.gz)?$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** Leaf paths whose values differ between two JSON values ("links.3.domain"). */
function diffPaths(a: unknown, b: unknown, path: string, out: string[]): void {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys)
      diffPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
  } else if (JSON.stringify(a) !== JSON.stringify(b)) out.push(path);
}

function compare(before: string, after: string): void {
  const files: string[] = [];
  const list = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.json'))
      .map((e) => relative(d, join(e.parentPath, e.name)))
      .sort();
  const a = list(before);
  const b = new Set(list(after));
  let same = 0;
  const fields = new Map<string, number>();
  for (const f of a) {
    if (!b.has(f)) {
      files.push(`${f}: missing after`);
      continue;
    }
    const out: string[] = [];
    diffPaths(
      JSON.parse(readFileSync(join(before, f), 'utf8')),
      JSON.parse(readFileSync(join(after, f), 'utf8')),
      '',
      out,
    );
    if (!out.length) same++;
    else files.push(`${f}: ${out.join(', ')}`);
    for (const p of out) {
      const field = p.replace(/\.\d+(?=\.|$)/g, '[]');
      fields.set(field, (fields.get(field) ?? 0) + 1);
    }
  }
  for (const line of files) console.log(line);
  console.log(`${a.length} reports before, ${b.size} after; ${same} identical field by field`);
  for (const [field, n] of [...fields].sort((x, y) => y[1] - x[1])) console.log(`  ${field}: ${n}`);
}

async function dump(root: string, outDir: string): Promise<void> {
  const urls = new Map<string, string>();
  const index = join(root, 'fundus', 'INDEX.json');
  if (existsSync(index)) {
    for (const row of JSON.parse(readFileSync(index, 'utf8')) as { html: string; url: string }[])
      urls.set(join(root, 'fundus', row.html), row.url);
  }
  const directory = await loadDirectory();
  let n = 0;
  for (const file of walk(root)) {
    const dec = decodeBytes(readFileSync(file), { html: true });
    if (!dec.ok) continue;
    const { document } = parseHTML(dec.text);
    const url = urls.get(file) ?? ownUrl(document) ?? 'http://fakehost/test/page.html';
    const report = analyze(document, { url, directory });
    report.timings = { detectMs: 0, extractMs: 0, totalMs: 0 };
    const target = join(outDir, `${relative(root, file)}.json`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(report, null, 1)}\n`);
    n++;
  }
  console.log(`${n} reports written to ${outDir}`);
}

const [a, b, c] = process.argv.slice(2);
if (a === '--compare' && b && c) compare(b, c);
else if (a && b) await dump(a, b);
else {
  process.stderr.write('usage: tsx scripts/dump-reports.ts CORPUS_DIR OUT_DIR | --compare BEFORE AFTER\n');
  process.exit(2);
}
