/**
 * Hostile pages end to end in Chromium: each page loads, the report (or a
 * clear too-large/error state) reaches the background within its budget, the
 * popup shows text and never markup or a javascript:/data: link, nothing from
 * the page runs in the page's main world (hover cards included) or in an
 * extension context, the page keeps working, and the service worker survives.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './browsers/chromium';
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

type Chrome = { chrome: any };

describe('Chromium: hostile pages', () => {
  let server: FixtureServer;
  let chromium: ChromiumSession;

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES, hostileRoutes());
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  const tabIds = () =>
    chromium.worker.evaluate(async () =>
      ((await (globalThis as unknown as Chrome).chrome.tabs.query({})) as { id: number }[]).map((t) => t.id),
    );
  const tabState = (tabId: number) =>
    chromium.worker.evaluate(
      async (id) =>
        ((await (globalThis as unknown as Chrome).chrome.storage.session.get(`tab:${id}`)) as Record<string, TabState>)[
          `tab:${id}`
        ],
      tabId,
    );

  /** Opens a hostile page in a new tab; resolves with its tab id and the state the background reached within the budget. */
  async function load(path: string, budget = BUDGET_MS) {
    const before = new Set(await tabIds());
    const page = await chromium.context.newPage();
    const url = server.url(path);
    await page.goto(url, { timeout: 60_000 });
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
    // A real click. The body-swapping page may replace the button between mousedown and mouseup (no click
    // then, in any browser, extension or not): try again a few times.
    for (let i = 0; i < 10; i++) {
      // A button swapped away mid-click times out or detaches: that is the page's doing, try again.
      await page.click('#live-btn', { timeout: 1_500 }).catch(() => {});
      if ((await page.evaluate(readPageLife)).clicks > a.clicks) break;
    }
    // Last resort for the body-swapping page: the page's own handler, fired from the page.
    if ((await page.evaluate(readPageLife)).clicks <= a.clicks)
      await page.evaluate(() => document.getElementById('live-btn')?.click());
    expect((await page.evaluate(readPageLife)).clicks).toBeGreaterThan(a.clicks);
    expect(b.pwned, 'a payload ran in the page').toBe(0);
  }

  async function auditPopup(tabId: number, expectText: string) {
    const popup = await chromium.openPopup(tabId);
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
    expect(await chromium.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.runtime.id)).toBe(
      chromium.extensionId,
    );
    expect(
      await chromium.worker.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned),
    ).toBeUndefined();
  }

  /** Everything inside the hover card host, closed shadow root included (CDP pierces it). */
  async function hoverHostNodes(page: Page): Promise<{ tags: string[]; handlers: string[]; text: string }> {
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    await cdp.detach();
    type N = {
      nodeName: string;
      nodeType: number;
      nodeValue?: string;
      attributes?: string[];
      children?: N[];
      shadowRoots?: N[];
    };
    const out = { tags: [] as string[], handlers: [] as string[], text: '' };
    // Our host: the nameless <div> directly under <html>.
    const walk = (n: N, inside: boolean, parent = '') => {
      const here = inside || (n.nodeName === 'DIV' && parent === 'HTML');
      if (here) {
        if (n.nodeType === 1) out.tags.push(n.nodeName);
        if (n.nodeType === 3) out.text += n.nodeValue ?? '';
        for (let i = 0; i < (n.attributes ?? []).length; i += 2)
          if (/^on/i.test(n.attributes![i])) out.handlers.push(`${n.nodeName} ${n.attributes![i]}`);
      }
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c, here, n.nodeName);
    };
    walk(root, false);
    return out;
  }

  const harness: HostileHarness<Page> = {
    browser: 'chromium',
    load,
    auditPopup,
    expectPageAlive,
    expectExtensionAlive,
  };

  it('markup and script in title, tags, link texts, references and names stay text everywhere', async () => {
    const { page, tabId } = await startMarkupCase(harness, PAYLOAD_TEXT);
    const host = await hoverHostNodes(page);
    expect(host.handlers).toEqual([]);
    expect(host.tags.filter((t) => ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(t))).toEqual([]);
    expect(host.text).toContain('Reuters');
    await finishMarkupCase(harness, page, tabId, PAYLOAD_TEXT);
  });

  sharedHostileCases(harness);

  it('forged messages from the page are ignored', async () => {
    const { page, url, tabId, state } = await load(`/hostile/messages.html?ext=${chromium.extensionId}`);
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
    const all = await chromium.worker.evaluate(async () =>
      JSON.stringify(await (globalThis as unknown as Chrome).chrome.storage.session.get(null)),
    );
    expect(all).not.toContain('FORGED');
    await expectPageAlive(page);
    await page.close();
    await expectExtensionAlive();
  });
});
