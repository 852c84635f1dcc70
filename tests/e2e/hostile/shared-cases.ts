/**
 * The hostile-page cases that read the same in every browser. Each browser's
 * test file supplies a harness (how to open a page, audit the popup, and tell
 * that page and extension are alive) and keeps only what differs: how it looks
 * inside the closed hover-card root, and how it reaches the extension's storage.
 */
import { expect, it } from 'vitest';
import { shot } from '../artifacts';
import {
  expectCleanExtensionPage,
  expectSafeReport,
  expectTooLarge,
  HUGE_BUDGET_MS,
  sleep,
  type PopupAudit,
  type TabState,
} from './checks';

/** What both Playwright's and Puppeteer's pages offer, as far as these cases use it. */
export interface PageLike {
  evaluate: (fn: () => unknown) => Promise<unknown>;
  bringToFront: () => Promise<void>;
  hover: (selector: string) => Promise<void>;
  screenshot: (opts: { path: string; fullPage?: boolean }) => Promise<unknown>;
  close: () => Promise<void>;
}

/** P: the automation library's page type (Playwright in Chromium, Puppeteer in Firefox). */
export interface HostileHarness<P extends PageLike> {
  browser: 'chromium' | 'firefox';
  load: (
    path: string,
    budget?: number,
  ) => Promise<{ page: P; url: string; tabId: number; state: TabState; ms: number }>;
  auditPopup: (tabId: number, expectText: string) => Promise<{ popup: PageLike; audit: PopupAudit }>;
  expectPageAlive: (page: P) => Promise<void>;
  expectExtensionAlive: () => Promise<void>;
}

const pageValue = <T>(page: PageLike, read: () => T) => page.evaluate(read) as Promise<T>;

/**
 * The start of the markup case: payloads in title, tags, link texts, references and names stay text in the
 * report, and a hover card opens over a cited link whose text is a payload. The browser's own test then
 * inspects the card and calls finishMarkupCase.
 */
export async function startMarkupCase<P extends PageLike>(
  h: HostileHarness<P>,
  payload: string,
): Promise<{ page: P; tabId: number }> {
  const { page, tabId, state } = await h.load('/hostile/markup.html');
  expect(state.status).toBe('ready');
  if (state.status === 'ready') {
    expect(state.report.title).toContain(payload);
    expect(state.report.tags.join(' ')).toContain(payload);
    expect(state.report.outlets.map((o) => o.name)).toEqual(expect.arrayContaining(['Reuters', 'Al Jazeera']));
  }
  expectSafeReport(state);
  await page.bringToFront();
  await page.hover('a[href^="https://www.reuters.com/world/europe"]');
  await sleep(1_200);
  return { page, tabId };
}

/** The end of the markup case, once the browser's own test has inspected the hover card. */
export async function finishMarkupCase<P extends PageLike>(
  h: HostileHarness<P>,
  page: P,
  tabId: number,
  payload: string,
): Promise<void> {
  await page.screenshot({ path: shot(`${h.browser}-hostile-markup-card`) });
  await h.expectPageAlive(page);
  const { popup, audit } = await h.auditPopup(tabId, payload);
  expectCleanExtensionPage(audit, { payloadVisible: true });
  await popup.screenshot({ path: shot(`${h.browser}-hostile-markup-popup`), fullPage: true });
  await popup.close();
  await page.close();
  await h.expectExtensionAlive();
}

export function sharedHostileCases<P extends PageLike>(h: HostileHarness<P>): void {
  it('javascript:, data: and vbscript: URLs are never offered; bidi and zero-width tricks stay inert', async () => {
    const { page, tabId, state } = await h.load('/hostile/urls.html');
    expect(state.status).toBe('ready');
    expectSafeReport(state);
    await h.expectPageAlive(page);
    const { popup, audit } = await h.auditPopup(tabId, 'Reuters');
    expectCleanExtensionPage(audit);
    expect(audit.text).toContain('Reuters');
    await popup.screenshot({ path: shot(`${h.browser}-hostile-urls-popup`), fullPage: true });
    await popup.close();
    await page.close();
    await h.expectExtensionAlive();
  });

  it.each([
    ['10 MB of text', '/hostile/huge-text.html'],
    ['100,000 links', '/hostile/many-links.html'],
  ])('%s: stops with "too large" within its budget, the page keeps working', async (_, path) => {
    const { page, tabId, state, ms } = await h.load(path, HUGE_BUDGET_MS);
    expectTooLarge(state);
    expect(ms).toBeLessThan(HUGE_BUDGET_MS);
    await h.expectPageAlive(page);
    const tooLarge = state.status === 'ready';
    const { popup, audit } = await h.auditPopup(tabId, tooLarge ? 'only its first part' : 'error');
    expectCleanExtensionPage(audit);
    if (tooLarge) expect(audit.text).toContain('only its first part was analyzed');
    await popup.screenshot({ path: shot(`${h.browser}-hostile-${path.slice(9, -5)}-popup`), fullPage: true });
    await popup.close();
    await page.close();
    await h.expectExtensionAlive();
  });

  it('5,000 levels of nesting are read to the bottom', async () => {
    const { page, state } = await h.load('/hostile/deep.html');
    expect(await pageValue(page, () => (window as unknown as { __depth: number }).__depth)).toBe(5000);
    expect(state.status).toBe('ready');
    if (state.status === 'ready') {
      expect(state.report.status).toBe('complete');
      expect(state.report.mentions.length).toBeGreaterThanOrEqual(2);
    }
    await h.expectPageAlive(page);
    await page.close();
    await h.expectExtensionAlive();
  });

  it('a page that sabotages DOM methods and built-ins cannot change the analysis (isolated world)', async () => {
    const { page, state } = await h.load('/hostile/overrides.html');
    expect(await pageValue(page, () => (window as unknown as { __overridden: boolean }).__overridden)).toBe(true);
    expect(state.status).toBe('ready');
    if (state.status === 'ready') {
      expect(state.report.title).toBe('Sabotage: Reuters berichtet trotzdem');
      expect(state.report.isArticle).toBe(true);
      expect(state.report.links.map((l) => l.url)).toContain('https://www.reuters.com/world/sabotage/');
      expect(state.report.mentions.length).toBeGreaterThanOrEqual(2);
    }
    await h.expectPageAlive(page);
    await page.close();
    await h.expectExtensionAlive();
  });

  it('a page with a 9.5 MB report does not make the next tab fail: its report is cut and says so', async () => {
    const big = await h.load('/hostile/long-links.html', HUGE_BUDGET_MS);
    expect(big.state.status).toBe('ready');
    const next = await h.load('/article.html');
    expect(next.state.status, JSON.stringify(next.state).slice(0, 200)).toBe('ready');
    if (next.state.status === 'ready') expect(next.state.report.outlets.map((o) => o.name)).toContain('Al Jazeera');
    if (big.state.status === 'ready') {
      expect(big.state.report.links.length).toBeGreaterThan(0);
      expect((big.state.report as { truncated?: { links: number } }).truncated?.links).toBeGreaterThan(0);
    }
    const { popup } = await h.auditPopup(big.tabId, 'left out');
    await popup.close();
    await next.page.close();
    await big.page.close();
    await h.expectExtensionAlive();
  });

  it('a route loop (pushState every 100 ms) still gets a report', async () => {
    const { page, state, tabId } = await h.load('/hostile/route-loop.html');
    expect(state.status).toBe('ready');
    if (state.status === 'ready') expect(state.report.outlets.map((o) => o.name)).toContain('Reuters');
    // The report can be stored before the loop's first pushState (the analysis runs in the background now):
    // let the loop run a second, then the popup must still show a report.
    await expect
      .poll(() => pageValue(page, () => (window as unknown as { __routes: number }).__routes), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(10);
    const { popup } = await h.auditPopup(tabId, 'Reuters');
    await popup.close();
    await h.expectPageAlive(page);
    await page.close();
    await h.expectExtensionAlive();
  });

  it('a body replaced every 50 ms: analysis settles, the page is not starved', async () => {
    const { page, state } = await h.load('/hostile/body-swap.html');
    expect(state.status).toBe('ready');
    const counters = () =>
      pageValue(page, () => ({
        __ticks: (window as unknown as { __ticks: number }).__ticks,
        __swaps: (window as unknown as { __swaps: number }).__swaps,
      }));
    const a = await counters();
    await sleep(2_000);
    const b = await counters();
    // 40 ticks and 40 swaps are due in 2 s; allow for a slow machine, not for a hung page.
    expect(b.__ticks - a.__ticks).toBeGreaterThan(15);
    expect(b.__swaps - a.__swaps).toBeGreaterThan(15);
    await h.expectPageAlive(page);
    await page.close();
    await h.expectExtensionAlive();
  });
}
