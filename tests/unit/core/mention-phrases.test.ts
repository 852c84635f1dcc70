import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AFTER, BEFORE, byFirstChar, phraseHits } from '../../../src/core/mention-phrases';

/** What the one-scan phraseHits must equal: each list's own non-overlapping matches at ASCII word starts. */
const atWordStarts = (alts: string[], t: string) =>
  [...t.matchAll(new RegExp(`\\b(?:${byFirstChar(alts)})`, 'g'))].flatMap((m) => [m.index, m[0].length]);

const WORDS = [
  'Reuters',
  'berichtet',
  'berichtete',
  'laut',
  'Laut',
  'according to',
  'said',
  'says',
  'told',
  'has reported',
  'reported',
  'hat zuerst berichtet',
  'zitiert',
  'Nach Angaben der',
  'x',
  'ü',
  '2',
  '_',
  "'",
  '’',
  ' ',
  ', ',
  '. ',
  'the',
  'BBC',
  'Spiegel',
  'schreibt',
  'in an interview with',
];

describe('phraseHits', () => {
  it('finds what scanning for each phrase list separately finds, at word starts', () => {
    const piece = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const t = parts.join('');
        const hits = phraseHits(t);
        expect(hits.after).toEqual(atWordStarts(AFTER, t));
        expect(hits.before).toEqual(atWordStarts(BEFORE, t));
      }),
      { numRuns: 3_000 },
    );
  });

  it('skips phrases glued to a preceding letter', () => {
    expect(phraseHits('Reuters berichtet').after).toEqual([8, 9]);
    expect(phraseHits('Reutersberichtet').after).toEqual([]);
    expect(phraseHits('Er sagte laut Reuters').before).toEqual([9, 4]);
  });
});
