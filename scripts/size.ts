/**
 * `npm run size`: gzipped size of what each entry loads, against its budget.
 * "Loads" = the entry chunk plus every chunk it imports statically (what the
 * browser must fetch before the code runs); lazy chunks are listed separately.
 * Exits 1 when a budget is exceeded. Reads dist/chrome (run `npm run build` first).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chunkClosure, DYNAMIC_IMPORT, gzipSize, resolveFrom } from '../tools/built-chunks';
import { FIRST_CHUNK } from '../tools/first-chunk.js';

const dist = resolve(import.meta.dirname, '../dist/chrome');
if (!existsSync(join(dist, 'manifest.json'))) {
  console.error('dist/chrome is missing: run `npm run build` first.');
  process.exit(2);
}
const KB = 1024;
const gz = (file: string) => gzipSize(dist, file);
const closure = (entry: string) => chunkClosure(dist, entry);

function scriptOfHtml(html: string): string {
  const src = readFileSync(join(dist, html), 'utf8').match(/<script[^>]+src="([^"]+)"/)?.[1];
  if (!src) throw new Error(`no script in ${html}`);
  return resolveFrom(html, src);
}

interface BuiltManifest {
  content_scripts: { js: string[] }[];
  background: { service_worker: string };
  action: { default_popup: string };
  options_ui: { page: string };
}
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as BuiltManifest;
// The gate (vite.config.ts contentGate): one classic script in crxjs' loader's place that every page runs; it
// imports the lazy stage (src/content/lazy.ts) by URL when a page needs the cards or the popup asks.
const gate: string = manifest.content_scripts[0].js[0];
const stageEntry = readFileSync(join(dist, gate), 'utf8').match(/getURL\(\s*["'`]([^"'`]+\.js)["'`]/)?.[1];
if (!stageEntry) throw new Error(`${gate} names no lazy stage: is it still the gate?`);
const workerEntry = resolveFrom(
  manifest.background.service_worker,
  readFileSync(join(dist, manifest.background.service_worker), 'utf8').match(/["']([^"']+\.js)["']/)![1],
);

interface Row {
  name: string;
  files: string[];
  budget?: number;
}
const contentFirst = closure(gate);
const rows: Row[] = [
  // No detection and no core in the page since the analysis runs in the background (#14): settings read, snapshot,
  // messaging, the late-content and navigation watchers; no polyfill.
  { name: 'content script, first chunk (every page)', files: contentFirst, budget: 5 * KB },
  { name: 'popup JS', files: closure(scriptOfHtml(manifest.action.default_popup)), budget: 40 * KB },
  { name: 'options JS', files: closure(scriptOfHtml(manifest.options_ui.page)) },
  // linkedom, the core, the schema library: parsed once per worker start, never by a page.
  { name: 'background', files: closure(workerEntry), budget: 220 * KB },
];

// Lazy chunks of the content script: the stage and everything it may import, loaded only for articles or on demand.
const lazy = new Set<string>();
const queue = [stageEntry];
while (queue.length) {
  for (const file of closure(queue.pop()!)) {
    if (lazy.has(file) || contentFirst.includes(file)) continue;
    lazy.add(file);
    for (const m of readFileSync(join(dist, file), 'utf8').matchAll(DYNAMIC_IMPORT))
      queue.push(resolveFrom(file, m[1]));
  }
}
// The background fetches the directory as JSON (background/directory.ts); a .js chunk would be a module import.
const outletChunks = readdirSync(join(dist, 'assets'))
  .filter((f) => /^outlet/.test(f) && /\.(js|json)$/.test(f))
  .map((f) => `assets/${f}`);
rows.push({ name: 'content script, lazy chunks (articles only)', files: [...lazy] });
// What an article page with citations evaluates for its cards and marks: the lazy stage, the cards and the polyfill
// (which the gate does without); the settings store (the schema library and the public-suffix list, about 50 KB
// gzipped) loads only when a card's "turn off for this site" is pressed.
const hoverChunk = [...lazy].find((f) => /^assets\/hover-[\w-]+\.js$/.test(f));
if (!hoverChunk) throw new Error('no hover chunk among the lazy chunks: has the lazy stage stopped importing ./hover?');
rows.push({
  name: 'hover cards and marks (an article that cites)',
  files: [...new Set([...closure(stageEntry), ...closure(hoverChunk)])].filter((f) => !contentFirst.includes(f)),
  budget: 19 * KB,
});
rows.push({ name: 'outlet directory data', files: outletChunks, budget: 150 * KB });

let failed = false;
const fmt = (n: number) => `${(n / KB).toFixed(1).padStart(7)} KB`;
console.log(`${'entry'.padEnd(46)} ${'gzipped'.padStart(10)} ${'budget'.padStart(10)}`);
for (const row of rows) {
  const size = row.files.reduce((sum, f) => sum + gz(f), 0);
  const over = row.budget !== undefined && size > row.budget;
  failed ||= over;
  console.log(
    `${row.name.padEnd(46)} ${fmt(size)} ${row.budget ? fmt(row.budget) : ''.padStart(10)}${over ? '  OVER BUDGET' : ''}`,
  );
  if (process.argv.includes('--verbose')) for (const f of row.files) console.log(`    ${f.padEnd(50)} ${fmt(gz(f))}`);
}
if (failed) {
  console.error('\nsize: over budget');
  process.exit(1);
}
console.log(
  `\nfirst chunk sources: ${FIRST_CHUNK.length} files (tools/first-chunk.js; \`npm run lint\` keeps valibot, tldts and the outlet directory out)`,
);
console.log('size: every budget met');
