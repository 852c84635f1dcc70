import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type Settings } from './schema';
import { migrate, type MigrationResult } from './migrations';

/**
 * Settings live in storage.sync under one key, so a write is atomic: an
 * interrupted or invalid import can never leave half-old, half-new settings.
 */
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = (await browser.storage.sync.get(KEY))[KEY];
    if (stored === undefined) return structuredClone(DEFAULT_SETTINGS);
    const result = migrate(stored);
    // Unreadable stored settings: use defaults for now but leave the stored copy alone.
    return result.ok ? result.settings : structuredClone(DEFAULT_SETTINGS);
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

/** Validates, then writes; returns the error and writes nothing when invalid. */
export async function saveSettings(next: unknown): Promise<MigrationResult> {
  const result = migrate(next);
  if (result.ok) await browser.storage.sync.set({ [KEY]: result.settings });
  return result;
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<MigrationResult> {
  return saveSettings(change(await loadSettings()));
}

export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'sync' || !changes[KEY]) return;
    const result = migrate(changes[KEY].newValue ?? DEFAULT_SETTINGS);
    if (result.ok) listener(result.settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** Is Source Lens switched off for this host (or a parent domain of it)? */
export function isSiteDisabled(settings: Settings, host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return settings.disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}
