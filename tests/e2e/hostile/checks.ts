/**
 * Browser-agnostic parts of the hostile-page tests: in-page functions (passed
 * to page.evaluate, so they must be self-contained) and the expectations on
 * what they return. Assertions look at outcomes, not at the popup's class names.
 */
import { expect } from 'vitest';
import { PAYLOAD_TEXT } from './pages';

/** The state the background holds for a tab (see src/messaging/protocol.ts). */
export type TabState =
  | { status: 'none' }
  | { status: 'analyzing' }
  | {
      status: 'ready';
      report: {
        url: string;
        status: string;
        title: string;
        isArticle: boolean;
        links: { url: string }[];
        references: { url: string | null }[];
        mentions: unknown[];
        outlets: { name: string; homepage: string | null; urls: string[] }[];
        tags: string[];
      };
    }
  | { status: 'error'; message: string };

/** Budgets: an ordinary hostile page, and one that is meant to be too large. */
export const BUDGET_MS = 15_000;
export const HUGE_BUDGET_MS = 45_000;

export interface PopupAudit {
  text: string;
  /** href/src/action/formaction/xlink:href values that are not http(s), the extension's own files or fragments. */
  badUrls: string[];
  /** Elements carrying an on* event-handler attribute. */
  handlers: string[];
  /** <script> elements without src, and iframe/object/embed/frame elements. */
  active: string[];
  pwned: unknown;
}

/** In-page (extension page): what a hostile report could have smuggled in. Runs in the popup. */
export function auditExtensionPage(): PopupAudit {
  const own = location.origin + '/';
  const badUrls: string[] = [];
  const handlers: string[] = [];
  const active: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        const name = a.name.toLowerCase();
        if (name.startsWith('on')) handlers.push(`${el.tagName} ${name}`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data'].includes(name)) {
          const v = a.value.trim();
          const ok =
            v === '' ||
            v.startsWith('#') ||
            /^https?:\/\//i.test(v) ||
            v.startsWith(own) ||
            (!/^[a-z][a-z0-9+.-]*:/i.test(v) && !v.startsWith('//'));
          if (!ok) badUrls.push(`${el.tagName} ${name}=${v.slice(0, 80)}`);
        }
      }
      const tag = el.tagName.toLowerCase();
      if ((tag === 'script' && !el.getAttribute('src')) || ['iframe', 'object', 'embed', 'frame'].includes(tag))
        active.push(tag);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return {
    text: document.body?.textContent ?? '',
    badUrls,
    handlers,
    active,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
  };
}

/** Nothing from the page became markup, a live link or script in an extension page. */
export function expectCleanExtensionPage(a: PopupAudit, opts: { payloadVisible?: boolean } = {}): void {
  expect(a.pwned, 'a payload ran in the extension page').toBeUndefined();
  expect(a.badUrls, 'javascript:/data:/other non-web URLs offered').toEqual([]);
  expect(a.handlers, 'event-handler attributes').toEqual([]);
  expect(a.active, 'inline scripts or embedded frames').toEqual([]);
  if (opts.payloadVisible) expect(a.text, 'the payload is shown as text').toContain(PAYLOAD_TEXT);
}

export interface PageLife {
  ticks: number;
  clicks: number;
  pwned: unknown;
}

/** In-page (the hostile page, main world): its own liveness counters and the canary. */
export function readPageLife(): PageLife {
  const w = window as unknown as { __ticks: number; __clicks: number; __pwned: unknown };
  return { ticks: w.__ticks, clicks: w.__clicks, pwned: w.__pwned };
}

/** The report holds no URL a page could use to run code. */
export function expectSafeReport(state: TabState): void {
  if (state.status !== 'ready') return;
  const r = state.report;
  const urls = [
    ...r.links.map((l) => l.url),
    ...r.references.map((x) => x.url),
    ...r.outlets.flatMap((o) => [o.homepage, ...o.urls]),
  ].filter((u): u is string => u !== null);
  for (const u of urls) expect(u).toMatch(/^https?:\/\//);
}

/** A page too large to read whole ends in a partial report that says so, never in an error. */
export function expectTooLarge(state: TabState): void {
  expect(state.status === 'ready' ? state.report.status : state.status, JSON.stringify(state).slice(0, 300)).toBe(
    'too-large',
  );
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` until `done` holds or the budget runs out; returns the last value and the time taken. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (v: T) => boolean,
  budgetMs: number,
  everyMs = 150,
): Promise<{ value: T; ms: number; met: boolean }> {
  const t0 = Date.now();
  let value = await read();
  while (!done(value) && Date.now() - t0 < budgetMs) {
    await sleep(everyMs);
    value = await read();
  }
  return { value, ms: Date.now() - t0, met: done(value) };
}

export const settled = (s: TabState | undefined) => !!s && (s.status === 'ready' || s.status === 'error');
