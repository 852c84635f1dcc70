/**
 * `npm run bench -- DIR... [--out FILE] [--reps N] [--warm-ms N] [--limit N] [--sizes 1000,10000,100000] [--verbose]`
 *
 * Serves corpus pages from 127.0.0.1, opens each in headless Chromium with the
 * page's own JavaScript off (CSP script-src 'none'), and in the same page
 * times our full analysis, our detection, Readability's isProbablyReaderable
 * and parse(), and a floor (one pass over a[href] plus body.textContent).
 * Prints medians, p95s and per-page ratios; writes JSON with summary.ratios.
 * Each method is warmed up before it is timed, for --warm-ms (default 100) and
 * at least 5 calls, tinybench's defaults (see page-harness.ts); `--warm-ms 0`
 * times after a single call, in the middle of the JIT's climb, where the
 * figures are higher and move more between runs. The page's first analysis,
 * compilation included, is the long-task probe's.
 * Then the scaling run: synthetic articles of growing size, time per element.
 */
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tools/browsers/paths';
import { collectPages, type BenchPage } from './bench/corpus';
import { syntheticArticle } from './bench/synthetic';
import { median, percentile, fmtMs } from './bench/stats';
import type { RunResult } from './bench/page-harness';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args.splice(i, 1), true) : false;
};
const out = opt('out');
const reps = Number(opt('reps') ?? 5);
const warmMs = Number(opt('warm-ms') ?? 100);
const limit = Number(opt('limit') ?? Infinity);
const sizes = (opt('sizes') ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const verbose = flag('verbose');
const dirs = args;
if (dirs.length === 0 && sizes.length === 0) {
  console.error(
    'usage: npm run bench -- DIR... [--out FILE] [--reps N] [--warm-ms N] [--limit N] [--sizes 1000,10000] [--verbose]',
  );
  process.exit(2);
}

const pages: BenchPage[] = dirs.flatMap((d) => collectPages(resolve(d))).slice(0, limit);
const harness = await build({
  entryPoints: [resolve(import.meta.dirname, 'bench/page-harness.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  minify: true,
  write: false,
  logLevel: 'error',
});
const harnessCode = harness.outputFiles[0].text;

// Page JS off: the page's own scripts never run, ours are evaluated through DevTools.
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const headers = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" };
  const page = url.pathname.match(/^\/page\/(\d+)$/);
  const synth = url.pathname.match(/^\/synthetic\/(\d+)$/);
  if (page && pages[Number(page[1])]) {
    res.writeHead(200, { ...headers, 'content-type': 'text/html' });
    return res.end(pages[Number(page[1])].html());
  }
  if (synth) {
    res.writeHead(200, headers);
    return res.end(syntheticArticle(Number(synth[1])));
  }
  res.writeHead(404);
  res.end();
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const context = await browser.newContext({ javaScriptEnabled: true });
// Nothing leaves the machine: every request that is not ours is refused.
await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));

interface PageResult {
  name: string;
  group: string;
  elements: number;
  links: number;
  median: Record<string, number>;
  p95: Record<string, number>;
  ratios: { analyzeToParse: number; detectToReaderable: number; analyzeToFloor: number };
  longTasks: number[];
  /** The page's first call of each method, compilation included: analyze is the stepped first analysis. */
  first: { analyze: number; parse: number; floor: number };
  directoryMs: number;
}

async function prepare(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(harnessCode);
  return page.evaluate(() => (globalThis as any).__bench.init());
}

const results: PageResult[] = [];
const failures: string[] = [];
const page = await context.newPage();
for (let i = 0; i < pages.length; i++) {
  const p = pages[i];
  try {
    const directoryMs = await prepare(page, `${origin}/page/${i}`);
    const firstAnalysis: { longTasks: number[]; ms: number } = await page.evaluate(() =>
      (globalThis as any).__bench.firstAnalysis(),
    );
    const { times, first }: RunResult = await page.evaluate(
      ([r, w]) => (globalThis as any).__bench.run(r, undefined, w),
      [reps, warmMs],
    );
    const counts: { elements: number; links: number } = await page.evaluate(() => (globalThis as any).__bench.counts());
    const med = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
    const p95 = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, percentile(v, 95)]));
    const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
    const r: PageResult = {
      name: p.name,
      group: p.group,
      ...counts,
      median: med,
      p95,
      ratios: {
        analyzeToParse: ratio(med.analyze, med.parse),
        detectToReaderable: ratio(med.detect, med.readerable),
        analyzeToFloor: ratio(med.analyze, med.floor),
      },
      longTasks: firstAnalysis.longTasks,
      first: { analyze: firstAnalysis.ms, parse: first.parse, floor: first.floor },
      directoryMs,
    };
    results.push(r);
    if (verbose)
      console.log(
        `${p.name.padEnd(50)} analyze ${fmtMs(med.analyze)} parse ${fmtMs(med.parse)} detect ${fmtMs(med.detect)} readerable ${fmtMs(med.readerable)} floor ${fmtMs(med.floor)}`,
      );
    else if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${pages.length} pages`);
  } catch (err) {
    failures.push(`${p.name}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
}
if (process.stderr.isTTY) process.stderr.write('\n');

// Scaling: time per element should stay flat as the page grows.
const scaling: Array<{ size: number; elements: number; analyzeMs: number; perElementUs: number; status: string }> = [];
for (const size of sizes) {
  try {
    await prepare(page, `${origin}/synthetic/${size}`);
    const res = await page.evaluate(() => {
      const b = (globalThis as any).__bench;
      const t = b.run(1, ['analyze']).times.analyze[0] as number;
      return { t, counts: b.counts() };
    });
    scaling.push({
      size,
      elements: res.counts.elements,
      analyzeMs: res.t,
      perElementUs: (res.t * 1000) / res.counts.elements,
      status: 'ok',
    });
  } catch (err) {
    scaling.push({
      size,
      elements: 0,
      analyzeMs: NaN,
      perElementUs: NaN,
      status: `failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    });
  }
}
await browser.close();
server.close();

const col = (k: string) => results.map((r) => r.median[k]);
const summary = {
  pages: results.length,
  failed: failures.length,
  reps,
  warmMs,
  medianMs: Object.fromEntries(['analyze', 'detect', 'readerable', 'parse', 'floor'].map((k) => [k, median(col(k))])),
  p95Ms: Object.fromEntries(
    ['analyze', 'detect', 'readerable', 'parse', 'floor'].map((k) => [k, percentile(col(k), 95)]),
  ),
  ratios: {
    analyzeToParse: median(results.map((r) => r.ratios.analyzeToParse)),
    detectToReaderable: median(results.map((r) => r.ratios.detectToReaderable)),
    analyzeToFloor: median(results.map((r) => r.ratios.analyzeToFloor)),
  },
  goals: { analyzeToParse: 0.1, detectToReaderable: 1.0, analyzeToFloor: 4 },
  firstCall: {
    medianMs: Object.fromEntries(
      (['analyze', 'parse', 'floor'] as const).map((k) => [k, median(results.map((r) => r.first[k]))]),
    ),
    analyzeToParse: median(results.map((r) => r.first.analyze / r.first.parse)),
    analyzeToFloor: median(results.map((r) => r.first.analyze / r.first.floor)),
  },
  longTasksOver50ms: results
    .filter((r) => r.longTasks.some((d) => d > 50))
    .map((r) => ({ page: r.name, ms: Math.max(...r.longTasks) })),
  directoryLoadMs: median(results.map((r) => r.directoryMs)),
};

console.log(
  `\nBenchmark: ${summary.pages} pages, ${reps} repetitions each after ${warmMs ? `${warmMs} ms of warm-up` : 'one warm-up call'} per method, headless Chromium, page JS off`,
);
console.log(`${'method'.padEnd(28)} ${'median'.padStart(10)} ${'p95'.padStart(10)}`);
const label: Record<string, string> = {
  analyze: 'Source Lens analyze',
  detect: 'Source Lens detect',
  readerable: 'isProbablyReaderable',
  parse: 'Readability.parse',
  floor: 'floor (hrefs + textContent)',
};
for (const k of Object.keys(label))
  console.log(`${label[k].padEnd(28)} ${fmtMs(summary.medianMs[k])} ${fmtMs(summary.p95Ms[k])}`);
console.log(`(outlet directory load and name index, once per page: median ${fmtMs(summary.directoryLoadMs)})`);
console.log('\nper-page ratios (median over pages)      value   goal');
for (const [k, v] of Object.entries(summary.ratios)) {
  const goal = summary.goals[k as keyof typeof summary.goals];
  console.log(`  ${k.padEnd(36)} ${v.toFixed(3).padStart(7)} ≤ ${goal}  ${v <= goal ? 'met' : 'NOT MET'}`);
}
const fc = summary.firstCall;
console.log(
  `\nthe page's first call, compilation included (analyze: the stepped first analysis): analyze ${fmtMs(fc.medianMs.analyze).trim()}, Readability.parse ${fmtMs(fc.medianMs.parse).trim()}, floor ${fmtMs(fc.medianMs.floor).trim()} (medians); per-page ratios analyzeToParse ${fc.analyzeToParse.toFixed(3)}, analyzeToFloor ${fc.analyzeToFloor.toFixed(2)}`,
);
console.log(
  `\nlong tasks over 50 ms in the page's first analysis (run in steps, as the content script runs it): ${summary.longTasksOver50ms.length ? summary.longTasksOver50ms.map((l) => `${l.page} (${l.ms.toFixed(0)} ms)`).join(', ') : 'none'}`,
);
if (scaling.length) {
  console.log('\nscaling (synthetic articles)   elements   analyze    µs/element');
  for (const s of scaling)
    console.log(
      `  ${String(s.size).padStart(7)} links+paragraphs ${String(s.elements).padStart(9)} ${fmtMs(s.analyzeMs)} ${s.perElementUs.toFixed(2).padStart(10)}  ${s.status}`,
    );
}
if (failures.length) console.log(`\npages that failed to load: ${failures.length}\n  ${failures.join('\n  ')}`);
if (out) {
  writeFileSync(out, JSON.stringify({ summary, scaling, pages: results, failures }, null, 2));
  console.log(`\nwrote ${out}`);
}
