import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_DIST, CHROMIUM_ARGS, chromiumPath } from '../../../tools/browsers/paths';
import { tabIdOfReportIn, waitForTabOfReport } from '../../../tools/browsers/tab-of-report';

export { CHROME_DIST };

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens the popup page as a tab, pointed at `tabId`. */
  openPopup: (tabId: number, opts?: { colorScheme?: 'light' | 'dark' }) => Promise<Page>;
  tabIdOf: (url: string) => Promise<number>;
  badgeText: (tabId: number) => Promise<string>;
  close: () => Promise<void>;
}

/** Headless Chromium with the unpacked Chrome build loaded (see README, "Testing"). */
export async function launchChromium(
  opts: { lang?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'source-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: opts.lang ?? 'en-US',
    colorScheme: opts.colorScheme ?? 'light',
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${CHROME_DIST}`,
      `--load-extension=${CHROME_DIST}`,
      `--lang=${opts.lang ?? 'en-US'}`,
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1100, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  const tabIdOf = (url: string) => waitForTabOfReport((u) => worker.evaluate(tabIdOfReportIn, u), url);

  return {
    context,
    worker,
    extensionId,
    tabIdOf,
    openPopup: async (tabId, o = {}) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: o.colorScheme ?? opts.colorScheme ?? 'light' });
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
      return page;
    },
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
