/**
 * The one stand-in for webextension-polyfill in unit tests: English messages
 * from the real locale file, storage.sync in memory (`stored`), spies for
 * everything that talks to the browser.
 *   vi.mock('webextension-polyfill', () => import('../browser-mock'));
 */
import { vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const messages = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

export function getMessage(key: string, subs?: string | string[]): string {
  if (key === '@@bidi_dir') return 'ltr';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const m = messages[key]?.message ?? '';
  return m.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
}

/** What storage.sync holds; tests read and reset it. */
export const stored: Record<string, unknown> = {};
/** Messages the code under test sent to the background through runtime.sendMessage. */
export const sent: unknown[] = [];

const pick = (keys: string | string[] | null | undefined): Record<string, unknown> => {
  if (keys === null || keys === undefined) return { ...stored };
  return Object.fromEntries(
    (Array.isArray(keys) ? keys : [keys]).filter((k) => k in stored).map((k) => [k, stored[k]]),
  );
};

export const browserMock = {
  i18n: { getMessage: vi.fn(getMessage), getUILanguage: vi.fn(() => 'en') },
  runtime: {
    id: 'test-extension',
    sendMessage: vi.fn(async (m: unknown) => {
      sent.push(m);
      return { ok: true };
    }),
    openOptionsPage: vi.fn(async () => {}),
  },
  tabs: {
    sendMessage: vi.fn(),
    query: vi.fn(async () => [{ id: 7, url: 'https://news.example/a' }]),
    get: vi.fn(async (id: number) => ({ id, url: 'https://news.example/a' })),
  },
  storage: {
    sync: {
      get: vi.fn(async (keys?: string | string[] | null) => pick(keys)),
      set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(stored, structuredClone(items))),
      remove: vi.fn(async (keys: string | string[]) => {
        for (const k of Array.isArray(keys) ? keys : [keys]) delete stored[k];
      }),
    },
    onChanged: { addListener: vi.fn(), removeListener: vi.fn() },
  },
};

export default browserMock;
