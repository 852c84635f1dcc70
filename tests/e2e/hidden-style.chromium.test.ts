import { describe, expect, it } from 'vitest';
import { launchChromium } from './browsers/chromium';
import { withFixtureBrowser } from './browsers/with-fixtures';

/**
 * The analysis runs in the background on a copy of the page, where no
 * stylesheet applies: the content script must tell it which containers the
 * live page hides (content/snapshot.ts), or hidden text would count again.
 */
describe('Chromium: text a stylesheet hides is no attribution', () => {
  const env = withFixtureBrowser(launchChromium);

  it('lists the visible attribution only', async () => {
    const url = env.server.url('/hidden-by-style.html');
    const page = await env.session.context.newPage();
    await page.goto(url);
    const tabId = await env.session.tabIdOf(url);
    const popup = await env.session.openPopup(tabId);
    await popup.locator('.outlet-name').first().waitFor({ timeout: 15_000 });
    const outlets = await popup.locator('.outlet-name').allTextContents();
    expect(outlets).toContain('Reuters');
    expect(outlets).not.toContain('The New York Times');
    expect(outlets.join(' ')).not.toMatch(/BBC/);
  });
});
