import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from './browsers/chromium';
import { withFixtureBrowser } from './browsers/with-fixtures';
import { SEED_OUTLETS } from './artifacts';

/**
 * MV3 stops an idle service worker (after 30 s); the analysis runs there. A
 * stopped worker must lose no report (they live in storage.session) and the
 * next page must still be analysed: the new worker loads the directory again.
 */
describe('Chromium: a stopped service worker', () => {
  const env = withFixtureBrowser(launchChromium);

  /** Stops the extension's worker as the browser does when it is idle (DevTools' ServiceWorker.stopWorker). */
  async function stopWorker(): Promise<void> {
    const own = await env.session.context.newPage();
    await own.goto(`chrome-extension://${env.session.extensionId}/src/options/index.html`);
    const cdp = await env.session.context.newCDPSession(own);
    const status = new Map<string, string>();
    cdp.on(
      'ServiceWorker.workerVersionUpdated',
      (e: { versions: Array<{ versionId: string; runningStatus: string }> }) => {
        for (const v of e.versions) status.set(v.versionId, v.runningStatus);
      },
    );
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => [...status.values()].includes('running'), { timeout: 10_000 }).toBe(true);
    const running = [...status].find(([, s]) => s === 'running')![0];
    await cdp.send('ServiceWorker.stopWorker', { versionId: running });
    await expect.poll(() => status.get(running), { timeout: 10_000 }).toBe('stopped');
    await cdp.detach();
    await own.close();
  }

  /** The tab whose stored report has this URL, read from an extension page (the old worker object is gone). */
  const tabOfReport = (page: Page, url: string) =>
    page.evaluate(async (u) => {
      for (let i = 0; i < 150; i++) {
        const all = await chrome.storage.session.get(null);
        for (const [k, v] of Object.entries(all))
          if (k.startsWith('tab:') && (v as { report?: { url?: string } })?.report?.url === u)
            return Number(k.slice(4));
        await new Promise((r) => setTimeout(r, 100));
      }
      return -1;
    }, url);

  it('keeps the report, and the next page is analysed by the new worker', async () => {
    const url = env.server.url('/article.html');
    const page = await env.session.context.newPage();
    await page.goto(url);
    const tabId = await env.session.tabIdOf(url);
    await expect.poll(() => env.session.badgeText(tabId), { timeout: 15_000 }).toBe('3');

    await stopWorker();
    // The popup's report:get starts the worker again; the report comes from storage.session.
    const popup = await env.session.openPopup(tabId);
    await popup.locator('.outlet-name').first().waitFor({ timeout: 15_000 });
    expect(await popup.locator('.outlet-name').allTextContents()).toEqual(expect.arrayContaining(SEED_OUTLETS));

    await stopWorker();
    // A snapshot starts it too: parsed, analysed and stored with the directory loaded anew.
    const next = env.server.url('/hidden-by-style.html');
    await (await env.session.context.newPage()).goto(next);
    const nextTab = await tabOfReport(popup, next);
    expect(nextTab).toBeGreaterThanOrEqual(0);
    const second = await env.session.openPopup(nextTab);
    await second.locator('.outlet-name').first().waitFor({ timeout: 15_000 });
    expect(await second.locator('.outlet-name').allTextContents()).toContain('Reuters');
  });
});
