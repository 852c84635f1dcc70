import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendToBackground, sendToTab } from '../messaging/client';
import { viewFor, type View } from './view-state';
import type { PageStatus } from '../messaging/protocol';

export interface TabView {
  tabId: number | null;
  tabUrl: string | undefined;
  view: View;
  /** Ask the page for the full analysis (pages first judged "not an article"). */
  analyzeFully: () => Promise<void>;
}

async function resolveTab(): Promise<{ id: number | null; url: string | undefined }> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return { id: Number(param), url: tab?.url };
  }
  return activeTab();
}

async function activeTab(): Promise<{ id: number | null; url: string | undefined }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, url: tab?.url };
}

/** Set when the first report has arrived from the background (the bench and the real-pages pass read it). */
export const RECEIVED_MARK = 'source-lens:report-received';

const POLL_MS = 400;
const UNREACHABLE_TRIES = 4;

/** The content script's own account; null when no content script answers (a page we may not read). */
async function pageStatus(tabId: number): Promise<PageStatus | null> {
  try {
    return await sendToTab(tabId, 'page:status', {});
  } catch {
    return null;
  }
}

/** Loads the tab's state and keeps polling while the page is still being analyzed. */
export function useTabView(): TabView {
  const [tab, setTab] = useState<{ id: number | null; url: string | undefined } | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });

  useEffect(() => {
    let stopped = false;
    let unreachableTries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const t = tab ?? (await resolveTab());
        if (!tab) setTab(t);
        if (t.id === null) return setView({ kind: 'restricted', reason: 'browser' });
        const state = await sendToBackground('report:get', { tabId: t.id });
        const page = state.status === 'none' || state.status === 'analyzing' ? await pageStatus(t.id) : null;
        const next = viewFor(t.url, state, page);
        if (stopped) return;
        // A page still loading has no content script yet: give it a moment before calling it unreadable.
        const settling =
          next.kind === 'restricted' && next.reason === 'unreachable' && ++unreachableTries < UNREACHABLE_TRIES;
        // With the paint mark (report-view.tsx) this splits "fetching the report" from "rendering it".
        if (next.kind === 'report' && performance.getEntriesByName(RECEIVED_MARK).length === 0)
          performance.mark(RECEIVED_MARK);
        setView(settling ? { kind: 'loading' } : next);
        if (next.kind === 'analyzing' || settling) timer = setTimeout(() => void load(), POLL_MS);
      } catch (err) {
        if (!stopped) setView({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
      }
    };
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tab]);

  const analyzeFully = async () => {
    if (tab?.id == null) return;
    try {
      const state = await sendToTab(tab.id, 'page:analyze', {});
      setView(viewFor(tab.url, state, { state: 'done' }));
    } catch (err) {
      setView({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  return { tabId: tab?.id ?? null, tabUrl: tab?.url, view, analyzeFully };
}
