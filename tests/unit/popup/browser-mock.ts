import { vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** webextension-polyfill for DOM tests: real English messages, spies for everything that talks to the browser. */
const root = resolve(import.meta.dirname, '../../..');
export const messages: Record<string, { message: string }> = JSON.parse(readFileSync(resolve(root, 'public/_locales/en/messages.json'), 'utf8'));

function getMessage(key: string, subs?: string | string[]): string {
  const m = messages[key]?.message;
  if (m === undefined) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return m.replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
}

const browser = {
  i18n: { getMessage: vi.fn(getMessage), getUILanguage: vi.fn(() => 'en') },
  runtime: { sendMessage: vi.fn(), openOptionsPage: vi.fn(async () => {}) },
  tabs: { sendMessage: vi.fn(), query: vi.fn(async () => [{ id: 7, url: 'https://news.example/a' }]), get: vi.fn(async (id: number) => ({ id, url: 'https://news.example/a' })) },
  storage: {
    sync: { get: vi.fn(async () => ({})), set: vi.fn(async () => {}) },
    onChanged: { addListener: vi.fn(), removeListener: vi.fn() },
  },
};

export default browser;
