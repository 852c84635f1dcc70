/**
 * One page load as bench:page records it, in either browser: the record's
 * shape, the record before anything is measured, the stored report with its
 * timings zeroed (for the field-by-field comparison), how a load takes its
 * stored report, and the Readability probe injected into the tab, bundled
 * for the browser at hand.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import type { ServedPage } from './page-set';

export interface PageLoad {
  name: string;
  group: string;
  url: string;
  /** From the stored report; null when none arrived. */
  isArticle: boolean | null;
  status: string | null;
  tasks: number[];
  mainThreadMs: number;
  longestTaskMs: number;
  /** Same count on the page without the extension (should be ~0). */
  floorMs: number;
  heapAddedBytes: number;
  /** From the load event to the report landing in storage.session. */
  loadToReportMs: number;
  readabilityParseMs: number;
  readerableMs: number;
  /** The stored report, timings zeroed, for the before/after comparison. */
  report: unknown;
  error?: string;
}

/** The record of `p` before anything is measured: NaN figures, no report. */
export function blankLoad(p: ServedPage): PageLoad {
  return {
    name: p.name,
    group: p.group,
    url: p.url,
    isArticle: null,
    status: null,
    tasks: [],
    mainThreadMs: NaN,
    longestTaskMs: NaN,
    floorMs: NaN,
    heapAddedBytes: NaN,
    loadToReportMs: NaN,
    readabilityParseMs: NaN,
    readerableMs: NaN,
    report: null,
  };
}

/**
 * The first report stored for `url` since `since` (the load's start, Date.now()), taken out of the list the
 * browser's recorder keeps in `__stores` (a worker or an extension page; the function runs there, so it is
 * self-contained): a page loaded again (--repeat) waits for its own report.
 */
export const takeStore = ({ url, since }: { url: string; since: number }) => {
  const g = globalThis as unknown as { __stores?: Array<{ url: string; t: number; report: unknown }> };
  const i = g.__stores?.findIndex((s) => s.url === url && s.t >= since) ?? -1;
  return i >= 0 ? g.__stores!.splice(i, 1)[0] : null;
};

/** The report with its timings zeroed: two runs' reports compare field by field. */
export const zeroTimings = (report: unknown) =>
  report && typeof report === 'object' ? { ...report, timings: { detectMs: 0, extractMs: 0, totalMs: 0 } } : report;

/** readability-probe.ts as one script for the tab (`target`: esbuild's, e.g. chrome120, firefox115). */
export async function readabilityProbe(target: string): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'readability-probe.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target,
    minify: true,
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}
