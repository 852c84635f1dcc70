import browser from 'webextension-polyfill';
import type { TabState } from '../messaging/protocol';

/**
 * One entry per tab in storage.session: it survives the service worker being
 * stopped (MV3 kills idle workers) but not the browser session.
 */
const key = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabState | undefined) ?? { status: 'none' };
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
