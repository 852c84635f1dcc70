/**
 * One bench:page run in Chromium: the built extension in one browser, the
 * same pages without it in another (the heap baseline and the trace floor).
 * Per page: a fresh tab, a trace from before navigation until the report is
 * in storage.session (plus a grace period for what follows it), the JS heap
 * after a forced GC, then Readability's first parse in the same tab.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../tools/browsers/paths';
import { ourTasks, TRACE_CATEGORIES, type TraceEvent } from './trace';
import type { ServedPage } from './page-set';
import { blankLoad, readabilityProbe, takeStore, zeroTimings, type PageLoad } from './page-load';

const GRACE_MS = 600;
const REPORT_TIMEOUT_MS = 20_000;

async function launch(port: number, extension: string | null): Promise<{ browser: Browser; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'source-lens-bench-page-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    ...(extension ? { enableExtensions: [extension] } : {}),
    userDataDir: profile,
    // Every host is this machine's bench server; nothing leaves it.
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP * 127.0.0.1:${port}`, '--ignore-certificate-errors'],
    defaultViewport: { width: 1200, height: 900 },
  });
  return { browser, profile };
}

/** Storage writes of the background, with their time, kept in the worker until asked. */
const recordStores = () => {
  const g = globalThis as unknown as {
    chrome: typeof chrome;
    __stores?: Array<{ url: string; t: number; report: unknown }>;
  };
  if (g.__stores) return;
  g.__stores = [];
  g.chrome.storage.session.onChanged.addListener((changes) => {
    for (const c of Object.values(changes)) {
      const v = c.newValue as { status?: string; report?: { url?: string } } | undefined;
      if (v?.status === 'ready' && v.report?.url)
        g.__stores!.push({ url: v.report.url, t: Date.now(), report: v.report });
    }
  });
};

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function traced(
  browser: Browser,
  url: string,
  waitFor: (page: Page) => Promise<void>,
): Promise<{ page: Page; events: TraceEvent[]; loadEpoch: number; finalUrl: string }> {
  const page = await browser.newPage();
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  let buf: Uint8Array | undefined;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    await waitFor(page);
    await new Promise((r) => setTimeout(r, GRACE_MS));
  } finally {
    buf = await page.tracing.stop();
  }
  // Read after the trace: an evaluate is JavaScript on the page's main thread too.
  const loadEpoch = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    // Wall clock, as the worker's Date.now(): timeOrigin follows a monotonic clock that drifts from it.
    return Date.now() - performance.now() + (nav?.loadEventEnd || performance.now());
  });
  const events = (
    JSON.parse(Buffer.from(buf ?? '').toString('utf8') || '{"traceEvents":[]}') as { traceEvents: TraceEvent[] }
  ).traceEvents;
  return { page, events, loadEpoch, finalUrl: page.url() };
}

export async function runChromium(
  pages: ServedPage[],
  port: number,
  dist: string,
  progress: (i: number) => void,
): Promise<PageLoad[]> {
  const probe = await readabilityProbe('chrome120');
  const ext = await launch(port, dist);
  const bare = await launch(port, null);
  try {
    const swTarget = await ext.browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    let worker: WebWorker = (await swTarget.worker())!;
    await worker.evaluate(recordStores);
    const results: PageLoad[] = [];
    for (let i = 0; i < pages.length; i++) {
      const p = pages[i];
      progress(i);
      const base = blankLoad(p);
      try {
        const without = await traced(bare.browser, p.url, async () => {});
        const floor = ourTasks(without.events, without.finalUrl);
        const bareHeap = await heapAfterGc(without.page);
        await without.page.close();

        let stored: { url: string; t: number; report: unknown } | null = null;
        const since = Date.now();
        const withExt = await traced(ext.browser, p.url, async (page) => {
          const url = page.url();
          for (let waited = 0; waited < REPORT_TIMEOUT_MS && !stored; waited += 25) {
            stored = await worker.evaluate(takeStore, { url, since }).catch(async () => {
              // The worker was stopped and started again: listen in the new one.
              worker = (await (await ext.browser.waitForTarget((t) => t.type() === 'service_worker')).worker())!;
              await worker.evaluate(recordStores);
              return null;
            });
            if (!stored) await new Promise((r) => setTimeout(r, 25));
          }
        });
        const ours = ourTasks(withExt.events, withExt.finalUrl);
        const heap = await heapAfterGc(withExt.page);
        await withExt.page.evaluate(probe);
        const rd = await withExt.page.evaluate(() =>
          (
            globalThis as unknown as { __readabilityProbe: () => { parseMs: number; readerableMs: number } }
          ).__readabilityProbe(),
        );
        await withExt.page.close();
        const s = stored as { url: string; t: number; report: { isArticle?: boolean; status?: string } } | null;
        results.push({
          ...base,
          isArticle: s?.report.isArticle ?? null,
          status: s?.report.status ?? null,
          tasks: ours.tasks,
          mainThreadMs: ours.totalMs,
          longestTaskMs: ours.longestMs,
          floorMs: floor.totalMs,
          heapAddedBytes: heap - bareHeap,
          loadToReportMs: s ? s.t - withExt.loadEpoch : NaN,
          readabilityParseMs: rd.parseMs,
          readerableMs: rd.readerableMs,
          report: zeroTimings(s?.report ?? null),
          ...(s ? {} : { error: 'no report stored' }),
        });
      } catch (err) {
        results.push({ ...base, error: err instanceof Error ? err.message.split('\n')[0] : String(err) });
      }
    }
    return results;
  } finally {
    for (const b of [ext, bare]) {
      await b.browser.close().catch(() => {});
      rmSync(b.profile, { recursive: true, force: true });
    }
  }
}
