import { describe, expect, it } from 'vitest';
import { launchFirefox } from '../../tools/browsers/firefox';
import { withFixtureBrowser } from './browsers/with-fixtures';

/** As hidden-style.chromium.test.ts: the background's copy knows what the live page's stylesheet hides. */
describe('Firefox: text a stylesheet hides is no attribution', () => {
  const env = withFixtureBrowser(launchFirefox);

  it('lists the visible attribution only', async () => {
    const url = env.server.url('/hidden-by-style.html');
    const page = await env.session.browser.newPage();
    await page.goto(url);
    await page.bringToFront();
    const tabId = await env.session.tabIdOf(url);
    const popup = await env.session.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('.outlet-name', { timeout: 20_000 });
    const outlets = await popup.$$eval('.outlet-name', (els) => els.map((e) => e.textContent ?? ''));
    expect(outlets).toContain('Reuters');
    expect(outlets).not.toContain('The New York Times');
    expect(outlets.join(' ')).not.toMatch(/BBC/);
  });
});
