import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../../tools/browsers/firefox';
import { startFixtureServer, type FixtureServer } from '../../tools/server';
import { FIXTURES } from './artifacts';

/** As hidden-style.chromium.test.ts: the background's copy knows what the live page's stylesheet hides. */
describe('Firefox: text a stylesheet hides is no attribution', () => {
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

  it('lists the visible attribution only', async () => {
    const url = server.url('/hidden-by-style.html');
    const page = await firefox.browser.newPage();
    await page.goto(url);
    await page.bringToFront();
    const tabId = await firefox.tabIdOf(url);
    const popup = await firefox.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('.outlet-name', { timeout: 20_000 });
    const outlets = await popup.$$eval('.outlet-name', (els) => els.map((e) => e.textContent ?? ''));
    expect(outlets).toContain('Reuters');
    expect(outlets).not.toContain('The New York Times');
    expect(outlets.join(' ')).not.toMatch(/BBC/);
  });
});
