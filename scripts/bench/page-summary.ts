/** bench:page's printed figures: medians, p95s, per-page ratios and the goals' verdicts. */
import { median, percentile } from './stats';
import type { PageLoad } from './page-load';

export const GOALS = {
  /** Article page load: our main-thread time / Readability's first parse, median of per-page ratios. */
  articleToParse: 0.5,
  /** No task of ours longer than this on any corpus page... */
  longestTaskMs: 50,
  /** ...and 95 % of them at most this long. */
  taskP95Ms: 16,
  /** Non-article page load: our main-thread time (median). */
  nonArticleMs: 3,
  /** JS heap added per article tab (median). */
  heapPerArticleBytes: 1_000_000,
};

/** Figures only some browsers give (Firefox's run): the rows print "n/a" where a browser has none. */
export interface PageLoadExtras {
  /** The tab's content process: resident unique memory, with minus without the extension. */
  processMemoryAddedBytes?: number;
  /** Of the JS heap added, the realm of our content script alone (a lower bound: zone-wide strings are left out). */
  ourRealmBytes?: number;
  /** The main thread's CPU time in our samples (the sampled figure's CPU share). */
  cpuMs?: number;
  /** The report's own timings.totalMs: detection and analysis work as the content script clocks it (no directory load). */
  reportWorkMs?: number;
}

type Load = PageLoad & PageLoadExtras;
const MEDIANS = [
  'mainThreadMs',
  'floorMs',
  'heapAddedBytes',
  'loadToReportMs',
  'readabilityParseMs',
  'readerableMs',
  'processMemoryAddedBytes',
  'ourRealmBytes',
  'cpuMs',
  'reportWorkMs',
] as const;

/**
 * The loads of each page (`--repeat N` opens every page N times, in rounds) as one record per page: the
 * median of each figure, every task of every load, the longest of them, the first load's report; a page
 * whose every load failed keeps its first error. `unstable` counts the pages whose loads stored different
 * reports (timings zeroed), which would make a before/after comparison meaningless.
 */
export function perPage<T extends Load>(loads: T[]): { pages: T[]; unstable: string[] } {
  const byName = new Map<string, T[]>();
  for (const l of loads) byName.set(l.name, [...(byName.get(l.name) ?? []), l]);
  const unstable: string[] = [];
  const pages = [...byName.values()].map((all) => {
    const ok = all.filter((l) => !l.error);
    if (ok.length === 0) return all[0];
    if (ok.length === 1) return ok[0];
    const first = JSON.stringify(ok[0].report);
    if (ok.some((l) => JSON.stringify(l.report) !== first)) unstable.push(ok[0].name);
    const merged: T = {
      ...ok[0],
      tasks: ok.flatMap((l) => l.tasks),
      longestTaskMs: Math.max(...ok.map((l) => l.longestTaskMs)),
    };
    for (const key of MEDIANS) {
      if (ok[0][key] === undefined) continue;
      (merged as Record<string, unknown>)[key] = median(ok.map((l) => l[key] ?? NaN));
    }
    return merged;
  });
  return { pages, unstable };
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '—');
const mb = (n: number) => (Number.isFinite(n) ? `${(n / 1e6).toFixed(2)} MB` : '—');
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
const row = (what: string, med: string, p95: string, goal = '', v = '') =>
  `  ${what.padEnd(44)} ${med.padStart(10)} ${p95.padStart(10)}   ${goal.padEnd(10)} ${v}`;

export interface Summary {
  articles: number;
  nonArticles: number;
  articleMainThreadMs: { median: number; p95: number };
  articleToParse: { median: number; p95: number };
  taskMs: { p95: number; max: number; maxPage: string };
  nonArticleMainThreadMs: { median: number; p95: number };
  heapAddedBytes: { article: number; articleP95: number; nonArticle: number };
  loadToReportMs: { article: number; nonArticle: number };
  readabilityParseMs: number;
  floorMs: number;
  processMemoryAddedBytes?: { article: number; nonArticle: number };
  ourRealmBytes?: { article: number; nonArticle: number };
  cpuMs?: { article: number; nonArticle: number };
  reportWorkMs?: { article: number; nonArticle: number };
  goalsMet: boolean;
}

export function summarize(loads: Array<PageLoad & PageLoadExtras>): Summary {
  const ok = loads.filter((l) => !l.error && l.group !== 'synthetic');
  const art = ok.filter((l) => l.isArticle === true);
  const non = ok.filter((l) => l.isArticle === false);
  const ratios = art.map((l) => l.mainThreadMs / l.readabilityParseMs);
  const allTasks = ok.flatMap((l) => l.tasks);
  const worst = ok.reduce<(PageLoad & PageLoadExtras) | null>(
    (w, l) => (!w || l.longestTaskMs > w.longestTaskMs ? l : w),
    null,
  );
  const s: Summary = {
    articles: art.length,
    nonArticles: non.length,
    articleMainThreadMs: {
      median: median(art.map((l) => l.mainThreadMs)),
      p95: percentile(
        art.map((l) => l.mainThreadMs),
        95,
      ),
    },
    articleToParse: { median: median(ratios), p95: percentile(ratios, 95) },
    taskMs: { p95: percentile(allTasks, 95), max: worst?.longestTaskMs ?? NaN, maxPage: worst?.name ?? '' },
    nonArticleMainThreadMs: {
      median: median(non.map((l) => l.mainThreadMs)),
      p95: percentile(
        non.map((l) => l.mainThreadMs),
        95,
      ),
    },
    heapAddedBytes: {
      article: median(art.map((l) => l.heapAddedBytes)),
      articleP95: percentile(
        art.map((l) => l.heapAddedBytes),
        95,
      ),
      nonArticle: median(non.map((l) => l.heapAddedBytes)),
    },
    loadToReportMs: {
      article: median(art.map((l) => l.loadToReportMs)),
      nonArticle: median(non.map((l) => l.loadToReportMs)),
    },
    readabilityParseMs: median(art.map((l) => l.readabilityParseMs)),
    floorMs: median(ok.map((l) => l.floorMs)),
    goalsMet: false,
  };
  const byKind = (f: (l: PageLoad & PageLoadExtras) => number | undefined) => ({
    article: median(art.map((l) => f(l) ?? NaN)),
    nonArticle: median(non.map((l) => f(l) ?? NaN)),
  });
  if (ok.some((l) => l.processMemoryAddedBytes !== undefined))
    s.processMemoryAddedBytes = byKind((l) => l.processMemoryAddedBytes);
  if (ok.some((l) => l.ourRealmBytes !== undefined)) s.ourRealmBytes = byKind((l) => l.ourRealmBytes);
  if (ok.some((l) => l.cpuMs !== undefined)) s.cpuMs = byKind((l) => l.cpuMs);
  if (ok.some((l) => l.reportWorkMs !== undefined)) s.reportWorkMs = byKind((l) => l.reportWorkMs);
  s.goalsMet =
    s.articleToParse.median <= GOALS.articleToParse &&
    s.taskMs.max <= GOALS.longestTaskMs &&
    s.taskMs.p95 <= GOALS.taskP95Ms &&
    !(s.nonArticleMainThreadMs.median > GOALS.nonArticleMs) &&
    s.heapAddedBytes.article <= GOALS.heapPerArticleBytes;
  return s;
}

export function printSummary(s: Summary, loads: PageLoad[], header: string): void {
  console.log(`\n${header}: ${s.articles} article and ${s.nonArticles} non-article page loads`);
  console.log(row('', 'median', 'p95', 'goal', 'verdict'));
  console.log(
    row('article: our main-thread time per load', ms(s.articleMainThreadMs.median), ms(s.articleMainThreadMs.p95)),
  );
  console.log(row("article: Readability's first parse()", ms(s.readabilityParseMs), ''));
  console.log(
    row(
      'article: ours / Readability (per-page ratio)',
      s.articleToParse.median.toFixed(3),
      s.articleToParse.p95.toFixed(3),
      `≤ ${GOALS.articleToParse}`,
      verdict(s.articleToParse.median <= GOALS.articleToParse),
    ),
  );
  console.log(
    row(
      'any page: one task of ours (p95 / longest)',
      ms(s.taskMs.p95),
      ms(s.taskMs.max),
      `≤ ${GOALS.taskP95Ms} / ${GOALS.longestTaskMs}`,
      verdict(s.taskMs.p95 <= GOALS.taskP95Ms && s.taskMs.max <= GOALS.longestTaskMs),
    ),
  );
  console.log(`    (longest on ${s.taskMs.maxPage})`);
  console.log(
    row(
      'non-article: our main-thread time per load',
      ms(s.nonArticleMainThreadMs.median),
      ms(s.nonArticleMainThreadMs.p95),
      `≤ ${GOALS.nonArticleMs} ms`,
      verdict(!(s.nonArticleMainThreadMs.median > GOALS.nonArticleMs)),
    ),
  );
  console.log(
    row(
      'article: JS heap added per tab',
      mb(s.heapAddedBytes.article),
      mb(s.heapAddedBytes.articleP95),
      `≤ ${mb(GOALS.heapPerArticleBytes)}`,
      verdict(s.heapAddedBytes.article <= GOALS.heapPerArticleBytes),
    ),
  );
  console.log(row('non-article: JS heap added per tab', mb(s.heapAddedBytes.nonArticle), ''));
  console.log(
    row('load event → report stored (article / non)', ms(s.loadToReportMs.article), ms(s.loadToReportMs.nonArticle)),
  );
  if (s.processMemoryAddedBytes)
    console.log(
      row(
        'process memory added per tab (article / non)',
        mb(s.processMemoryAddedBytes.article),
        mb(s.processMemoryAddedBytes.nonArticle),
      ),
    );
  if (s.ourRealmBytes)
    console.log(
      row('  of which our realm (article / non)', mb(s.ourRealmBytes.article), mb(s.ourRealmBytes.nonArticle)),
    );
  if (s.cpuMs)
    console.log(row('CPU in our samples per load (article / non)', ms(s.cpuMs.article), ms(s.cpuMs.nonArticle)));
  if (s.reportWorkMs)
    console.log(
      row("report's own timings.totalMs (article / non)", ms(s.reportWorkMs.article), ms(s.reportWorkMs.nonArticle)),
    );
  console.log(
    row(
      'floor: same count without the extension',
      Number.isNaN(s.floorMs) && loads.every((l) => Number.isNaN(l.floorMs)) ? 'n/a' : ms(s.floorMs),
      '',
    ),
  );
  const synth = loads.filter((l) => l.group === 'synthetic' && !l.error);
  if (synth.length) {
    console.log('\n  synthetic articles         ours      longest task   load→report   Readability parse   ratio');
    for (const l of synth)
      console.log(
        `  ${l.name.padEnd(22)} ${ms(l.mainThreadMs).padStart(10)} ${ms(l.longestTaskMs).padStart(12)} ${ms(l.loadToReportMs).padStart(13)} ${ms(l.readabilityParseMs).padStart(16)}   ${(l.mainThreadMs / l.readabilityParseMs).toFixed(2)}`,
      );
  }
  const failed = loads.filter((l) => l.error);
  if (failed.length)
    console.log(
      `\n  ${failed.length} page loads failed:\n    ${failed.map((l) => `${l.name}: ${l.error}`).join('\n    ')}`,
    );
  console.log(`\n  all goals: ${s.goalsMet ? 'met' : 'NOT MET'}`);
}
