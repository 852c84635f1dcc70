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

function iterationsFor(m: Method): number {
  const t0 = performance.now();
  methods[m](); // also the warm-up: JIT and lazy caches
  const once = Math.max(performance.now() - t0, 0.01);
  return Math.min(1_000, Math.max(1, Math.ceil(MIN_SAMPLE_MS / once)));
}

function run(reps: number, only?: Method[]): Record<string, number[]> {
  const names = only ?? (Object.keys(methods) as Method[]);
  const times: Record<string, number[]> = Object.fromEntries(names.map((m) => [m, []]));
  const iterations = Object.fromEntries(names.map((m) => [m, iterationsFor(m)]));
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < names.length; i++) {
      const m = names[(i + r) % names.length];
      const n = iterations[m];
      const t0 = performance.now();
      for (let k = 0; k < n; k++) methods[m]();
      times[m].push((performance.now() - t0) / n);
    }
  }
  return times;
}

/**
 * Runs the first analysis on the page the way the content script does (its
 * steps in tasks of their own, see analyzeInSteps) and reports the long tasks
 * (> 50 ms) the browser saw. It is the page's first analysis: compilation and
 * first-use costs are part of it, as they are for a reader.
 */
function longTasks(): Promise<number[]> {
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
        resolve(observer ? seen : own.filter((ms) => ms > 50));
      }, 100);
    }, 50);
  });
}

function counts() {
  return { elements: document.getElementsByTagName('*').length, links: document.links.length };
}

(globalThis as Record<string, unknown>).__bench = { init, run, longTasks, counts };
