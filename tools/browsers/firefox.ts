import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { firefoxPath } from './paths';
import { tabIdOfReportIn, waitForTabOfReport } from './tab-of-report';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../dist/firefox');
/** Fixed internal UUID so moz-extension:// URLs are predictable in tests. */
export const FIREFOX_UUID = '6f1a2c3e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';

export interface FirefoxSession {
  browser: Browser;
  base: string;
  /** Opens an extension page (e.g. "src/popup/index.html?tabId=3") and waits until it has loaded. */
  openExtensionPage: (path: string, opts?: { width?: number; height?: number }) => Promise<Page>;
  tabIdOf: (url: string) => Promise<number>;
  close: () => Promise<void>;
}

export async function launchFirefox(
  opts: { lang?: string; dark?: boolean; prefs?: Record<string, unknown> } = {},
): Promise<FirefoxSession> {
  const geckoId: string = JSON.parse(readFileSync(resolve(FIREFOX_DIST, 'manifest.json'), 'utf8'))
    .browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      'intl.locale.requested': opts.lang ?? 'en-US',
      'intl.accept_languages': opts.lang ?? 'en-US',
      'ui.systemUsesDarkTheme': opts.dark ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': opts.dark ? 0 : 1,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      ...opts.prefs,
    },
  });
  await browser.installExtension(FIREFOX_DIST);
  const base = `moz-extension://${FIREFOX_UUID}/`;

  const openExtensionPage = async (path: string, o: { width?: number; height?: number } = {}) => {
    const page = await browser.newPage();
    await page.setViewport({ width: o.width ?? 380, height: o.height ?? 600 });
    const target = base + path;
    // goto() never resolves for moz-extension:// pages: start it and poll instead.
    void page.goto(target).catch(() => {});
    for (let i = 0; i < 100; i++) {
      const ready = await page
        .evaluate((t) => location.href === t && document.readyState === 'complete', target)
        .catch(() => false);
      if (ready) return page;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`extension page did not load: ${target}`);
  };

  // Opened before any article: a later extension tab would hide the article, and hidden tabs wait.
  const helper = await openExtensionPage('src/options/index.html');
  const tabIdOf = (url: string) => waitForTabOfReport((u) => helper.evaluate(tabIdOfReportIn, u), url);

  return { browser, base, openExtensionPage, tabIdOf, close: () => browser.close() };
}
