import { siteKey } from '../outlets/site-key';
import { DEFAULT_SETTINGS, type Settings } from './schema';
import { migrate, type MigrationResult } from './migrations';
import { onStoredSettingsChanged, SETTINGS_KEY } from './site-switch';
import { readRecord, writeRecord } from './sync-record';

/**
 * Settings live in storage.sync as one record (split over several items only
 * when large: sync-record.ts), written in one call, so an interrupted or
 * invalid import can never leave half-old, half-new settings.
 */
const KEY = SETTINGS_KEY;

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await readRecord(KEY);
    if (stored === undefined) return structuredClone(DEFAULT_SETTINGS);
    const result = migrate(stored);
    // Unreadable stored settings: use defaults for now but leave the stored copy alone.
    return result.ok ? result.settings : structuredClone(DEFAULT_SETTINGS);
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

/**
 * Validates, then writes; returns the error and writes nothing when invalid.
 * A write the browser refuses (storage.sync quotas: 8 KB per item, 100 KB in
 * all; sync turned off mid-write) is an error too, never a throw: the stored
 * settings are then still the old ones, and callers show the message.
 */
export async function saveSettings(next: unknown): Promise<MigrationResult> {
  const result = migrate(next);
  if (!result.ok) return result;
  try {
    await writeRecord(KEY, result.settings);
  } catch (e) {
    return { ok: false, error: `could not save: ${e instanceof Error ? e.message : String(e)}` };
  }
  return result;
}

/**
 * A one-field change (popup, hover card). When the stored settings exist but
 * cannot be read (written by a newer Source Lens on another synced device, or
 * damaged), nothing is written: applying the change to the defaults would
 * overwrite the user's sites and outlets everywhere sync reaches.
 */
export async function updateSettings(change: (s: Settings) => Settings): Promise<MigrationResult> {
  let stored: unknown;
  try {
    stored = await readRecord(KEY);
  } catch (e) {
    return { ok: false, error: `could not read settings: ${e instanceof Error ? e.message : String(e)}` };
  }
  const current =
    stored === undefined ? ({ ok: true, settings: structuredClone(DEFAULT_SETTINGS) } as const) : migrate(stored);
  if (!current.ok) return { ok: false, error: `stored settings not changed (${current.error})` };
  return saveSettings(change(current.settings));
}

/** Validated settings after every change (the raw record comes from site-switch's one storage listener). */
export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  return onStoredSettingsChanged((raw) => {
    const result = migrate(raw ?? DEFAULT_SETTINGS);
    if (result.ok) listener(result.settings);
  });
}

/** Turns Source Lens off (or back on) for a host's site (popup, hover card); pages read it at their next load. */
export function setSiteDisabled(host: string, disabled: boolean): Promise<MigrationResult> {
  const site = siteKey(host);
  return updateSettings((s) => ({
    ...s,
    disabledSites: disabled ? [...new Set([...s.disabledSites, site])] : s.disabledSites.filter((d) => d !== site),
  }));
}
