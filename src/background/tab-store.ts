import browser from 'webextension-polyfill';
import type { TabState } from '../messaging/protocol';
import { bytesOf, fitReport } from './report-budget';

/**
 * One entry per tab in storage.session: it survives the service worker being
 * stopped (MV3 kills idle workers) but not the browser session.
 *
 * storage.session holds about 10 MB for all tabs together, so one tab must
 * never make another fail: each report is cut to its budget (report-budget.ts),
 * the least recently used tabs' reports go before a write would overflow the
 * total, and a write the browser still refuses ends in an error state for the
 * writing tab only, never in a thrown error.
 */
const key = (tabId: number) => `tab:${tabId}`;
const INDEX = 'tab-index';
/** What all tabs may take together: well under the ≈10 MB quota (keys and bookkeeping count too). */
export const TOTAL_BYTES = 6 * 1024 * 1024;

/** Per tab: its entry's size and when it was last written or read. */
type Index = Record<string, { bytes: number; used: number }>;

let clock = 0;
/** Monotonic within a worker's life, and above anything stored by an earlier one. */
const now = () => (clock = Math.max(clock + 1, Date.now()));

/** Writes and the index update run one at a time: two tabs publishing at once must not both see room. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => {});
  return run;
}

async function readIndex(): Promise<Index> {
  const stored = (await browser.storage.session.get(INDEX))[INDEX] as Index | undefined;
  return stored && typeof stored === 'object' ? stored : {};
}

export async function getTabState(tabId: number): Promise<TabState> {
  const stored = await browser.storage.session.get(key(tabId));
  const state = (stored[key(tabId)] as TabState | undefined) ?? { status: 'none' };
  if (state.status === 'ready') {
    // Reading a report keeps it: the popup looked at this tab most recently.
    void serial(async () => {
      const index = await readIndex();
      if (!index[tabId]) return;
      index[tabId].used = now();
      await browser.storage.session.set({ [INDEX]: index });
    }).catch(() => {});
  }
  return state;
}

/** The state as it may be stored: a report cut to its budget, or an error saying it could not be kept. */
function bounded(state: TabState): TabState {
  if (state.status !== 'ready') return state;
  const report = fitReport(state.report);
  return report ? { status: 'ready', report } : { status: 'error', message: 'the report is too large to keep' };
}

/** Tab ids to drop, least recently used first, until `need` more bytes fit beside the rest. */
function evictions(index: Index, tabId: number, need: number): string[] {
  const others = Object.entries(index).filter(([id]) => id !== String(tabId));
  let total = others.reduce((n, [, e]) => n + e.bytes, 0);
  const out: string[] = [];
  for (const [id, e] of others.sort((a, b) => a[1].used - b[1].used)) {
    if (total + need <= TOTAL_BYTES) break;
    out.push(id);
    total -= e.bytes;
  }
  return out;
}

export function setTabState(tabId: number, state: TabState): Promise<void> {
  return serial(async () => {
    const value = bounded(state);
    const bytes = bytesOf(value);
    const index = await readIndex();
    const drop = evictions(index, tabId, bytes);
    for (const id of drop) delete index[id];
    index[tabId] = { bytes, used: now() };
    if (drop.length) await browser.storage.session.remove(drop.map((id) => key(Number(id))));
    try {
      await browser.storage.session.set({ [key(tabId)]: value, [INDEX]: index });
    } catch (e) {
      // Still refused (another writer, a smaller quota than we think): everything else goes, then this tab alone may fail.
      const rest = Object.keys(index).filter((id) => id !== String(tabId));
      await browser.storage.session.remove(rest.map((id) => key(Number(id)))).catch(() => {});
      const message = `the report could not be kept: ${e instanceof Error ? e.message : String(e)}`.slice(0, 500);
      await browser.storage.session
        .set({ [key(tabId)]: value, [INDEX]: { [tabId]: { bytes, used: now() } } })
        .catch(() => browser.storage.session.set({ [key(tabId)]: { status: 'error', message } }))
        .catch(() => {});
    }
  });
}

export function clearTabState(tabId: number): Promise<void> {
  return serial(async () => {
    const index = await readIndex();
    delete index[tabId];
    await browser.storage.session.remove(key(tabId));
    await browser.storage.session.set({ [INDEX]: index });
  });
}
