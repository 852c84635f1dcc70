/**
 * The Firefox bench run learns when a report is stored from an extension page
 * (the options page, in the extension process, away from the measured tab)
 * listening to storage.session; Date.now() there and in the tab share a clock.
 */
import type { Browser, Page } from 'puppeteer-core';
import { FIREFOX_UUID } from '../../tools/browsers/firefox';

export type Stored = {
  url: string;
  t: number;
  report: { isArticle?: boolean; status?: string; timings?: { totalMs?: number } };
};

/** Storage writes of the extension, with their time, kept in an extension page until asked. */
const recordStores = () => {
  const g = globalThis as unknown as {
    browser: typeof chrome;
    __stores?: Array<{ url: string; t: number; report: unknown }>;
  };
  if (g.__stores) return;
  g.__stores = [];
  g.browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const c of Object.values(changes)) {
      const v = c.newValue as { status?: string; report?: { url?: string } } | undefined;
      if (v?.status === 'ready' && v.report?.url)
        g.__stores!.push({ url: v.report.url, t: Date.now(), report: v.report });
    }
  });
};

/** An extension page that listens to storage (goto() never resolves for moz-extension:// pages: poll). */
export async function helperPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  const target = `moz-extension://${FIREFOX_UUID}/src/options/index.html`;
  void page.goto(target).catch(() => {});
  for (let i = 0; i < 100; i++) {
    if (
      await page.evaluate((t) => location.href === t && document.readyState === 'complete', target).catch(() => false)
    ) {
      await page.evaluate(recordStores);
      return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`extension page did not load: ${target}`);
}
