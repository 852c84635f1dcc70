import type { HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../../tools/browsers/firefox';
import { startFixtureServer, type FixtureServer } from '../../tools/server';
import { FIXTURES } from './artifacts';

/**
 * Privacy, proven in Firefox: every request of the article page and of the
 * popup is recorded (and anything not for 127.0.0.1 or the extension's own
 * files is blocked) while Source Lens analyzes the seed page, shows the popup
 * and opens a hover card. The extension's own code is checked statically
 * (tests/e2e/dist.test.ts, privacy.manifest.test.ts): BiDi does not expose the
 * background page's traffic.
 */
describe('Firefox: Source Lens sends nothing anywhere', () => {
  let server: FixtureServer;
  let firefox: FirefoxSession;
  const requests: Array<{ url: string; from: string }> = [];
  const blocked: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES);
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** data: and blob: URLs never touch the network (the UI's inline fonts and icons). */
  const allowed = (url: string) =>
    url.startsWith(server.origin) || url.startsWith(firefox.base) || url === 'about:blank' || /^(data|blob):/.test(url);
  async function record(page: Page, from: string): Promise<void> {
    await page.setRequestInterception(true);
    page.on('request', (r: HTTPRequest) => {
      requests.push({ url: r.url(), from });
      if (allowed(r.url())) void r.continue();
      else {
        blocked.push(r.url());
        void r.abort();
      }
    });
  }

  it('makes no request of its own while analyzing, showing the popup and a hover card', async () => {
    const url = server.url('/article.html');
    const page = await firefox.browser.newPage();
    await record(page, 'article');
    await page.goto(url);
    await page.bringToFront();
    const tabId = await firefox.tabIdOf(url);

    const popup = await firefox.browser.newPage();
    await record(popup, 'popup');
    const target = `${firefox.base}src/popup/index.html?tabId=${tabId}`;
    void popup.goto(target).catch(() => {});
    await popup.waitForSelector('.outlet-name', { timeout: 20_000 });

    await page.bringToFront();
    await page.hover('a[href="https://www.aljazeera.com"]');
    await new Promise((r) => setTimeout(r, 1_000));

    expect(blocked).toEqual([]);
    expect(requests.filter((r) => !allowed(r.url))).toEqual([]);
    // The page's own requests are just the page (and the browser's favicon probe).
    for (const path of server.requests) expect(['/article.html', '/favicon.ico']).toContain(path);
    expect(requests.some((r) => r.from === 'article' && r.url === url)).toBe(true); // the recorder did see traffic
    // Firefox's BiDi reports no events for moz-extension:// documents, so the popup's own file loads are not
    // seen; anything it fetched from the network would be (and would be blocked above).
  });
});
