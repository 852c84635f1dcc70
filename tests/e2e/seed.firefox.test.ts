import { describe, expect, it } from 'vitest';
import { launchFirefox } from '../../tools/browsers/firefox';
import { withFixtureBrowser } from './browsers/with-fixtures';
import { SEED_OUTLETS, SEED_TAGS, shot } from './artifacts';

describe('Firefox: the seed article end to end', () => {
  const env = withFixtureBrowser(launchFirefox);

  it('analyzes the page and lists outlets and tags in the popup', async () => {
    const url = env.server.url('/article.html');
    const page = await env.session.browser.newPage();
    await page.goto(url);
    await page.bringToFront();
    const tabId = await env.session.tabIdOf(url);

    const popup = await env.session.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('.outlet-name', { timeout: 20_000 });
    const outlets = await popup.$$eval('.outlet-name', (els) => els.map((e) => e.textContent));
    expect(outlets).toEqual(expect.arrayContaining(SEED_OUTLETS));
    expect(await popup.$$eval('.chip', (els) => els.map((e) => e.textContent))).toEqual(SEED_TAGS);
    await popup.screenshot({ path: shot('firefox-popup-seed-en-light'), fullPage: true });
  });

  it('does not call a listing page an article', async () => {
    const url = env.server.url('/non-article.html');
    const page = await env.session.browser.newPage();
    await page.goto(url);
    await page.bringToFront();
    const tabId = await env.session.tabIdOf(url);
    const popup = await env.session.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('.pill', { timeout: 20_000 });
    expect(await popup.$eval('.pill', (e) => e.textContent)).toBe('Not an article');
  });
});
