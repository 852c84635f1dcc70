import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './browsers/chromium';
import { startFixtureServer, type FixtureServer } from '../../tools/server';
import { FIXTURES } from './artifacts';

/**
 * The analysis runs in the background on a copy of the page, where no
 * stylesheet applies: the content script must tell it which containers the
 * live page hides (content/snapshot.ts), or hidden text would count again.
 */
describe('Chromium: text a stylesheet hides is no attribution', () => {
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

  it('lists the visible attribution only', async () => {
    const url = server.url('/hidden-by-style.html');
    const page = await chromium.context.newPage();
    await page.goto(url);
    const tabId = await chromium.tabIdOf(url);
    const popup = await chromium.openPopup(tabId);
    await popup.locator('.outlet-name').first().waitFor({ timeout: 15_000 });
    const outlets = await popup.locator('.outlet-name').allTextContents();
    expect(outlets).toContain('Reuters');
    expect(outlets).not.toContain('The New York Times');
    expect(outlets.join(' ')).not.toMatch(/BBC/);
  });
});
