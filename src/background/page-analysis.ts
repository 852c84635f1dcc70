/**
 * The background's side of an analysis: one snapshot of one tab in, the
 * report stored for the popup and returned to the content script.
 *
 * Each tab has a generation: a newer snapshot of the tab (late content, an
 * in-page navigation) or the tab loading another page makes an analysis still
 * running stale, and a stale analysis stores nothing (its page is gone).
 * In memory only: after a worker restart no analysis is running either.
 */
import { loadSettings } from '../settings/store';
import type { AnalyzedPage, TabState } from '../messaging/protocol';
import type { PageSnapshot } from '../messaging/snapshot';
import { analyzeSnapshot } from './analyze-snapshot';
import { browserDirectory } from './directory';

/** The debug switch, a build flag: `VITE_SOURCE_LENS_DEBUG=1` (as `npm run dev` builds). */
const DEBUG = import.meta.env.VITE_SOURCE_LENS_DEBUG === '1';

const generations = new Map<number, number>();
const bump = (tabId: number) => {
  const next = (generations.get(tabId) ?? 0) + 1;
  generations.set(tabId, next);
  return next;
};

/** The tab shows another page now (or closed): what runs for it is stale. */
export function tabChanged(tabId: number): void {
  bump(tabId);
}

export function forgetTab(tabId: number): void {
  generations.delete(tabId);
}

type Store = (tabId: number, state: TabState) => Promise<void>;

export async function analyzeForTab(
  tabId: number,
  snapshot: PageSnapshot & { full: boolean },
  store: Store,
): Promise<AnalyzedPage> {
  const generation = bump(tabId);
  const current = () => generations.get(tabId) === generation;
  try {
    const settings = await loadSettings();
    const report = await analyzeSnapshot(snapshot, {
      full: snapshot.full,
      directory: () => browserDirectory(settings.outletAdditions),
      onFull: () => (current() ? store(tabId, { status: 'analyzing' }) : undefined),
      debug: DEBUG,
    });
    if (current()) await store(tabId, { status: 'ready', report });
    return { report, ui: { hoverCards: settings.hoverCards, mentionMarks: settings.mentionMarks } };
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).slice(0, 500);
    if (current()) await store(tabId, { status: 'error', message });
    throw err;
  }
}
