import browser from 'webextension-polyfill';
import { backgroundMessages, type TabState } from '../messaging/protocol';
import { createRouter, type Handlers } from '../messaging/router';
import { clearTabState, getTabState, setTabState } from './tab-store';
import { updateBadge } from './badge';
import { analyzeForTab, forgetTab, tabChanged } from './page-analysis';

function tabOf(sender: { tab?: { id?: number } }): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number' || id < 0) throw new Error('no sender tab');
  return id;
}

async function store(tabId: number, state: TabState) {
  await setTabState(tabId, state);
  await updateBadge(tabId, state);
}

const handlers: Handlers<typeof backgroundMessages> = {
  'report:analyze': (snapshot, sender) => analyzeForTab(tabOf(sender), snapshot, store),
  'report:get': ({ tabId }) => getTabState(tabId),
  'options:open': async () => {
    await browser.runtime.openOptionsPage();
    return { ok: true };
  },
};

/** All background listeners, registered synchronously as MV3 requires. */
export function registerBackground(): void {
  const env = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };
  browser.runtime.onMessage.addListener(createRouter(backgroundMessages, handlers, env));

  // A report belongs to one page: drop it as soon as the tab starts loading another.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      tabChanged(tabId);
      void clearTabState(tabId);
      void updateBadge(tabId, { status: 'none' });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    void clearTabState(tabId);
  });
}
