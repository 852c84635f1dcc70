/**
 * How fast the popup shows the report on the seed page, in real headless Chromium.
 *
 *   npm run build && npx tsx scripts/bench-popup.ts [runs=20]
 *
 * Measures, per open, the time from the popup's navigation start to the
 * `source-lens:report-painted` mark the app sets after the first report render,
 * both for the real toolbar popup (chrome.action.openPopup) and for the popup
 * page opened as a tab. Baselines from the same run: a blank page's first paint
 * and the popup's own DOMContentLoaded (scripts run, nothing asked yet).
 * Also prints the popup's JavaScript size (entry + static imports, gzip).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchPopupChromium } from '../tools/browsers/popup-chromium';
import { CHROME_DIST } from '../tools/browsers/paths';
import { startFixtureServer } from '../tools/server';
import { chunkClosure, gzipSize } from '../tools/built-chunks';

const RUNS = Number(process.argv[2] ?? 20);
const MARK = 'source-lens:report-painted';
const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
  return { median: at(0.5), p95: at(0.95), min: s[0], max: s[s.length - 1] };
}
const fmt = (x: { median: number; p95: number; min: number; max: number }) =>
  `median ${x.median.toFixed(1)} ms · p95 ${x.p95.toFixed(1)} ms · min ${x.min.toFixed(1)} · max ${x.max.toFixed(1)}`;

async function reportMark(page: Page): Promise<{ painted: number; dcl: number }> {
  // Polled from here: the figure is the mark's own timestamp, so the polling rate does not change it.
  for (let i = 0; i < 500; i++) {
    const m = await page
      .evaluate((mark) => {
        const e = performance.getEntriesByName(mark)[0];
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return e ? { painted: e.startTime, dcl: nav?.domContentLoadedEventEnd ?? NaN } : null;
      }, MARK)
      .catch(() => null);
    if (m) return m;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no ${MARK} in ${page.url()}`);
}

function popupSize(dist: string): { files: number; raw: number; gzip: number } {
  const html = readFileSync(join(dist, 'src/popup/index.html'), 'utf8');
  const entry = html.match(/src="\/([^"]+\.js)"/)?.[1];
  if (!entry) throw new Error('no popup entry script');
  const files = chunkClosure(dist, entry);
  const raw = files.reduce((sum, f) => sum + readFileSync(join(dist, f)).length, 0);
  return { files: files.length, raw, gzip: files.reduce((sum, f) => sum + gzipSize(dist, f), 0) };
}

const server = await startFixtureServer(FIXTURES);
const c = await launchPopupChromium();
try {
  const url = server.url('/article.html');
  const article = await c.openArticle(url);
  const tabId = await c.tabIdOf(url);

  // Warm-up: the first open of an extension page pays for compiling its scripts.
  const warm = await c.openPopupTab(tabId);
  await reportMark(warm);
  await warm.close();

  const blank: number[] = [];
  const tabPainted: number[] = [];
  const tabDcl: number[] = [];
  const toolbar: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const b = await c.browser.newPage();
    await b.goto('data:text/html,<p>blank</p>');
    blank.push(
      await b.evaluate(
        () => new Promise<number>((ok) => requestAnimationFrame(() => setTimeout(() => ok(performance.now()), 0))),
      ),
    );
    await b.close();

    const p = await c.openPopupTab(tabId);
    const m = await reportMark(p);
    tabPainted.push(m.painted);
    tabDcl.push(m.dcl);
    await p.close();

    await article.bringToFront();
    const popup = await c.openToolbarPopup();
    toolbar.push((await reportMark(popup)).painted);
    await popup.close();
  }

  const size = popupSize(CHROME_DIST);
  const t = stats(toolbar);
  const b = stats(blank);
  console.log(`Source Lens popup on the seed page, ${RUNS} opens each (headless Chromium)`);
  console.log(`  toolbar popup, report painted: ${fmt(t)}`);
  console.log(`  popup as tab,  report painted: ${fmt(stats(tabPainted))}`);
  console.log(`  popup as tab,  DOMContentLoaded (baseline): ${fmt(stats(tabDcl))}`);
  console.log(`  blank page, first frame (baseline): ${fmt(b)}`);
  console.log(`  ratio toolbar report / blank page: ${(t.median / b.median).toFixed(2)}×`);
  console.log(`  budget: report within 100 ms (median) -> ${t.median <= 100 ? 'OK' : 'OVER'}`);
  console.log(
    `  popup JS: ${size.files} files, ${(size.raw / 1024).toFixed(1)} KB raw, ${(size.gzip / 1024).toFixed(1)} KB gzip (budget 40 KB) -> ${size.gzip <= 40 * 1024 ? 'OK' : 'OVER'}`,
  );
} finally {
  await c.close();
  await server.close();
}
