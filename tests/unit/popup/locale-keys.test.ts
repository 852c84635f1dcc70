import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REASON_CODES } from '../../../src/core/reason-codes';
import { reasonKey } from '../../../src/popup/labels';

vi.mock('webextension-polyfill', () => import('../browser-mock'));

const root = resolve(import.meta.dirname, '../../..');
const load = (l: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(resolve(root, `public/_locales/${l}/messages.json`), 'utf8'));
const en = load('en');
const de = load('de');

describe('popup locale keys', () => {
  it.each(Object.keys(REASON_CODES))('reason %s has a sentence in both languages', (code) => {
    const key = reasonKey(code);
    expect(en[key]?.message).toBe(REASON_CODES[code as keyof typeof REASON_CODES].en);
    expect(de[key]?.message).toBe(REASON_CODES[code as keyof typeof REASON_CODES].de);
  });

  it('has the keys the popup builds at run time', () => {
    const dynamic = [
      'statOutlets_one',
      'statOutlets_other',
      'statReferences_one',
      'statReferences_other',
      'statMentions_one',
      'statMentions_other',
      'statLinks_one',
      'statLinks_other',
      'viewCategory',
      'viewCountry',
      'viewType',
      'declared_web',
      'declared_social',
      'declared_forums',
    ];
    expect(dynamic.filter((k) => !en[k] || !de[k])).toEqual([]);
  });

  it('keeps the placeholders of every popup message in German', () => {
    for (const [k, v] of Object.entries(en)) {
      const holes = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      if (de[k]) expect(holes(de[k].message), k).toBe(holes(v.message));
    }
  });
});
