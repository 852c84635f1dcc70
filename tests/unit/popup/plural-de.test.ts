import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const load = (l: string) =>
  JSON.parse(readFileSync(resolve(root, `public/_locales/${l}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;

vi.mock('webextension-polyfill', () => {
  const de = load('de');
  const getMessage = (key: string, subs: string[] = []) =>
    de[key]?.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') ?? '';
  return { default: { i18n: { getMessage, getUILanguage: () => 'de' } } };
});

const { tn } = await import('../../../src/shared/plural');

describe('counts in German', () => {
  it('picks the form by the German plural rule and writes numbers the German way', () => {
    expect(tn('statOutlets', 1)).toBe('Quelle');
    expect(tn('statOutlets', 0)).toBe('Quellen');
    expect(tn('statOutlets', 2)).toBe('Quellen');
    expect(tn('citedReferences', 1)).toBe('1 Referenz');
    expect(tn('moreItems', 4997)).toBe('Noch 4.997 anzeigen');
  });

  it('has every plural form the code asks for, in both languages', () => {
    const keys = new Set<string>();
    const files = [
      'src/popup/components/audit.tsx',
      'src/popup/components/glance.tsx',
      'src/popup/components/outlet-list.tsx',
      'src/popup/components/capped-list.tsx',
    ];
    for (const f of files)
      for (const m of readFileSync(resolve(root, f), 'utf8').matchAll(/\btn\(\s*'([A-Za-z0-9]+)'/g)) keys.add(m[1]);
    keys.add('statOutlets');
    for (const l of ['en', 'de']) {
      const m = load(l);
      expect(
        [...keys].flatMap((k) => [`${k}_one`, `${k}_other`]).filter((k) => !m[k]),
        l,
      ).toEqual([]);
    }
  });
});
