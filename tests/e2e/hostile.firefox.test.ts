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
import { launchFirefox, type FirefoxSession } from '../../tools/browsers/firefox';
import { startFixtureServer, type FixtureServer } from '../../tools/server';
import { FIXTURES } from './artifacts';
import { hostileRoutes, PAYLOAD_TEXT } from './hostile/pages';
import { finishMarkupCase, startMarkupCase, sharedHostileCases, type HostileHarness } from './hostile/shared-cases';
import {
  auditExtensionPage,
  BUDGET_MS,
  pollUntil,
  readPageLife,
  settled,
  sleep,
  type TabState,
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

  const tabIds = () =>
    helper.evaluate(async () =>
      ((await (globalThis as unknown as Ext).browser.tabs.query({})) as { id: number }[]).map((t) => t.id),
    );
  const tabState = (tabId: number) =>
    helper.evaluate(
      async (id) =>
        ((await (globalThis as unknown as Ext).browser.storage.session.get(`tab:${id}`)) as Record<string, TabState>)[
          `tab:${id}`
        ],
      tabId,
    );

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
    return { page, url, tabId: tabId!, state: state, ms };
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
    if ((await page.evaluate(readPageLife)).clicks <= a.clicks)
      await page.evaluate(() => document.getElementById('live-btn')?.click());
    expect((await page.evaluate(readPageLife)).clicks).toBeGreaterThan(a.clicks);
    expect(b.pwned, 'a payload ran in the page').toBe(0);
  }

  async function auditPopup(tabId: number, expectText: string) {
    const popup = await firefox.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await pollUntil(
      () => popup.evaluate(auditExtensionPage),
      (a) => a.text.includes(expectText),
      8_000,
    );
    await sleep(300);
    const audit = await popup.evaluate(auditExtensionPage);
    return { popup, audit };
  }

  async function expectExtensionAlive(): Promise<void> {
    // The background answers a real message (the helper page is one of our own pages).
    const reply = await helper.evaluate(async () =>
      (globalThis as unknown as Ext).browser.runtime.sendMessage({ type: 'report:get', payload: { tabId: 0 } }),
    );
    expect(reply).toEqual({ status: 'none' });
    expect(await helper.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  }

  const harness: HostileHarness<Page> = { browser: 'firefox', load, auditPopup, expectPageAlive, expectExtensionAlive };

  it('markup and script in title, tags, link texts, references and names stay text everywhere', async () => {
    const { page, tabId } = await startMarkupCase(harness, PAYLOAD_TEXT);
    // The card lives in a closed shadow root: what counts is that nothing in it ran (the canary below) and what it looks like.
    expect(await page.evaluate(() => document.querySelectorAll('html > div').length)).toBeLessThanOrEqual(1);
    await finishMarkupCase(harness, page, tabId, PAYLOAD_TEXT);
  });

  sharedHostileCases(harness);

  it('forged messages from the page are ignored', async () => {
    const { page, url, tabId, state } = await load(`/hostile/messages.html?ext=${firefox.base.slice(16, -1)}`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __sent: number }).__sent), { timeout: 10_000 })
      .toBe(2);
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
    const all = await helper.evaluate(async () =>
      JSON.stringify(await (globalThis as unknown as Ext).browser.storage.session.get(null)),
    );
    expect(all).not.toContain('FORGED');
    await expectPageAlive(page);
    await page.close();
    await expectExtensionAlive();
  });
});
