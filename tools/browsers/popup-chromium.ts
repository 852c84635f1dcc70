import puppeteer, { TargetType, type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROME_DIST, CHROMIUM_ARGS, chromiumPath } from './paths';

import { tabIdOfReportIn, waitForTabOfReport } from './tab-of-report';

/** The worker's global, typed loosely: the e2e project has no chrome.* types. */
type Chrome = { chrome: any };

export interface PopupChromium {
  browser: Browser;
  worker: WebWorker;
  extensionId: string;
  /** Opens a page in a new tab and brings it to the front. */
  openArticle: (url: string) => Promise<Page>;
  /** The tab that published a report for `url`. */
  tabIdOf: (url: string) => Promise<number>;
  /** The real toolbar popup (chrome.action.openPopup) for the active tab. */
  openToolbarPopup: () => Promise<Page>;
  /** The popup page as a tab, pointed at `tabId`, at popup size. */
  openPopupTab: (tabId: number, opts?: { dark?: boolean }) => Promise<Page>;
  close: () => Promise<void>;
}

/**
 * Puppeteer rather than Playwright: only puppeteer exposes the toolbar popup
 * (see BROWSER-TESTING.md). `lang` sets the browser UI language, which is what
 * extension i18n follows.
 */
export async function launchPopupChromium(opts: { lang?: string; args?: string[] } = {}): Promise<PopupChromium> {
  const lang = opts.lang ?? 'en-US';
  const profile = mkdtempSync(join(tmpdir(), 'source-lens-popup-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    enableExtensions: [CHROME_DIST],
    userDataDir: profile,
    args: [...CHROMIUM_ARGS, `--lang=${lang}`, `--accept-lang=${lang}`, ...(opts.args ?? [])],
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    defaultViewport: { width: 1100, height: 800 },
  });
  const findWorker = async () => {
    const target = await browser.waitForTarget(
      (t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    return { target, worker: (await target.worker())! };
  };
  const first = await findWorker();
  let worker = first.worker;
  const extensionId = new URL(first.target.url()).host;
  const popupUrl = `chrome-extension://${extensionId}/src/popup/index.html`;

  // MV3 stops an idle service worker (30 s) and starts a new one on the next event: a handle to the old one then
  // fails, so a lookup that fails finds the current worker and tries again.
  const lookup = async (u: string) => {
    try {
      return await worker.evaluate(tabIdOfReportIn, u);
    } catch {
      worker = (await findWorker()).worker;
      return null;
    }
  };
  const tabIdOf = (url: string) => waitForTabOfReport(lookup, url, 150);

  return {
    browser,
    get worker() {
      return worker;
    },
    extensionId,
    tabIdOf,
    openArticle: async (url) => {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      return page;
    },
    openToolbarPopup: async () => {
      const found = browser.waitForTarget((t) => t.url().startsWith(popupUrl), { timeout: 10_000 });
      const open = () => worker.evaluate(() => (globalThis as unknown as Chrome).chrome.action.openPopup());
      await open().catch(async () => {
        worker = (await findWorker()).worker;
        await open();
      });
      const page = await (await found).asPage();
      return page;
    },
    openPopupTab: async (tabId, o = {}) => {
      const page = await browser.newPage();
      await page.setViewport({ width: 380, height: 600 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: o.dark ? 'dark' : 'light' }]);
      await page.goto(`${popupUrl}?tabId=${tabId}`);
      return page;
    },
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in an extension page. The source goes in through the debugger
 * protocol, which the page's CSP (script-src 'self') does not apply to.
 */
export async function axeScan(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  // Open every <details> so collapsed content is scanned as well.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  return page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

export const seriousOnly = (v: AxeViolation[]) => v.filter((x) => x.impact === 'serious' || x.impact === 'critical');
