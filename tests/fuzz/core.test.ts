/**
 * Property-based tests of the analysis core over generated DOMs and texts:
 * it never throws, and the report's invariants always hold.
 * FUZZ_RUNS=10000 npm run fuzz for a long run; npm test uses a small default.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText, detect } from '../../src/core';
import type { SourceReport } from '../../src/core/types';
import { linkedom, testDirectory } from '../unit/core/helpers';
import { checkReport } from './invariants';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const dir = testDirectory();

const WORDS = [
  'Al Jazeera',
  'berichtet',
  'laut',
  'Reuters',
  'Die New York Times',
  'betont',
  'according to',
  'the BBC',
  'said',
  'told',
  'Spiegel',
  'Referenz 1',
  'Quelle:',
  'Quellen',
  'Sources:',
  'www.aljazeera.com',
  'https://www.nytimes.com/x',
  'Web: 15',
  'Social: 3',
  'Foren: 2',
  'Quellen gesamt',
  'Mit Material von dpa',
  '(Reuters) –',
  'Berlin',
  'und',
  'der',
  'the',
  '.',
  ',',
  '\u00a0',
  '<',
  '&amp;',
  '[1]',
  'dpa',
  'x.com/a',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 })), { maxLength: 30 })
  .map((w) => w.join(' '));
const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'article',
  'section',
  'h1',
  'h2',
  'nav',
  'footer',
  'aside',
  'ul',
  'li',
  'br',
  'table',
  'td',
  'script',
  'strong',
  'time',
  'main',
];
const HREFS = [
  'https://www.aljazeera.com/news',
  'https://www.reuters.com/',
  'https://x.com/intent/tweet?u=1',
  '/internal',
  'javascript:alert(1)',
  'https://en.wikipedia.org/wiki/X',
  'https://www.facebook.com/sharer/sharer.php',
  '::bad::',
  'mailto:a@b.c',
  'https://sub.nytimes.com/a',
  'http://192.168.0.1/x',
];

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((t) => t.replace(/[<>]/g, ' ')),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.constantFrom(...HREFS),
        fc.constantFrom('', 'share', 'related', 'references', 'tags', 'byline'),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, href, cls, kids]) =>
        tag === 'br'
          ? '<br>'
          : `<${tag}${tag === 'a' ? ` href="${href}"` : ''}${cls ? ` class="${cls}"` : ''}>${kids.join('')}</${tag}>`,
      ),
  ),
}));
const page = fc
  .tuple(
    fc.array(node, { maxLength: 6 }),
    fc.constantFrom(
      '',
      '<meta property="og:type" content="article">',
      '<script type="application/ld+json">{"@type":"NewsArticle","keywords":"a, b"}</script>',
      '<script type="application/ld+json">{broken',
    ),
  )
  .map(
    ([body, head]) =>
      `<!doctype html><html><head><title>T | Site</title>${head}</head><body>${body.join('')}</body></html>`,
  );
const url = fc.constantFrom(
  '',
  'https://nachrichten.example/politik/a-b-c-d',
  'https://www.nytimes.com/2025/01/01/x.html',
  'not a url',
  'file:///tmp/a.html',
);

/** The report invariants are the fuzzer's own (invariants.ts), plus the verdict's range. */
function checkInvariants(r: SourceReport): void {
  checkReport(r);
  expect(r.confidence).toBeGreaterThanOrEqual(0);
  expect(r.confidence).toBeLessThanOrEqual(1);
}

describe('core properties', () => {
  it('analyze never throws on generated DOMs and keeps its invariants', () => {
    fc.assert(
      fc.property(page, url, (html, u) => {
        const doc = linkedom(html);
        expect(() => detect(doc, u)).not.toThrow();
        checkInvariants(analyze(doc, { url: u, directory: dir }));
      }),
      { numRuns: RUNS },
    );
  });

  it('analyze never throws on arbitrary markup', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), url, (html, u) => {
        checkInvariants(analyze(linkedom(html), { url: u, directory: dir }));
      }),
      { numRuns: RUNS },
    );
  });

  it('analyzeText never throws and keeps its invariants', () => {
    const lines = fc.array(text, { maxLength: 15 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(fc.oneof(lines, fc.string({ maxLength: 500 })), (t) => {
        checkInvariants(analyzeText(t, { directory: dir }));
      }),
      { numRuns: RUNS },
    );
  });
});
