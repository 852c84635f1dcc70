/** A stand-in for webextension-polyfill in DOM tests: English messages from the real locale file. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const messages = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

export function getMessage(key: string, subs?: string | string[]): string {
  if (key === '@@bidi_dir') return 'ltr';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const m = messages[key]?.message ?? '';
  return m.replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
}

export const stored: { settings?: unknown } = {};
/** Messages the code under test sent to the background. */
export const sent: unknown[] = [];

export const browserMock = {
  i18n: { getMessage, getUILanguage: () => 'en' },
  runtime: { id: 'test-extension', sendMessage: async (m: unknown) => (sent.push(m), { ok: true }) },
  storage: {
    sync: {
      get: async (key: string) => (key in stored ? { [key]: (stored as Record<string, unknown>)[key] } : {}),
      set: async (obj: Record<string, unknown>) => void Object.assign(stored, obj),
    },
    onChanged: { addListener: () => {}, removeListener: () => {} },
  },
};
