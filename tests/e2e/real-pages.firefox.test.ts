/**
 * The popup on real pages in Firefox: the same pages and checks as in Chromium (real-pages/cases.ts),
 * served under their own host names through Firefox's proxy settings (every host is the test server).
 * Every page once, the languages and themes in turn (Chromium sees each page in both languages and themes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../../tools/browsers/firefox';
import { germanLanguagePackMissing } from '../../tools/browsers/paths';
import {
  allPages,
  expectSoundPopup,
  clearShots,
  COMBOS,
  comboName,
  pagesOnce,
  paintSummary,
  type Driver,
  type PaintRow,
} from './real-pages/cases';
import { startHostServer, type HostServer } from './real-pages/host-server';

const pages = allPages();
clearShots('firefox');
const paints: PaintRow[] = [];
let server: HostServer;

beforeAll(async () => {
  server = await startHostServer(pages);
});
afterAll(async () => {
  await server?.close();
  console.log(paintSummary('Firefox', paints));
});

/** Every request through the test server (http and TLS tunnels alike), no upgrade to https, no prefetching. */
const proxyPrefs = (port: number) => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': port,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': port,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
  'dom.security.https_first': false,
  'dom.security.https_first_pbm': false,
  'dom.security.https_only_mode': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
});

// Firefox takes the colour scheme from its preferences at launch: one browser per language and theme.
describe.each(COMBOS.map((c) => [comboName(c), c] as const))('Firefox popup on real pages, %s', (_, combo) => {
  let firefox: FirefoxSession;
  let driver: Driver;

  beforeAll(async () => {
    if (combo.lang === 'de') expect(germanLanguagePackMissing('firefox')).toBeNull();
    firefox = await launchFirefox({ lang: combo.lang, dark: combo.dark, prefs: proxyPrefs(server.port) });
    driver = {
      browser: 'firefox',
      openArticle: async (url) => {
        const page = await firefox.browser.newPage();
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
        await page.bringToFront();
        return page;
      },
      tabIdOf: firefox.tabIdOf,
      openPopup: async (tabId) => firefox.openExtensionPage(`src/popup/index.html?tabId=${tabId}`),
    };
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it.each(pagesOnce(pages, combo).map((p) => [p.name, p] as const))('%s', async (_, page) => {
    await expectSoundPopup(driver, page, combo, combo.lang === 'en-US', paints);
  });
});
