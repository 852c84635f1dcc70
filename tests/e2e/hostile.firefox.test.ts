/**
 * Hostile pages end to end in Firefox (puppeteer over WebDriver BiDi): each page loads, the report (or a
 * clear too-large/error state) reaches the background within its budget, the
 * popup shows text and never markup or a javascript:/data: link, nothing from
 * the page runs in the page's main world (hover cards included) or in an
 * extension context, the page keeps working, and the background survives.
 * Firefox content scripts see the page through Xray wrappers: page overrides
 * of DOM methods and built-ins must not reach them.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './browsers/firefox';
import { startFixtureServer, type FixtureServer } from './server';
import { FIXTURES, shot } from './artifacts';
import { hostileRoutes, PAYLOAD_TEXT } from './hostile/pages';
import {
  auditExtensionPage, BUDGET_MS, expectCleanExtensionPage, expectSafeReport, expectTooLarge, HUGE_BUDGET_MS, pollUntil, readPageLife, settled, sleep, type TabState,
} from './hostile/checks';

type Ext = { browser: any };

describe('Firefox: hostile pages', () => {
  let server: FixtureServer;
  let firefox: FirefoxSession;
  /** An extension page to call extension APIs from (Firefox has no service worker to evaluate in). */
  let helper: Page;

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES, hostileRoutes());
    firefox = await launchFirefox();
    helper = await firefox.openExtensionPage('src/options/index.html');
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const tabIds = () => helper.evaluate(async () => ((await (globalThis as unknown as Ext).browser.tabs.query({})) as { id: number }[]).map((t) => t.id));
  const tabState = (tabId: number) =>
    helper.evaluate(async (id) => ((await (globalThis as unknown as Ext).browser.storage.session.get(`tab:${id}`)) as Record<string, TabState>)[`tab:${id}`], tabId);

  /** Opens a hostile page in a new tab; resolves with its tab id and the state the background reached within the budget. */
  async function load(path: string, budget = BUDGET_MS) {
    const before = new Set(await tabIds());
    const page = await firefox.browser.newPage();
    const url = server.url(path);
    await page.goto(url, { timeout: 60_000 });
    await page.bringToFront();
    const tabId = (await tabIds()).find((id) => !before.has(id));
    expect(tabId, 'the new tab').toBeTypeOf('number');
    const { value: state, ms, met } = await pollUntil(() => tabState(tabId!), settled, budget);
    expect(met, `no report or error within ${budget} ms (last: ${JSON.stringify(state)?.slice(0, 200)})`).toBe(true);
    return { page, url, tabId: tabId!, state: state as TabState, ms };
  }

  async function expectPageAlive(page: Page): Promise<void> {
    const a = await page.evaluate(readPageLife);
    await sleep(400);
    const b = await page.evaluate(readPageLife);
    expect(b.ticks, 'the page timer still runs').toBeGreaterThan(a.ticks);
    await page.bringToFront();
    // A real click. The body-swapping page may replace the button between mousedown and mouseup (no click
    // then, in any browser, extension or not): try again a few times.
    for (let i = 0; i < 10; i++) {
      try {
        await page.click('#live-btn');
      } catch (e) {
        if (!/detached|timeout|not clickable|no node/i.test(String(e))) throw e;
      }
      if ((await page.evaluate(readPageLife)).clicks > a.clicks) break;
    }
    // Last resort for the body-swapping page: the page's own handler, fired from the page.
    if ((await page.evaluate(readPageLife)).clicks <= a.clicks) await page.evaluate(() => document.getElementById('live-btn')?.click());
    expect((await page.evaluate(readPageLife)).clicks).toBeGreaterThan(a.clicks);
    expect(b.pwned, 'a payload ran in the page').toBe(0);
  }

  async function auditPopup(tabId: number, expectText: string) {
    const popup = await firefox.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await pollUntil(() => popup.evaluate(auditExtensionPage), (a) => a.text.includes(expectText), 8_000);
    await sleep(300);
    const audit = await popup.evaluate(auditExtensionPage);
    return { popup, audit };
  }

  async function expectExtensionAlive(): Promise<void> {
    // The background answers a real message (the helper page is one of our own pages).
    const reply = await helper.evaluate(async () => (globalThis as unknown as Ext).browser.runtime.sendMessage({ type: 'report:get', payload: { tabId: 0 } }));
    expect(reply).toEqual({ status: 'none' });
    expect(await helper.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  }

  it('markup and script in title, tags, link texts, references and names stay text everywhere', async () => {
    const { page, tabId, state } = await load('/hostile/markup.html');
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(state.report.title).toContain(PAYLOAD_TEXT);
    expect(state.report.tags.join(' ')).toContain(PAYLOAD_TEXT);
    expect(state.report.outlets.map((o) => o.name)).toEqual(expect.arrayContaining(['Reuters', 'Al Jazeera']));
    expectSafeReport(state);

    // Hover cards on a cited link whose text is a payload.
    await page.bringToFront();
    await page.hover('a[href^="https://www.reuters.com/world/europe"]');
    await sleep(1_200);
    // The card lives in a closed shadow root: what counts is that nothing in it ran (the canary below) and what it looks like.
    expect(await page.evaluate(() => document.querySelectorAll('source-lens-root').length)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: shot('firefox-hostile-markup-card') });
    await expectPageAlive(page);

    const { popup, audit } = await auditPopup(tabId, PAYLOAD_TEXT);
    expectCleanExtensionPage(audit, { payloadVisible: true });
    await popup.screenshot({ path: shot('firefox-hostile-markup-popup'), fullPage: true });
    await popup.close();
    await page.close();
    await expectExtensionAlive();
  });

  it('javascript:, data: and vbscript: URLs are never offered; bidi and zero-width tricks stay inert', async () => {
    const { page, tabId, state } = await load('/hostile/urls.html');
    expect(state.status).toBe('ready');
    expectSafeReport(state);
    await expectPageAlive(page);
    const { popup, audit } = await auditPopup(tabId, 'Reuters');
    expectCleanExtensionPage(audit);
    expect(audit.text).toContain('Reuters');
    await popup.screenshot({ path: shot('firefox-hostile-urls-popup'), fullPage: true });
    await popup.close();
    await page.close();
    await expectExtensionAlive();
  });

  it.each([
    ['10 MB of text', '/hostile/huge-text.html'],
    ['100,000 links', '/hostile/many-links.html'],
  ])('%s: stops with "too large" within its budget, the page keeps working', async (_, path) => {
    const { page, tabId, state, ms } = await load(path, HUGE_BUDGET_MS);
    expectTooLarge(state);
    expect(ms).toBeLessThan(HUGE_BUDGET_MS);
    await expectPageAlive(page);
    const tooLarge = state.status === 'ready';
    const { popup, audit } = await auditPopup(tabId, tooLarge ? 'only its first part' : 'error');
    expectCleanExtensionPage(audit);
    if (tooLarge) expect(audit.text).toContain('only its first part was analyzed');
    await popup.screenshot({ path: shot(`firefox-hostile-${path.slice(9, -5)}-popup`), fullPage: true });
    await popup.close();
    await page.close();
    await expectExtensionAlive();
  });

  it('5,000 levels of nesting are read to the bottom', async () => {
    const { page, state } = await load('/hostile/deep.html');
    expect(await page.evaluate(() => (window as unknown as { __depth: number }).__depth)).toBe(5000);
    expect(state.status).toBe('ready');
    if (state.status === 'ready') {
      expect(state.report.status).toBe('complete');
      expect(state.report.mentions.length).toBeGreaterThanOrEqual(2);
    }
    await expectPageAlive(page);
    await page.close();
    await expectExtensionAlive();
  });

  it('a page that sabotages DOM methods and built-ins cannot change the analysis (isolated world)', async () => {
    const { page, state } = await load('/hostile/overrides.html');
    expect(await page.evaluate(() => (window as unknown as { __overridden: boolean }).__overridden)).toBe(true);
    expect(state.status).toBe('ready');
    if (state.status === 'ready') {
      expect(state.report.title).toBe('Sabotage: Reuters berichtet trotzdem');
      expect(state.report.isArticle).toBe(true);
      expect(state.report.links.map((l) => l.url)).toContain('https://www.reuters.com/world/sabotage/');
      expect(state.report.mentions.length).toBeGreaterThanOrEqual(2);
    }
    await expectPageAlive(page);
    await page.close();
    await expectExtensionAlive();
  });

  it('a body replaced every 50 ms: analysis settles, the page is not starved', async () => {
    const { page, state } = await load('/hostile/body-swap.html');
    expect(state.status).toBe('ready');
    const counters = () => page.evaluate(() => ({ __ticks: (window as unknown as { __ticks: number }).__ticks, __swaps: (window as unknown as { __swaps: number }).__swaps }));
    const a = await counters();
    await sleep(2_000);
    const b = await counters();
    // 40 ticks and 40 swaps are due in 2 s; allow for a slow machine, not for a hung page.
    expect(b.__ticks - a.__ticks).toBeGreaterThan(15);
    expect(b.__swaps - a.__swaps).toBeGreaterThan(15);
    await expectPageAlive(page);
    await page.close();
    await expectExtensionAlive();
  });

  it('forged messages from the page are ignored', async () => {
    const { page, url, tabId, state } = await load(`/hostile/messages.html?ext=${firefox.base.slice(16, -1)}`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __sent: number }).__sent), { timeout: 10_000 }).toBe(2);
    await sleep(500);
    const attempts = await page.evaluate(() => (window as unknown as { __attempts: string[] }).__attempts);
    // No page can reach the extension: no externally_connectable, so runtime is not even there.
    expect(attempts.filter((a) => /reply/.test(a))).toEqual([]);
    const final = await tabState(tabId);
    expect(final?.status).toBe('ready');
    if (final?.status === 'ready') {
      expect(final.report.url).toBe(url);
      expect(final.report.title).toBe('Gefälschte Nachrichten an die Erweiterung');
    }
    expect(state.status).toBe('ready');
    const all = await helper.evaluate(async () => JSON.stringify(await (globalThis as unknown as Ext).browser.storage.session.get(null)));
    expect(all).not.toContain('FORGED');
    await expectPageAlive(page);
    await page.close();
    await expectExtensionAlive();
  });
});
