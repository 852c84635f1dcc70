/**
 * The real-pages pass, shared by both browsers: open a page under its own host name, open the
 * popup on its report, check the layout invariants, save a screenshot.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { SCREENSHOT_DIR } from '../artifacts';
import { axeScan, seriousOnly, type AxeViolation } from '../../../tools/browsers/popup-chromium';
import { corpusPages } from './corpus';
import { syntheticPages, type PageCase } from './synthetic';

export const REAL_SHOTS = resolve(SCREENSHOT_DIR, 'real');
mkdirSync(REAL_SHOTS, { recursive: true });

/** One browser's screenshots of an earlier run go first: the folder shows this run only. */
export function clearShots(browser: Driver['browser']): void {
  for (const f of readdirSync(REAL_SHOTS)) if (f.startsWith(`${browser}-`)) rmSync(resolve(REAL_SHOTS, f));
}

/** LIST_CAP in src/popup/components/capped-list.tsx: no list shows more rows before "Show N more". */
export const LIST_CAP = 20;

export interface Combo {
  lang: 'en-US' | 'de';
  dark: boolean;
}
export const COMBOS: Combo[] = [
  { lang: 'en-US', dark: false },
  { lang: 'en-US', dark: true },
  { lang: 'de', dark: false },
  { lang: 'de', dark: true },
];
export const comboName = (c: Combo) => `${c.lang.slice(0, 2)}-${c.dark ? 'dark' : 'light'}`;

/** The generated pages always; the corpus pages too when a corpus is there (CI has one). */
export function allPages(): PageCase[] {
  const seen = new Set<string>();
  return [...syntheticPages(), ...corpusPages()].filter((p) => !seen.has(p.url) && seen.add(p.url));
}

/**
 * Each page in both languages and both themes, without opening every page four times:
 * even pages are English-light and German-dark, odd ones English-dark and German-light.
 */
export function pagesFor(pages: PageCase[], combo: Combo): PageCase[] {
  return pages.filter((_, i) => (i % 2 === 0) === (combo.lang === 'de' ? combo.dark : !combo.dark));
}

/** Each page once, the four languages and themes in turn: Firefox needs a browser launch per theme, and is slower per page. */
export function pagesOnce(pages: PageCase[], combo: Combo): PageCase[] {
  const k = COMBOS.indexOf(combo);
  return pages.filter((_, i) => i % COMBOS.length === k);
}

export interface Driver {
  browser: 'chromium' | 'firefox';
  openArticle: (url: string) => Promise<Page>;
  tabIdOf: (url: string) => Promise<number>;
  openPopup: (tabId: number, dark: boolean) => Promise<Page>;
}

export interface Layout {
  viewport: number;
  docWidth: number;
  bodyWidth: number;
  overflowing: string[];
  longLists: string[];
  markup: string[];
  nodes: number;
  text: string;
  paintMs: number | null;
  /** DOMContentLoaded of the popup: what comes after it is asking for the report and rendering it. */
  dclMs: number | null;
  /** The report arrived from the background: paint minus this is the rendering alone. */
  receivedMs: number | null;
  dark: boolean;
  state: string;
}

/** In-page: everything the invariants need, measured in the popup. Self-contained (serialized). */
export function measurePopup(cap: number): Layout {
  const vw = document.documentElement.clientWidth;
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
  const clipped = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
      if (getComputedStyle(p).overflowX !== 'visible') return true;
    return false;
  };
  const overflowing: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || el.closest('.sr-only, svg')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (!clipped(el) && (r.right > vw + 1 || r.left < -1))
      overflowing.push(`${describe(el)} spans ${Math.round(r.left)}..${Math.round(r.right)} of ${vw}`);
    if (
      cs.display !== 'inline' &&
      cs.overflowX === 'visible' &&
      el.scrollWidth > el.clientWidth + 1 &&
      el.clientWidth > 0
    )
      overflowing.push(`${describe(el)} content ${el.scrollWidth} > ${el.clientWidth}`);
  }
  const longLists = [...document.querySelectorAll('ul, ol')]
    .filter((l) => l.children.length > cap)
    .map((l) => `${describe(l)}: ${l.children.length}`);
  const markup: string[] = [];
  for (const img of document.querySelectorAll('img'))
    if (!img.classList.contains('bar-logo')) markup.push(`img ${img.getAttribute('src')}`);
  for (const el of document.querySelectorAll('iframe, object, embed, form, body style, body script, body link'))
    markup.push(describe(el));
  for (const el of document.querySelectorAll('*'))
    for (const a of el.getAttributeNames()) if (/^on/i.test(a)) markup.push(`${describe(el)}[${a}]`);
  for (const a of document.querySelectorAll('a[href]'))
    if (!/^https?:/i.test((a as HTMLAnchorElement).href)) markup.push(`a ${(a as HTMLAnchorElement).href}`);
  const paint = performance.getEntriesByName('source-lens:report-painted')[0];
  return {
    viewport: vw,
    docWidth: document.documentElement.scrollWidth,
    bodyWidth: document.body.scrollWidth,
    overflowing: [...new Set(overflowing)].slice(0, 10),
    longLists,
    markup,
    nodes: document.getElementsByTagName('*').length,
    text: document.body.textContent ?? '',
    paintMs: paint ? paint.startTime : null,
    receivedMs: performance.getEntriesByName('source-lens:report-received')[0]?.startTime ?? null,
    dclMs:
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
        ?.domContentLoadedEventEnd ?? null,
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    state:
      document.querySelector('.report')?.getAttribute('data-status') ??
      document.querySelector('[data-state]')?.getAttribute('data-state') ??
      'none',
  };
}

export interface Checked {
  layout: Layout;
  axe: AxeViolation[] | null;
}

/** Opens the page and its popup, measures, saves the screenshot; the test asserts on what comes back. */
export async function checkPage(d: Driver, page: PageCase, combo: Combo, withAxe: boolean): Promise<Checked> {
  const article = await d.openArticle(page.url);
  try {
    const tabId = await d.tabIdOf(page.url);
    const popup = await d.openPopup(tabId, combo.dark);
    try {
      await popup.waitForSelector('.report, .status[data-state=error]', { timeout: 20_000 });
      // Fonts and the first layout settle before measuring.
      await popup.evaluate(() => document.fonts.ready.then(() => undefined));
      const layout = await popup.evaluate(measurePopup, LIST_CAP);
      await popup.screenshot({
        path: resolve(REAL_SHOTS, `${d.browser}-${comboName(combo)}-${page.name}.png`),
        fullPage: true,
      });
      const axe = withAxe ? seriousOnly(await axeScan(popup)) : null;
      return { layout, axe };
    } finally {
      await popup.close();
    }
  } finally {
    await article.close();
  }
}

/** Printed at the end of each browser's pass: how fast each report painted (not asserted: no timed tests). */
export interface PaintRow {
  name: string;
  combo: string;
  paintMs: number | null;
  dclMs: number | null;
  receivedMs: number | null;
  nodes: number;
}

/**
 * One page's popup in `combo`, checked as both browsers check it: its paint figures go to `paints`, then a report (not
 * an error) in the right scheme, nothing wider than the viewport, every list capped, no page text as markup, the page's
 * literal shown, and (with `withAxe`) no serious accessibility violation.
 */
export async function expectSoundPopup(
  d: Driver,
  page: PageCase,
  combo: Combo,
  withAxe: boolean,
  paints: PaintRow[],
): Promise<void> {
  const { layout, axe } = await checkPage(d, page, combo, withAxe);
  paints.push({
    name: page.name,
    combo: comboName(combo),
    paintMs: layout.paintMs,
    dclMs: layout.dclMs,
    receivedMs: layout.receivedMs,
    nodes: layout.nodes,
  });
  expect(layout.state, 'a report, not an error').not.toBe('error');
  expect(layout.dark).toBe(combo.dark);
  expect(layout.docWidth, 'the popup document is no wider than its viewport').toBeLessThanOrEqual(layout.viewport);
  expect(layout.bodyWidth).toBeLessThanOrEqual(layout.viewport);
  expect(layout.overflowing, 'no element overflows horizontally').toEqual([]);
  expect(layout.longLists, 'every list is capped').toEqual([]);
  expect(layout.markup, 'no page text became markup').toEqual([]);
  if (page.literal) expect(layout.text).toContain(page.literal);
  if (axe) expect(axe, JSON.stringify(axe, null, 2)).toEqual([]);
}

export function paintSummary(browser: string, rows: PaintRow[]): string {
  const ms = rows
    .map((r) => r.paintMs)
    .filter((x): x is number => x !== null)
    .sort((a, b) => a - b);
  const after = rows
    .map((r) => (r.paintMs !== null && r.dclMs !== null ? r.paintMs - r.dclMs : null))
    .filter((x): x is number => x !== null)
    .sort((a, b) => a - b);
  const afterAt = (q: number) => after[Math.min(after.length - 1, Math.floor(q * (after.length - 1)))]?.toFixed(0);
  const render = rows
    .map((r) => (r.paintMs !== null && r.receivedMs !== null ? r.paintMs - r.receivedMs : null))
    .filter((x): x is number => x !== null)
    .sort((a, b) => a - b);
  const renderAt = (q: number) => render[Math.min(render.length - 1, Math.floor(q * (render.length - 1)))]?.toFixed(0);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * (ms.length - 1)))]?.toFixed(0);
  const worst = [...rows].sort((a, b) => (b.paintMs ?? 0) - (a.paintMs ?? 0)).slice(0, 3);
  return `${browser}: ${rows.length} popups, report painted median ${at(0.5)} ms, max ${at(1)} ms after navigation start (after DOMContentLoaded: median ${afterAt(0.5)} ms, max ${afterAt(1)} ms; rendering alone, from the report's arrival: median ${renderAt(0.5)} ms, max ${renderAt(1)} ms); slowest ${worst.map((w) => `${w.name} (${w.combo}) ${w.paintMs?.toFixed(0)} ms (${((w.paintMs ?? 0) - (w.dclMs ?? 0)).toFixed(0)} after DCL), ${w.nodes} nodes`).join('; ')}`;
}
