import type { PageStatus, TabState } from '../messaging/protocol';
import type { SourceReport } from '../core/types';

export type RestrictedReason = 'browser' | 'pdf' | 'store' | 'file' | 'unreachable' | 'unsupported';

/** Everything the popup can show, decided from the tab and what the background knows. */
export type View =
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'disabled'; host: string }
  | { kind: 'analyzing' }
  | { kind: 'error'; message: string }
  | { kind: 'report'; report: SourceReport };

const STORE_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
];

/** Pages where no extension may run, told by their URL (null when the URL is unknown or fine). */
export function restrictionOf(url: string | undefined): RestrictedReason | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser';
  }
  if (parsed.protocol === 'file:') return 'file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser';
  if (
    STORE_HOSTS.includes(parsed.hostname) &&
    (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))
  )
    return 'store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}

/**
 * @param tabUrl the tab's URL when the browser shows it to us (not always: we hold no "tabs" permission)
 * @param page   the content script's answer, or null when none answered (browser page, store, or opened before install)
 */
export function viewFor(tabUrl: string | undefined, state: TabState, page: PageStatus | null): View {
  if (state.status === 'ready') return { kind: 'report', report: state.report };
  if (state.status === 'error') return { kind: 'error', message: state.message };
  const restricted = restrictionOf(tabUrl);
  if (restricted) return { kind: 'restricted', reason: restricted };
  if (page === null) return { kind: 'restricted', reason: 'unreachable' };
  if (page.state === 'unsupported')
    return { kind: 'restricted', reason: page.contentType === 'application/pdf' ? 'pdf' : 'unsupported' };
  if (page.state === 'disabled') return { kind: 'disabled', host: page.host };
  return { kind: 'analyzing' };
}
