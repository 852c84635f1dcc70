import browser from 'webextension-polyfill';
import type { TabState } from '../messaging/protocol';

const COLOR = '#1d4ed8';

/** The badge counts cited outlets; nothing at all when the page is not an article. */
export function badgeText(state: TabState): string {
  if (state.status !== 'ready' || !state.report.isArticle) return '';
  // the publisher's own reporting is no outside source
  const n = state.report.outlets.filter((o) => !o.self).length;
  if (n === 0) return '';
  return n > 99 ? '99+' : String(n);
}

export async function updateBadge(tabId: number, state: TabState): Promise<void> {
  const text = badgeText(state);
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: COLOR });
  } catch {
    // The tab may have closed between the message and now: nothing to badge.
  }
}
