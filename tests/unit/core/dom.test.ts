import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classId, firstTag, squash, tagOf } from '../../../src/core/dom';
import { linkedom } from './helpers';

const WHITESPACE = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];

describe('squash', () => {
  it('collapses exactly like /\\s+/g → " " and trims, for any mix of whitespace and text', () => {
    const piece = fc.oneof(
      fc.constantFrom(...WHITESPACE),
      fc.string({ maxLength: 5 }),
      fc.constantFrom('a', 'Wort', 'ü', '日本'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(squash(s)).toBe(s.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2_000 },
    );
  });

  it('leaves clean text as it is', () => {
    expect(squash('Reuters berichtet, dass')).toBe('Reuters berichtet, dass');
    expect(squash('  a \n\t b\u00a0c  ')).toBe('a b c');
  });
});

describe('element reads', () => {
  it('reads class and id through properties, and falls back to attributes for SVG class objects', () => {
    const doc = linkedom('<div class="Share-Bar" id="Top"></div><svg class="icon"></svg>');
    expect(classId(doc.querySelector('div')!)).toBe('share-bar top');
    const svg = doc.querySelector('svg')!;
    Object.defineProperty(svg, 'className', { value: { baseVal: 'icon' } });
    expect(classId(svg)).toBe('icon ');
  });

  it('survives getters that throw', () => {
    const doc = linkedom('<p class="x">t</p>');
    const p = doc.querySelector('p')!;
    Object.defineProperty(p, 'className', {
      get: () => {
        throw new Error('hostile');
      },
    });
    Object.defineProperty(p, 'localName', {
      get: () => {
        throw new Error('hostile');
      },
    });
    // linkedom's getAttribute('class') reads className itself: what matters is a string, not a throw.
    expect(typeof classId(p)).toBe('string');
    expect(tagOf(p)).toBe('');
  });
});

describe('firstTag', () => {
  it('finds the first element of a tag that the predicate accepts, in page order', () => {
    const doc = linkedom(
      '<head><link rel="stylesheet" href="a.css"><link rel="Canonical" href="/c"></head><body><time>x</time><time datetime="2025-01-02">y</time></body>',
    );
    expect(
      firstTag(doc, 'link', (l) => (l.getAttribute('rel') ?? '').toLowerCase() === 'canonical')?.getAttribute('href'),
    ).toBe('/c');
    expect(firstTag(doc, 'time', (t) => t.hasAttribute('datetime'))?.textContent).toBe('y');
    expect(firstTag(doc, 'video', () => true)).toBeNull();
  });

  it('answers null when the page breaks the collection', () => {
    const broken = {
      getElementsByTagName: () => {
        throw new Error('hostile');
      },
    } as unknown as Document;
    expect(firstTag(broken, 'time', () => true)).toBeNull();
  });
});
