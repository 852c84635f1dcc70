import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessLang, wordsOf } from '../../../src/core/lang-guess';

// Letters and non-letters from many scripts, ASCII punctuation, marks, digits, astral characters.
const PIECES = [
  'the',
  'und',
  'für',
  'más',
  'è',
  'não',
  'Straße',
  'ªº',
  'µ',
  '日本語',
  'русский',
  'عربي',
  'עברית',
  'ˆ',
  '\u0301',
  '’',
  '–',
  '—',
  '\u00a0',
  '…',
  '1984',
  '©®',
  '𝔘𝔫𝔦',
  '😀',
  '\ud800',
  'ǅ',
  'ﬁ',
  ' ',
  ',',
  '.',
];

describe('guessLang', () => {
  it('splits words exactly like /\\p{L}+/gu on lower-cased text', () => {
    const piece = fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 4 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const lower = parts.join('').toLowerCase();
        expect(wordsOf(lower)).toEqual(lower.match(/\p{L}+/gu) ?? []);
      }),
      { numRuns: 3_000 },
    );
  });

  it('names the language of running text, and nothing for too little text', () => {
    expect(
      guessLang(
        'Die Regierung hat am Montag mitgeteilt, dass die neuen Regeln für die Schulen auch im Winter gelten und nicht geändert werden, wie der Sprecher sagte.',
      ),
    ).toBe('de');
    expect(
      guessLang(
        'The government said on Monday that the new rules for schools will also apply in winter and that they are not going to change, as the spokesman put it.',
      ),
    ).toBe('en');
    expect(guessLang('Too short to tell.')).toBeNull();
  });
});
