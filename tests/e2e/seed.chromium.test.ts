import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './browsers/chromium';
import { startFixtureServer, type FixtureServer } from '../../tools/server';
import { FIXTURES, SEED_OUTLETS, SEED_TAGS, shot } from './artifacts';

describe('Chromium: the seed article end to end', () => {
  let server: FixtureServer;
  let chromium: ChromiumSession;

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('analyzes the page, badges 3 outlets and lists outlets and tags in the popup', async () => {
    const url = server.url('/article.html');
    const page = await chromium.context.newPage();
    await page.goto(url);
    const tabId = await chromium.tabIdOf(url);

    await expect.poll(() => chromium.badgeText(tabId), { timeout: 15_000 }).toBe('3');

    const popup = await chromium.openPopup(tabId);
    await popup.locator('.outlet-name').first().waitFor({ timeout: 15_000 });
    await popup.screenshot({ path: shot('chromium-popup-seed-en-light'), fullPage: true });
    const outlets = await popup.locator('.outlet-name').allTextContents();
    expect(outlets).toEqual(expect.arrayContaining(SEED_OUTLETS));
    expect(await popup.locator('.chip').allTextContents()).toEqual(SEED_TAGS);
    expect(await popup.locator('.pill').textContent()).toBe('Article');

    // Each outlet links to its homepage, opening in a new tab.
    const aj = popup.locator('.outlet-name', { hasText: 'Al Jazeera' });
    expect(await aj.getAttribute('href')).toBe('https://aljazeera.com/');
    expect(await aj.getAttribute('target')).toBe('_blank');
  });

  it('says so for a browser page it cannot read', async () => {
    const tabId = await chromium.worker.evaluate(
      async () => (await chrome.tabs.create({ url: 'chrome://version/' })).id!,
    );
    const popup = await chromium.openPopup(tabId);
    await expect
      .poll(() => popup.locator('.status-title').textContent(), { timeout: 10_000 })
      .toBe("Source Lens can't read this page");
    await popup.screenshot({ path: shot('chromium-popup-restricted-en-light'), fullPage: true });
  });

  it('does not badge a page that is not an article', async () => {
    const url = server.url('/non-article.html');
    const page = await chromium.context.newPage();
    await page.goto(url);
    const tabId = await chromium.tabIdOf(url);
    const popup = await chromium.openPopup(tabId);
    await expect.poll(() => popup.locator('.pill').textContent(), { timeout: 15_000 }).toBe('Not an article');
    expect(await chromium.badgeText(tabId)).toBe('');
  });
});
