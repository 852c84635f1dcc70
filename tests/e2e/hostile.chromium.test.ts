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
import { startFixtureServer, type FixtureServer } from './server';
import { FIXTURES, shot } from './artifacts';
import { hostileRoutes, PAYLOAD_TEXT } from './hostile/pages';
import {
  auditExtensionPage, BUDGET_MS, expectCleanExtensionPage, expectSafeReport, expectTooLarge, HUGE_BUDGET_MS, pollUntil, readPageLife, settled, sleep, type TabState,
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

  const tabIds = () => chromium.worker.evaluate(async () => ((await (globalThis as unknown as Chrome).chrome.tabs.query({})) as { id: number }[]).map((t) => t.id));
  const tabState = (tabId: number) =>
    chromium.worker.evaluate(async (id) => ((await (globalThis as unknown as Chrome).chrome.storage.session.get(`tab:${id}`)) as Record<string, TabState>)[`tab:${id}`], tabId);

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
    return { page, url, tabId: tabId!, state: state as TabState, ms };
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
    if ((await page.evaluate(readPageLife)).clicks <= a.clicks) await page.evaluate(() => document.getElementById('live-btn')?.click());
    expect((await page.evaluate(readPageLife)).clicks).toBeGreaterThan(a.clicks);
    expect(b.pwned, 'a payload ran in the page').toBe(0);
  }

  async function auditPopup(tabId: number, expectText: string) {
    const popup = await chromium.openPopup(tabId);
    await pollUntil(() => popup.evaluate(auditExtensionPage), (a) => a.text.includes(expectText), 8_000);
    await sleep(300);
    const audit = await popup.evaluate(auditExtensionPage);
    return { popup, audit };
  }

  async function expectExtensionAlive(): Promise<void> {
    expect(await chromium.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.runtime.id)).toBe(chromium.extensionId);
    expect(await chromium.worker.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  }

  /** Everything inside the hover card host, closed shadow root included (CDP pierces it). */
  async function hoverHostNodes(page: Page): Promise<{ tags: string[]; handlers: string[]; text: string }> {
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    await cdp.detach();
    type N = { nodeName: string; nodeType: number; nodeValue?: string; attributes?: string[]; children?: N[]; shadowRoots?: N[] };
    const out = { tags: [] as string[], handlers: [] as string[], text: '' };
    const walk = (n: N, inside: boolean) => {
      const here = inside || n.nodeName === 'SOURCE-LENS-ROOT';
      if (here) {
        if (n.nodeType === 1) out.tags.push(n.nodeName);
        if (n.nodeType === 3) out.text += n.nodeValue ?? '';
        for (let i = 0; i < (n.attributes ?? []).length; i += 2) if (/^on/i.test(n.attributes![i])) out.handlers.push(`${n.nodeName} ${n.attributes![i]}`);
      }
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c, here);
    };
    walk(root as N, false);
    return out;
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
    const host = await hoverHostNodes(page);
    expect(host.handlers).toEqual([]);
    expect(host.tags.filter((t) => ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(t))).toEqual([]);
    expect(host.text).toContain('Reuters');
    await page.screenshot({ path: shot('chromium-hostile-markup-card') });
    await expectPageAlive(page);

    const { popup, audit } = await auditPopup(tabId, PAYLOAD_TEXT);
    expectCleanExtensionPage(audit, { payloadVisible: true });
    await popup.screenshot({ path: shot('chromium-hostile-markup-popup'), fullPage: true });
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
    await popup.screenshot({ path: shot('chromium-hostile-urls-popup'), fullPage: true });
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
    await popup.screenshot({ path: shot(`chromium-hostile-${path.slice(9, -5)}-popup`), fullPage: true });
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
    const { page, url, tabId, state } = await load(`/hostile/messages.html?ext=${chromium.extensionId}`);
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
    const all = await chromium.worker.evaluate(async () => JSON.stringify(await (globalThis as unknown as Chrome).chrome.storage.session.get(null)));
    expect(all).not.toContain('FORGED');
    await expectPageAlive(page);
    await page.close();
    await expectExtensionAlive();
  });
});
