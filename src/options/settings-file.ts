/**
 * The settings file: `{ app: 'source-lens', version, exportedAt, settings }`.
 * Parsing only recognises the file; validation and migration happen in
 * saveSettings, which writes nothing when the settings are invalid.
 */
import type { Settings } from '../settings/schema';

export const SETTINGS_FILE_APP = 'source-lens';
/** Files larger than this are not settings files (2,000 outlets stay far below). */
export const MAX_SETTINGS_FILE = 2 * 1024 * 1024;
/** Outlet lists: storage.sync holds 100 KB in all, so a larger file can never be saved anyway. */
export const MAX_OUTLETS_FILE = 2 * 1024 * 1024;

/** Checked on the File before it is read: a 200 MB file is refused at once, not after reading and parsing it. */
export function fileTooLarge(file: Pick<File, 'size'>, max: number): boolean {
  return file.size > max;
}

export function settingsToFile(settings: Settings, now = new Date()): string {
  return `${JSON.stringify({ app: SETTINGS_FILE_APP, exportedAt: now.toISOString(), settings }, null, 2)}\n`;
}

export function settingsFileName(now = new Date()): string {
  return `source-lens-settings-${now.toISOString().slice(0, 10)}.json`;
}

export type ParsedFile =
  { ok: true; settings: unknown } | { ok: false; reason: 'not-json' | 'not-ours' | 'too-large'; detail?: string };

export function parseSettingsFile(text: string): ParsedFile {
  if (text.length > MAX_SETTINGS_FILE) return { ok: false, reason: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: 'not-json', detail: (e as Error).message };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'not-ours' };
  const file = data as { app?: unknown; settings?: unknown };
  if (file.app !== SETTINGS_FILE_APP || !file.settings || typeof file.settings !== 'object')
    return { ok: false, reason: 'not-ours' };
  return { ok: true, settings: file.settings };
}
