/**
 * Bundled into an IIFE and evaluated inside each benchmark page. Every method
 * runs on the same document, in the same page, in rotated order.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { analyze, analyzeInSteps, prepareDirectory } from '../../src/core/analyze';
import { detect } from '../../src/core/detect';
import { loadDirectory } from '../../src/outlets';
import type { OutletDirectory } from '../../src/outlets/types';

export type Method = 'analyze' | 'detect' | 'readerable' | 'parse' | 'floor';

let directory: OutletDirectory | null = null;

/** The cheapest thing any link analysis must do: read every href, and the text once. */
function floor(doc: Document): number {
  let n = 0;
  for (const a of doc.querySelectorAll('a[href]')) n += (a as HTMLAnchorElement).href.length;
  return n + (doc.body?.textContent?.length ?? 0);
}

const methods: Record<Method, () => unknown> = {
  analyze: () => analyze(document, { url: location.href, directory: directory! }),
  detect: () => detect(document, location.href),
  readerable: () => isProbablyReaderable(document),
  parse: () => new Readability(document.cloneNode(true) as Document).parse(),
  floor: () => floor(document),
};

async function init(): Promise<number> {
  const t0 = performance.now();
  // As the content script does: load the directory and build its name index, a task before the analysis.
  directory = await loadDirectory();
  prepareDirectory(directory);
  return performance.now() - t0;
}

/**
 * Browsers clamp performance.now() (100 µs here), so a sample of a fast method
 * loops it until the sample spans at least MIN_SAMPLE_MS and divides.
 */
const MIN_SAMPLE_MS = 5;

/**
 * Every method is warmed up before it is timed, as tinybench (vitest's bench
 * runner) does by default: for `warmMs` and at least WARM_CALLS calls. V8
 * compiles a function to faster tiers only after it ran for a while, and a
 * method timed right after one call is measured somewhere in that climb (an
 * analysis runs about twice as fast after a few hundred calls as after one).
 * `warmMs` 0 keeps a single warm-up call.
 */
const WARM_CALLS = 5;

/** How many calls make one sample of `m`, after the warm-up; `first`: the warm-up's first call (ms). */
function iterationsFor(m: Method, warmMs: number, first: Record<string, number>): number {
  const w0 = performance.now();
  let calls = 0;
  do {
    methods[m]();
    if (++calls === 1) first[m] = performance.now() - w0;
  } while (warmMs > 0 && (performance.now() - w0 < warmMs || calls < WARM_CALLS));
  const t0 = performance.now();
  methods[m]();
  const once = Math.max(performance.now() - t0, 0.01);
  return Math.min(1_000, Math.max(1, Math.ceil(MIN_SAMPLE_MS / once)));
}

export interface RunResult {
  /** Per method, one time per repetition (ms per call). */
  times: Record<string, number[]>;
  /** Per method, its first call in this run (for parse and floor: the page's first). */
  first: Record<string, number>;
}

function run(reps: number, only?: Method[], warmMs = 0): RunResult {
  const names = only ?? (Object.keys(methods) as Method[]);
  const times: Record<string, number[]> = Object.fromEntries(names.map((m) => [m, []]));
  const first: Record<string, number> = {};
  const iterations = Object.fromEntries(names.map((m) => [m, iterationsFor(m, warmMs, first)]));
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < names.length; i++) {
      const m = names[(i + r) % names.length];
      const n = iterations[m];
      const t0 = performance.now();
      for (let k = 0; k < n; k++) methods[m]();
      times[m].push((performance.now() - t0) / n);
    }
  }
  return { times, first };
}

/**
 * Runs the first analysis on the page the way the content script does (its
 * steps in tasks of their own, see analyzeInSteps) and reports the long tasks
 * (> 50 ms) the browser saw, and the analysis' own time (its steps, not the
 * pauses). It is the page's first analysis: compilation and first-use costs
 * are part of it, as they are for a reader.
 */
function firstAnalysis(): Promise<{ longTasks: number[]; ms: number }> {
  return new Promise((resolve) => {
    const seen: number[] = [];
    let observer: PerformanceObserver | null = null;
    try {
      observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) seen.push(e.duration);
      });
      observer.observe({ type: 'longtask' });
    } catch {
      // No Long Tasks API: fall back to timing each step ourselves below.
    }
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a rejection leaves the bench's promise unresolved, which its timeout reports
    setTimeout(async () => {
      const own: number[] = [];
      let t0 = performance.now();
      const nextTask = () =>
        new Promise<void>((r) => {
          own.push(performance.now() - t0);
          setTimeout(() => {
            t0 = performance.now();
            r();
          }, 0);
        });
      await analyzeInSteps(document, { url: location.href, directory: directory! }, nextTask);
      own.push(performance.now() - t0);
      setTimeout(() => {
        observer?.disconnect();
        resolve({ longTasks: observer ? seen : own.filter((ms) => ms > 50), ms: own.reduce((a, b) => a + b, 0) });
      }, 100);
    }, 50);
  });
}

function counts() {
  return { elements: document.getElementsByTagName('*').length, links: document.links.length };
}

(globalThis as Record<string, unknown>).__bench = { init, run, firstAnalysis, counts };
