import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATEGORIES, OUTLET_TYPES } from '../../../src/core/types';
import { typeKey } from '../../../src/shared/locale-keys';

const root = resolve(import.meta.dirname, '../../..');
const locales = readdirSync(join(root, 'public/_locales'));
const messages = Object.fromEntries(
  locales.map((l) => [
    l,
    JSON.parse(readFileSync(join(root, 'public/_locales', l, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >,
  ]),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) && !/\.test\./.test(name) ? [p] : [];
  });
}

describe('locales', () => {
  it('ships English and German', () => {
    expect(locales.sort()).toEqual(['de', 'en']);
  });

  it.each(locales.flatMap((a) => locales.filter((b) => b !== a).map((b) => [a, b])))(
    '%s has every key %s has',
    (a, b) => {
      const missing = Object.keys(messages[b]).filter((k) => !(k in messages[a]));
      expect(missing).toEqual([]);
    },
  );

  it('has no empty message and only valid key names', () => {
    for (const [locale, m] of Object.entries(messages)) {
      for (const [key, value] of Object.entries(m)) {
        expect(key, `${locale}: ${key}`).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(value.message.trim(), `${locale}: ${key}`).not.toBe('');
      }
    }
  });

  it('defines every key the code asks for with a literal t("…")', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(root, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((k) => !(k in messages.en))).toEqual([]);
  });

  it('has a label for every category and outlet type the UI builds keys for', () => {
    const keys = [...CATEGORIES.map((c) => `category_${c}`), ...OUTLET_TYPES.map(typeKey)];
    expect(keys.filter((k) => !(k in messages.en))).toEqual([]);
  });

  it('names the extension in the manifest through the locale', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(messages.de.extName.message).not.toBe(messages.en.extName.message);
  });
});
