import { describe, expect, it } from 'vitest';
import { launchChromium } from './browsers/chromium';
import { withFixtureBrowser } from './browsers/with-fixtures';
import { SEED_OUTLETS, SEED_TAGS, shot } from './artifacts';

describe('Chromium: the seed article end to end', () => {
  const env = withFixtureBrowser(launchChromium);

  it('analyzes the page, badges 3 outlets and lists outlets and tags in the popup', async () => {
    const url = env.server.url('/article.html');
    const page = await env.session.context.newPage();
    await page.goto(url);
    const tabId = await env.session.tabIdOf(url);

    await expect.poll(() => env.session.badgeText(tabId), { timeout: 15_000 }).toBe('3');

    const popup = await env.session.openPopup(tabId);
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
    const tabId = await env.session.worker.evaluate(
      async () => (await chrome.tabs.create({ url: 'chrome://version/' })).id!,
    );
    const popup = await env.session.openPopup(tabId);
    await expect
      .poll(() => popup.locator('.status-title').textContent(), { timeout: 10_000 })
      .toBe("Source Lens can't read this page");
    await popup.screenshot({ path: shot('chromium-popup-restricted-en-light'), fullPage: true });
  });

  it('does not badge a page that is not an article', async () => {
    const url = env.server.url('/non-article.html');
    const page = await env.session.context.newPage();
    await page.goto(url);
    const tabId = await env.session.tabIdOf(url);
    const popup = await env.session.openPopup(tabId);
    await expect.poll(() => popup.locator('.pill').textContent(), { timeout: 15_000 }).toBe('Not an article');
    expect(await env.session.badgeText(tabId)).toBe('');
  });
});
