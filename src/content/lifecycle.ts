import browser from 'webextension-polyfill';

/**
 * False once this content script is orphaned ("Extension context
 * invalidated"): the extension was updated, reloaded or disabled. Chrome
 * leaves the old script running without an extension behind it.
 */
export function contextAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string' && browser.runtime.id.length > 0;
  } catch {
    return false;
  }
}
