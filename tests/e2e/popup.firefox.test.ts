import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from '../../tools/browsers/firefox';
import { germanLanguagePackMissing } from '../../tools/browsers/paths';
import { axeScan, seriousOnly } from '../../tools/browsers/popup-chromium';
import { startFixtureServer, type FixtureServer } from '../../tools/server';
import { FIXTURES, SEED_OUTLETS, SEED_TAGS, shot } from './artifacts';

const texts = (page: Page, sel: string) => page.$$eval(sel, (els) => els.map((e) => e.textContent?.trim() ?? ''));

describe('Firefox popup', () => {
  let server: FixtureServer;
  let firefox: FirefoxSession | undefined;

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES);
  });
  afterEach(async () => {
    await firefox?.close();
    firefox = undefined;
  });
  afterAll(async () => {
    await server?.close();
  });

  async function seedPopup(lang: string, dark: boolean): Promise<Page> {
    firefox = await launchFirefox({ lang, dark });
    const url = server.url('/article.html');
    const page = await firefox.browser.newPage();
    await page.goto(url);
    await page.bringToFront();
    const tabId = await firefox.tabIdOf(url);
    const popup = await firefox.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('.outlet-name', { timeout: 20_000 });
    return popup;
  }

  it.each([
    ['en-US', 'light'],
    ['en-US', 'dark'],
    ['de', 'light'],
    ['de', 'dark'],
  ])('the seed report in %s, %s', async (lang, theme) => {
    const german = lang === 'de';
    if (german) expect(germanLanguagePackMissing('firefox')).toBeNull();
    const popup = await seedPopup(lang, theme === 'dark');
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(theme === 'dark');
    expect(await texts(popup, '.outlet-name')).toEqual(expect.arrayContaining(SEED_OUTLETS));
    expect(await texts(popup, '.chip')).toEqual(SEED_TAGS);
    expect(await popup.$eval('#breakdown-h', (e) => e.textContent)).toBe(
      german ? 'Worauf er sich stützt' : 'What it rests on',
    );
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(german ? /^de/ : /^en/);
    expect(await popup.evaluate(() => document.body.scrollWidth)).toBeLessThanOrEqual(380);
    await popup.screenshot({ path: shot(`firefox-popup-seed-${german ? 'de' : 'en'}-${theme}`), fullPage: true });
    const serious = seriousOnly(await axeScan(popup));
    expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
  });

  it('switches the breakdown by keyboard and shows flags by country', async () => {
    const popup = await seedPopup('en-US', false);
    await popup.focus('input[value=category]');
    await popup.keyboard.press('ArrowRight');
    await popup.waitForFunction(() => (document.querySelector('input[value=country]') as HTMLInputElement).checked);
    expect(await texts(popup, '.legend .legend-flag')).toEqual(expect.arrayContaining(['QA']));
  });
});
