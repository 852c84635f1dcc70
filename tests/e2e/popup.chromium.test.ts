import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { axeScan, launchPopupChromium, seriousOnly, type PopupChromium } from '../../tools/browsers/popup-chromium';
import { nothingCitedPage } from './browsers/popup-pages';
import { germanLanguagePackMissing } from '../../tools/browsers/paths';
import { startFixtureServer, type FixtureServer } from '../../tools/server';
import { FIXTURES, SEED_OUTLETS, SEED_TAGS, shot } from './artifacts';

const texts = (page: Page, sel: string) => page.$$eval(sel, (els) => els.map((e) => e.textContent?.trim() ?? ''));

async function expectAccessible(page: Page) {
  const serious = seriousOnly(await axeScan(page));
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
}

describe('Chromium popup, English', () => {
  let server: FixtureServer;
  let c: PopupChromium;
  let seedUrl: string;
  let seedTab: number;

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES, { '/nothing-cited.html': nothingCitedPage });
    c = await launchPopupChromium({ lang: 'en-US' });
    seedUrl = server.url('/article.html');
    await c.openArticle(seedUrl);
    seedTab = await c.tabIdOf(seedUrl);
  });
  afterAll(async () => {
    await c?.close();
    await server?.close();
  });

  it('the real toolbar popup answers "what does this article rest on?"', async () => {
    const popup = await c.openToolbarPopup();
    await popup.waitForSelector('.outlet-name', { timeout: 15_000 });
    expect(await texts(popup, '.outlet-name')).toEqual(expect.arrayContaining(SEED_OUTLETS));
    expect(await texts(popup, '.chip')).toEqual(SEED_TAGS);
    expect(await popup.$eval('.pill', (e) => e.textContent)).toContain('Article');
    expect(await popup.$eval('#breakdown-h', (e) => e.textContent)).toBe('What it rests on');
    // The page declares Web 15 / Social 194 / Foren 38.
    expect(await texts(popup, '.declared-nums')).toEqual([
      'declares 15, names 3',
      'declares 194, names 0',
      'declares 38, names 0',
    ]);
    const aj = await popup.$eval('[data-outlet="Al Jazeera"] a.outlet-name', (a) => [a.href, a.target]);
    expect(aj).toEqual(['https://aljazeera.com/', '_blank']);
    expect(await popup.evaluate(() => document.body.scrollWidth)).toBeLessThanOrEqual(380);
    await popup.screenshot({ path: shot('chromium-toolbar-popup-seed-en-light') });
    await expectAccessible(popup);
    await popup.close();
  });

  it('"show in page" scrolls the article to the citation', async () => {
    const article = (await c.browser.pages()).find((p) => p.url() === seedUrl)!;
    await article.bringToFront();
    // A short window, so the citation lies below the fold.
    await article.setViewport({ width: 900, height: 320 });
    await article.evaluate(() => window.scrollTo(0, 0));
    // The toolbar popup: the article stays the visible tab, as it does for a person.
    const popup = await c.openToolbarPopup();
    await popup.waitForSelector('[data-outlet="Newsweek"] button.reveal', { timeout: 15_000 });
    await popup.click('[data-outlet="The New York Times"] button.reveal');
    await expect.poll(() => article.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await popup.$('[data-outlet="The New York Times"] .reveal-missed')).toBeNull();
    await popup.close();
    await article.setViewport({ width: 1100, height: 800 });
  });

  it('works by keyboard alone: every control is reached with Tab, and Enter copies the export', async () => {
    const popup = await c.openPopupTab(seedTab);
    await popup.waitForSelector('.outlet-name', { timeout: 15_000 });
    // Extension origins cannot be granted clipboard-read: record what the popup writes, then let the real call run.
    await popup.evaluate(() => {
      const real = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        (window as any).__copied = text;
        return real(text);
      };
    });
    const reached: string[] = [];
    for (let i = 0; i < 60; i++) {
      await popup.keyboard.press('Tab');
      const id = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return '';
        return `${el.tagName.toLowerCase()}.${el.className}|${el.textContent?.trim().slice(0, 30)}`;
      });
      if (reached.includes(id)) break;
      reached.push(id);
    }
    const has = (re: RegExp) => reached.some((r) => re.test(r));
    expect(has(/^summary.*Why\?/)).toBe(true);
    expect(has(/^input\./)).toBe(true);
    expect(has(/^a\.outlet-name\|Al Jazeera/)).toBe(true);
    expect(has(/^button\.reveal/)).toBe(true);
    expect(has(/^select/)).toBe(true);
    expect(has(/^button.*\|Copy/)).toBe(true);
    expect(has(/^button.*\|Download/)).toBe(true);
    expect(has(/^summary.*Details/)).toBe(true);

    // Arrow keys switch the breakdown view (native radio group).
    await popup.focus('input[value=category]');
    await popup.keyboard.press('ArrowRight');
    expect(await popup.$eval('input[value=country]', (e) => e.checked)).toBe(true);
    expect(await texts(popup, '.legend .legend-flag')).toEqual(expect.arrayContaining(['QA']));

    // The export, chosen and copied by keyboard.
    await popup.focus('#export-format');
    await popup.select('#export-format', 'csv');
    const copy = (await popup.$$('button.button-quiet'))[0];
    await copy.focus();
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => document.querySelector('.feedback')?.textContent?.includes('Copied'), {
      timeout: 5_000,
    });
    const clip: string = await popup.evaluate(() => (window as any).__copied);
    expect(clip.split('\r\n')[0]).toMatch(/^outlet,domain,country/);
    expect(clip).toContain('Al Jazeera');
    await popup.close();
  });

  it.each([
    ['light', false],
    ['dark', true],
  ])('seed report, %s: screenshot and axe', async (theme, dark) => {
    const popup = await c.openPopupTab(seedTab, { dark });
    await popup.waitForSelector('.outlet-name', { timeout: 15_000 });
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(dark);
    await popup.screenshot({ path: shot(`chromium-popup-seed-en-${theme}`), fullPage: true });
    await expectAccessible(popup);
    // The same with the reasons and details open and the breakdown by country.
    await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await popup.click('input[value=country]');
    await popup.screenshot({ path: shot(`chromium-popup-seed-en-${theme}-open`), fullPage: true });
    await popup.close();
  });

  it('a page that is not an article: says so and offers the links', async () => {
    const url = server.url('/non-article.html');
    await c.openArticle(url);
    const tabId = await c.tabIdOf(url);
    const popup = await c.openPopupTab(tabId);
    await popup.waitForSelector('[data-state=not-article]', { timeout: 15_000 });
    expect(await popup.$eval('.pill', (e) => e.textContent)).toContain('Not an article');
    await popup.screenshot({ path: shot('chromium-popup-not-article-en-light'), fullPage: true });
    await expectAccessible(popup);
    // "Find the sources anyway": the full analysis, its links collapsed under the verdict.
    await popup.click('[data-state=not-article] button');
    await popup.waitForSelector('.report[data-status=complete]', { timeout: 15_000 });
    await popup.evaluate(() => document.querySelector('details.collapsed-sources')?.setAttribute('open', ''));
    await popup.screenshot({ path: shot('chromium-popup-not-article-analyzed-en-light'), fullPage: true });
    expect(await popup.$eval('.pill', (e) => e.textContent)).toContain('Not an article');
    await expectAccessible(popup);
    await popup.close();
  });

  it('an article that cites nothing: says so', async () => {
    const url = server.url('/nothing-cited.html');
    await c.openArticle(url);
    const tabId = await c.tabIdOf(url);
    const popup = await c.openPopupTab(tabId, { dark: true });
    await popup.waitForSelector('[data-state=nothing-cited]', { timeout: 15_000 });
    await popup.screenshot({ path: shot('chromium-popup-nothing-cited-en-dark'), fullPage: true });
    expect(await popup.$eval('[data-state=nothing-cited]', (e) => e.textContent)).toContain('No sources named');
    await expectAccessible(popup);
    await popup.close();
  });

  it('a browser page: the restricted state', async () => {
    const tabId = await c.worker.evaluate(
      async () => (await (globalThis as any).chrome.tabs.create({ url: 'chrome://version/' })).id as number,
    );
    const popup = await c.openPopupTab(tabId);
    await popup.waitForSelector('[data-state=restricted]', { timeout: 15_000 });
    expect(await popup.$eval('.status-title', (e) => e.textContent)).toBe("Source Lens can't read this page");
    await popup.screenshot({ path: shot('chromium-popup-restricted-en-light'), fullPage: true });
    await expectAccessible(popup);
    await popup.close();
  });
});

describe('Chromium popup, German', () => {
  let server: FixtureServer;
  let c: PopupChromium;

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES);
    c = await launchPopupChromium({ lang: 'de' });
  });
  afterAll(async () => {
    await c?.close();
    await server?.close();
  });

  it.each([
    ['light', false],
    ['dark', true],
  ])('follows the browser language, %s', async (theme, dark) => {
    expect(germanLanguagePackMissing('chromium')).toBeNull();
    const url = server.url('/article.html');
    await c.openArticle(url);
    const tabId = await c.tabIdOf(url);
    const popup = await c.openPopupTab(tabId, { dark });
    await popup.waitForSelector('.outlet-name', { timeout: 15_000 });
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
    expect(await popup.$eval('#breakdown-h', (e) => e.textContent)).toBe('Worauf er sich stützt');
    expect(await popup.$eval('.pill', (e) => e.textContent)).toContain('Artikel');
    await popup.screenshot({ path: shot(`chromium-popup-seed-de-${theme}`), fullPage: true });
    await expectAccessible(popup);
    await popup.close();
  });
});
