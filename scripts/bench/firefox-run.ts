/**
 * One bench:page run in Firefox (puppeteer-core over WebDriver BiDi): the
 * built extension (dist/firefox, a temporary add-on) in one browser, the same
 * pages without it in another, both reaching the bench server through a local
 * proxy. Firefox has no DevTools trace, so per page, in a fresh tab:
 * - our main-thread time is sampled: the Gecko profiler samples the tab's
 *   content process main thread every 1 ms from before navigation until the
 *   report is stored (plus a grace period), and the samples whose stack holds
 *   a moz-extension:// frame of ours count; a run of consecutive such samples
 *   stands in for a task (back-to-back tasks merge, 1 ms resolution);
 * - memory is about:memory's: the JS of the tab's content process
 *   (js-main-runtime) and its resident unique memory, after GC/CC/minimize,
 *   against the same page in the bare browser;
 * - load → report stored and Readability's first parse() as in Chromium.
 * Figures come back in Chromium's PageLoad shape, with Firefox's extras.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_UUID } from '../../tools/browsers/firefox';
import { ourSamples } from '../../tools/browsers/gecko-samples';
import { firefoxPath } from '../../tools/browsers/paths';
import { privileged, type ProcessMemory } from './firefox-privileged';
import { proxyTo } from './firefox-proxy';
import { helperPage, type Stored } from './firefox-stores';
import { blankLoad, readabilityProbe, takeStore, zeroTimings, type PageLoad } from './page-load';
import type { PageLoadExtras } from './page-summary';
import type { ServedPage } from './page-set';

export type FirefoxPageLoad = PageLoad & PageLoadExtras;

const GRACE_MS = 600;
const REPORT_TIMEOUT_MS = 20_000;

/** What each Firefox figure is, printed under its table. */
export const FIREFOX_NOTES = [
  'Firefox figures: "our main-thread time" is sampled (Gecko profiler, 1 ms, samples of the tab\'s content-process',
  'main thread with a frame of ours on the stack); "one task" is Gecko\'s long-task marker (over 50 ms, exact) where',
  'one holds a sample of ours, else a run of consecutive such samples (1 ms resolution; back-to-back tasks merge).',
  '"JS heap added" is about:memory\'s js-main-runtime of the tab\'s process after GC/CC/minimize, with minus without',
  'the extension (Firefox\'s own content-script machinery included); "of which our realm" is what about:memory files',
  'under our content script\'s realm (zone-wide strings and shapes left out: a lower bound); "process memory added" the',
  'resident unique memory, with minus without. "CPU in our samples" is the thread CPU time of those samples (the wall',
  'figure also counts time the loaded machine took the core away). Work Firefox does for us outside our frames',
  '(injecting and compiling our scripts) is not counted. No floor: without the extension no frame of ours exists.',
  'Profiling costs the sampled code a few per cent.',
];

async function launch(proxyPort: number, prefs: Record<string, unknown> = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // The chrome scope: process list, profiler and memory reports.
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true,
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      // Every request goes to the bench proxy, so every host is this machine's bench server.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': false,
      // performance.now() to the microsecond (by default 1 ms here), for Readability's parse and the report's timings.
      'privacy.reduceTimerPrecision': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      ...prefs,
    },
  });
}

const loadEpochOf = (page: Page) =>
  page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return Date.now() - performance.now() + (nav?.loadEventEnd || performance.now());
  });

type Privileged = Awaited<ReturnType<typeof privileged>>;

/** The page in the browser without the extension: its process's memory, the baseline. */
async function bareLoad(bare: Browser, chromeScope: Privileged, url: string): Promise<ProcessMemory | null> {
  const page = await bare.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    await new Promise((r) => setTimeout(r, GRACE_MS));
    const pid = await chromeScope.pidShowing(page.url());
    return pid === null ? null : await chromeScope.memoryOf(pid);
  } finally {
    await page.close().catch(() => {});
  }
}

/** The page with the extension, sampled from before navigation until the report is stored (and a grace period). */
async function extensionLoad(ext: Browser, chromeScope: Privileged, helper: Page, url: string, probe: string) {
  await chromeScope.startProfiler();
  const page = await ext.newPage();
  const since = Date.now();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    let stored: Stored | null = null;
    for (let waited = 0; waited < REPORT_TIMEOUT_MS && !stored; waited += 25) {
      stored = (await helper.evaluate(takeStore, { url: page.url(), since })) as Stored | null;
      if (!stored) await new Promise((r) => setTimeout(r, 25));
    }
    await new Promise((r) => setTimeout(r, GRACE_MS));
    const pid = await chromeScope.pidShowing(page.url());
    const sampled = pid === null ? null : await chromeScope.mainThreadOf(pid);
    const ours = sampled
      ? ourSamples(sampled.thread, `moz-extension://${FIREFOX_UUID}/`, sampled.intervalMs, sampled.cpuUnit)
      : null;
    // Page JavaScript (an evaluate) only after the samples are taken.
    const loadEpoch = await loadEpochOf(page);
    const mem = pid === null ? null : await chromeScope.memoryOf(pid, FIREFOX_UUID);
    await page.evaluate(probe);
    const rd = await page.evaluate(() =>
      (
        globalThis as unknown as { __readabilityProbe: () => { parseMs: number; readerableMs: number } }
      ).__readabilityProbe(),
    );
    return { stored, ours, loadEpoch, mem, rd, pid };
  } finally {
    // mainThreadOf stopped it already unless something failed first.
    await chromeScope.stopProfiler().catch(() => {});
    await page.close().catch(() => {});
  }
}

export async function runFirefox(
  pages: ServedPage[],
  port: number,
  dist: string,
  progress: (i: number) => void,
): Promise<FirefoxPageLoad[]> {
  const probe = await readabilityProbe('firefox115');
  const geckoId: string = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8')).browser_specific_settings
    .gecko.id;
  const proxy = await proxyTo(port);
  const browsers: Browser[] = [];
  try {
    // The extension's moz-extension:// UUID fixed, so frames of ours are recognisable by URL.
    const ext = await launch(proxy.port, {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
    });
    browsers.push(ext);
    await ext.installExtension(dist);
    const bare = await launch(proxy.port);
    browsers.push(bare);
    const [extChrome, bareChrome] = await Promise.all([privileged(ext), privileged(bare)]);
    const helper = await helperPage(ext);
    const results: FirefoxPageLoad[] = [];
    for (let i = 0; i < pages.length; i++) {
      const p = pages[i];
      progress(i);
      const base: FirefoxPageLoad = {
        ...blankLoad(p),
        processMemoryAddedBytes: NaN,
        ourRealmBytes: NaN,
        cpuMs: NaN,
        reportWorkMs: NaN,
      };
      try {
        const bareMem = await bareLoad(bare, bareChrome, p.url);
        const { stored: s, ours, loadEpoch, mem, rd, pid } = await extensionLoad(ext, extChrome, helper, p.url, probe);
        results.push({
          ...base,
          isArticle: s?.report.isArticle ?? null,
          status: s?.report.status ?? null,
          tasks: ours?.tasks ?? [],
          mainThreadMs: ours?.totalMs ?? NaN,
          longestTaskMs: ours ? Math.max(0, ...ours.tasks) : NaN,
          heapAddedBytes: mem && bareMem ? mem.jsBytes - bareMem.jsBytes : NaN,
          processMemoryAddedBytes: mem && bareMem ? mem.ussBytes - bareMem.ussBytes : NaN,
          ourRealmBytes: mem?.ourRealmBytes ?? NaN,
          cpuMs: ours?.cpuMs ?? NaN,
          reportWorkMs: s?.report.timings?.totalMs ?? NaN,
          loadToReportMs: s ? s.t - loadEpoch : NaN,
          readabilityParseMs: rd.parseMs,
          readerableMs: rd.readerableMs,
          report: zeroTimings(s?.report ?? null),
          ...(s ? {} : { error: 'no report stored' }),
          ...(pid === null ? { error: "no content process shows the tab's URL" } : {}),
        });
      } catch (err) {
        results.push({ ...base, error: err instanceof Error ? err.message.split('\n')[0] : String(err) });
      }
    }
    return results;
  } finally {
    for (const b of browsers) await b.close().catch(() => {});
    proxy.close();
  }
}
