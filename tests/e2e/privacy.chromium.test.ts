import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './browsers/chromium';
import { startFixtureServer, type FixtureServer } from '../../tools/server';
import { FIXTURES } from './artifacts';

/**
 * Privacy, proven: every request the browser makes while Source Lens analyzes
 * the seed page, shows the popup and reveals a citation is recorded; none may
 * go anywhere but the test's own server (the page itself) and the extension's own files.
 */
describe('Chromium: Source Lens sends nothing anywhere', () => {
  let server: FixtureServer;
  let chromium: ChromiumSession;
  const requests: Array<{ url: string; from: string }> = [];
  const blocked: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES);
    chromium = await launchChromium();
    // Pages, extension pages and the extension's service worker all report here.
    chromium.context.on('request', (r) =>
      requests.push({ url: r.url(), from: r.serviceWorker() ? 'service worker' : r.frame().url() }),
    );
    // Whatever is not for the test's server never leaves the machine, even if something tried.
    await chromium.context.route(
      (u) => u.protocol !== 'chrome-extension:' && u.protocol !== 'data:' && u.origin !== server.origin,
      (route) => {
        blocked.push(route.request().url());
        return route.abort();
      },
    );
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('makes no request of its own while analyzing, showing the popup and revealing a source', async () => {
    const url = server.url('/article.html');
    const page = await chromium.context.newPage();
    await page.goto(url);
    const tabId = await chromium.tabIdOf(url);
    await expect.poll(() => chromium.badgeText(tabId), { timeout: 15_000 }).not.toBe('');
    const popup = await chromium.openPopup(tabId);
    await popup.locator('.outlet-name').first().waitFor();
    await page.hover('a[href="https://www.aljazeera.com"]');
    await page.waitForTimeout(1_000);

    const ownFiles = `chrome-extension://${chromium.extensionId}/`;
    expect(blocked).toEqual([]);
    const foreign = requests.filter((r) => !r.url.startsWith(server.origin) && !r.url.startsWith(ownFiles));
    expect(foreign).toEqual([]);
    // The page's own requests are just the page (and the browser's favicon probe).
    expect(server.requests).toContain('/article.html');
    for (const path of server.requests) expect(['/article.html', '/favicon.ico']).toContain(path);
    expect(requests.length).toBeGreaterThan(2); // the recorder did see traffic
    expect(requests.some((r) => r.from === 'service worker' || r.url.startsWith(ownFiles))).toBe(true);
  });
});
