import browser from 'webextension-polyfill';
import { isUnderSite } from '../outlets/site-key';
import { readRecord, touchesRecord } from './sync-record';

/**
 * The one setting every page needs before anything else: is Source Lens off
 * on this site? Read without the schema library, because it runs in the
 * content script's first chunk on every page. Anything unexpected in storage
 * counts as "no site turned off" here; the full, validated settings
 * (store.ts) load lazily where they are used in depth.
 */
export const SETTINGS_KEY = 'settings';

/** The disabled hosts of a stored settings object of any version (v1 called them offSites). */
export function disabledSitesOf(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object') return [];
  const r = raw as { disabledSites?: unknown; offSites?: unknown };
  const list = Array.isArray(r.disabledSites) ? r.disabledSites : Array.isArray(r.offSites) ? r.offSites : [];
  return list.filter((s): s is string => typeof s === 'string').map((s) => s.toLowerCase());
}

/** Is `host` (or a parent domain of it) in the list? */
export function isHostDisabled(sites: readonly string[], host: string): boolean {
  return sites.some((site) => isUnderSite(host, site));
}

export async function readDisabledSites(): Promise<string[]> {
  try {
    return disabledSitesOf(await readRecord(SETTINGS_KEY));
  } catch {
    return [];
  }
}

/** Calls back with the raw new value whenever the stored settings change. */
export function onStoredSettingsChanged(listener: (raw: unknown) => void | Promise<void>): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && touchesRecord(SETTINGS_KEY, changes)) void readRecord(SETTINGS_KEY).then(listener, () => {});
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
