/**
 * What the built extension costs a reader's page, in real Chromium:
 *
 *   npm run build:chrome && npm run bench:page -- ../shared/corpus [--limit N] [--repeat N] [--sizes 1000,10000] [--out FILE] [--reports FILE] [--dist DIR] [--firefox-dist DIR] [--verbose] [--browser chromium|firefox|both]
 *
 * Loads dist/chrome into headless Chromium, serves the corpus pages (and
 * synthetic articles of growing size, and two section fronts) from 127.0.0.1
 * under their published host names, page JavaScript off, and per page load
 * takes from a DevTools trace the main-thread time of our tasks and the
 * longest of them, the JS heap added against the same page in a browser
 * without the extension, the time from the load event to the report stored,
 * and in the same tab Readability's first parse(). Prints medians, p95s,
 * per-page ratios and the verdicts against the goals; asserts nothing.
 * `--limit N` takes every k-th page so N pages still span the corpus.
 * `--repeat N` loads every page N times (in rounds) and reports each page's
 * medians (every task counts for the task figures, the longest for the worst).
 * `--reports FILE` writes every stored report (timings zeroed), so two runs
 * (before and after a change) can be compared field by field; `--dist DIR`
 * measures another Chromium build (e.g. a saved copy of the one before the change),
 * `--firefox-dist DIR` another Firefox build.
 * `--browser firefox` (or `both`) runs dist/firefox (`npm run build:firefox`)
 * in Firefox, whose figures come from its profiler and about:memory instead of
 * a trace (scripts/bench/firefox-run.ts says what each is); with `both`, the
 * Firefox run's --out and --reports files get a `.firefox` before the extension.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { runChromium } from './bench/chromium-run';
import type { PageLoad } from './bench/page-load';
import { FIREFOX_NOTES, runFirefox } from './bench/firefox-run';
import { corpusPages, nonArticlePages, syntheticPages, type ServedPage } from './bench/page-set';
import { perPage, printSummary, summarize, type PageLoadExtras } from './bench/page-summary';
import { serve } from './bench/server';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args.splice(i, 1), true) : false;
};
const limit = Number(opt('limit') ?? Infinity);
const sizes = (opt('sizes') ?? '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const out = opt('out');
const reportsOut = opt('reports');
const verbose = flag('verbose');
// A page load's figures vary by a third from one load to the next on a busy machine: N loads per page, medians per page.
const repeat = Math.max(1, Math.floor(Number(opt('repeat') ?? 1)) || 1);
const browserOpt = opt('browser') ?? 'chromium';
if (!['chromium', 'firefox', 'both'].includes(browserOpt)) {
  console.error(`--browser ${browserOpt}: give chromium, firefox or both`);
  process.exit(2);
}
const browsers = browserOpt === 'both' ? ['chromium', 'firefox'] : [browserOpt];
const dists = {
  chromium: resolve(opt('dist') ?? resolve(import.meta.dirname, '../dist/chrome')),
  firefox: resolve(opt('firefox-dist') ?? resolve(import.meta.dirname, '../dist/firefox')),
};
for (const b of browsers) {
  if (existsSync(resolve(dists[b as keyof typeof dists], 'manifest.json'))) continue;
  console.error(
    b === 'firefox'
      ? 'no dist/firefox: run `npm run build:firefox` first'
      : 'no dist/chrome: run `npm run build:chrome` first',
  );
  process.exit(2);
}

/** Every k-th page, so a subset still spans all folders. */
const spread = (ps: ServedPage[], n: number) =>
  n >= ps.length ? ps : Array.from({ length: n }, (_, i) => ps[Math.floor((i * ps.length) / n)]);
const corpus = spread(
  args.flatMap((d) => corpusPages(resolve(d))),
  limit,
);
const pages = [...corpus, ...nonArticlePages(), ...syntheticPages(sizes)];
const server = await serve(pages);
for (const browser of browsers) {
  const firefox = browser === 'firefox';
  const t0 = Date.now();
  // In rounds, so a slow spell of the machine falls on every page alike.
  const runs = Array.from({ length: repeat }, () => pages).flat();
  const each: Array<PageLoad & PageLoadExtras> = await (firefox ? runFirefox : runChromium)(
    runs,
    server.port,
    dists[firefox ? 'firefox' : 'chromium'],
    (i) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${runs.length} page loads`);
    },
  );
  if (process.stderr.isTTY) process.stderr.write('\n');
  const { pages: loads, unstable } = perPage(each);

  if (verbose) {
    for (const l of loads) {
      const extras =
        l.processMemoryAddedBytes === undefined
          ? ''
          : ` uss +${(l.processMemoryAddedBytes / 1e6).toFixed(2)} MB cpu ${(l.cpuMs ?? NaN).toFixed(1)} ms own ${(l.reportWorkMs ?? NaN).toFixed(1)} ms`;
      console.log(
        `${l.name.padEnd(48)} ${String(l.isArticle).padEnd(5)} ours ${l.mainThreadMs.toFixed(1).padStart(6)} ms longest ${l.longestTaskMs.toFixed(1).padStart(5)} heap +${(l.heapAddedBytes / 1e6).toFixed(2)} MB load→report ${l.loadToReportMs.toFixed(0).padStart(5)} ms parse ${l.readabilityParseMs.toFixed(1).padStart(6)} ms${extras} ${l.error ?? ''}`,
      );
    }
  }
  const summary = summarize(loads);
  const dir = dists[firefox ? 'firefox' : 'chromium'];
  const shown = relative(process.cwd(), dir).startsWith('..') ? dir : relative(process.cwd(), dir);
  const title = `headless ${firefox ? 'Firefox' : 'Chromium'}, ${shown}`;
  const rounds = repeat > 1 ? `, ${repeat} loads per page (medians per page)` : '';
  printSummary(
    summary,
    loads,
    `bench:page, ${title}, page JS off${rounds} (${Math.round((Date.now() - t0) / 1000)} s)`,
  );
  const failedLoads = each.filter((l) => l.error).length;
  if (repeat > 1 && failedLoads)
    console.log(`\n  ${failedLoads} of ${each.length} loads failed; each page's figures are its other loads' medians`);
  if (unstable.length)
    console.log(`\n  reports differed between loads of ${unstable.length} page(s): ${unstable.join(', ')}`);
  if (firefox) console.log(`\n  ${FIREFOX_NOTES.join('\n  ')}`);
  const file = (f: string) => (firefox && browsers.length > 1 ? f.replace(/(\.[^./]*)?$/, '.firefox$1') : f);
  if (out)
    writeFileSync(file(out), JSON.stringify({ summary, loads: loads.map(({ report: _r, ...l }) => l) }, null, 2));
  if (reportsOut)
    writeFileSync(
      file(reportsOut),
      JSON.stringify(
        Object.fromEntries(loads.filter((l) => l.group !== 'synthetic').map((l) => [l.name, l.report])),
        null,
        1,
      ),
    );
}
server.close();
