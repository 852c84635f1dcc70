/** Mentions and articles: dropped only for the language they belong to ("LA Times", "i Paper", "La Repubblica"). */
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../src/core/blocks';
import { findMentions } from '../../../src/core/mentions';
import { createDirectory, type Outlet } from '../../../src/outlets';

const o = (id: string, name: string, aliases: string[], languages: string[]): Outlet => ({
  id,
  name,
  aliases,
  domains: [`${id}.example`],
  country: 'US',
  languages,
  type: 'newspaper',
  owner: null,
});
const dir = createDirectory([
  o('latimes', 'Los Angeles Times', ['LA Times'], ['en']),
  o('ipaper', 'i Paper', ['i'], ['en']),
  o('repubblica', 'La Repubblica', ['Repubblica'], ['it']),
  o('reuters', 'Reuters', [], ['en', 'pt']),
  o('nyt', 'The New York Times', ['New York Times'], ['en']),
]);
const found = (text: string, lang: string | null) =>
  findMentions(textBlocks(text), dir, new Set(), { lang }).map((f) => `${f.text} = ${f.entry.id}`);

describe('articles before outlet names', () => {
  it('reads "the LA Times" with its article: "LA" is the name, not a Spanish article', () => {
    expect(found('The fire spread overnight, the LA Times reported on Monday.', 'en')).toEqual([
      'the LA Times reported = latimes',
    ]);
  });

  it('keeps the "i" of "i Paper" in English copy', () => {
    expect(found('The minister resigned, the i Paper reported on Monday.', 'en')).toEqual([
      'the i Paper reported = ipaper',
    ]);
  });

  it('drops the German article before an English name in German copy', () => {
    expect(found('Das ist falsch, schreibt die New York Times in ihrer Ausgabe.', 'de')).toEqual([
      'schreibt die New York Times = nyt',
    ]);
  });

  it('reads an Italian name with its own article in German copy', () => {
    expect(found('Das ist falsch, schreibt La Repubblica in ihrer Ausgabe.', 'de')).toEqual([
      'schreibt La Repubblica = repubblica',
    ]);
  });

  it('does not read an English word as a Portuguese article of a multilingual outlet ("as Reuters reported")', () => {
    expect(found('Prices rose again in March, as Reuters reported on Friday.', 'en')).toEqual([
      'Reuters reported = reuters',
    ]);
  });
});
