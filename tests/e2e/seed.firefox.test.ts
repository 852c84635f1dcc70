import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../../tools/browsers/firefox';
import { startFixtureServer, type FixtureServer } from '../../tools/server';
import { FIXTURES, SEED_OUTLETS, SEED_TAGS, shot } from './artifacts';

describe('Firefox: the seed article end to end', () => {
  let server: FixtureServer;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES);
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('analyzes the page and lists outlets and tags in the popup', async () => {
    const url = server.url('/article.html');
    const page = await firefox.browser.newPage();
    await page.goto(url);
    await page.bringToFront();
    const tabId = await firefox.tabIdOf(url);

    const popup = await firefox.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('.outlet-name', { timeout: 20_000 });
    const outlets = await popup.$$eval('.outlet-name', (els) => els.map((e) => e.textContent));
    expect(outlets).toEqual(expect.arrayContaining(SEED_OUTLETS));
    expect(await popup.$$eval('.chip', (els) => els.map((e) => e.textContent))).toEqual(SEED_TAGS);
    await popup.screenshot({ path: shot('firefox-popup-seed-en-light'), fullPage: true });
  });

  it('does not call a listing page an article', async () => {
    const url = server.url('/non-article.html');
    const page = await firefox.browser.newPage();
    await page.goto(url);
    await page.bringToFront();
    const tabId = await firefox.tabIdOf(url);
    const popup = await firefox.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('.pill', { timeout: 20_000 });
    expect(await popup.$eval('.pill', (e) => e.textContent)).toBe('Not an article');
  });
});
