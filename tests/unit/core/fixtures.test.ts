import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, detect } from '../../../src/core';
import { REASON_CODES } from '../../../src/core/reason-codes';
import { FIXTURES, fixture, jsdom, linkedom, testDirectory } from './helpers';

const canonical = (doc: Document) => doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
const dir = testDirectory();

describe.each(readdirSync(join(FIXTURES, 'non-articles')))('non-article fixture %s', (file) => {
  const html = fixture(`non-articles/${file}`);
  it('is not an article (linkedom and jsdom agree)', () => {
    const doc = linkedom(html);
    const d = detect(doc, canonical(doc));
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(false);
    expect(d.confidence).toBeGreaterThanOrEqual(0.5);
    expect(detect(jsdom(html), canonical(doc)).isArticle).toBe(false);
  });
  it('gives reasons with known codes', () => {
    const doc = linkedom(html);
    for (const r of detect(doc, canonical(doc)).reasons) expect(Object.keys(REASON_CODES)).toContain(r.code);
  });
});

describe('English wire story', () => {
  const doc = linkedom(fixture('articles/en-wire-story.html'));
  const r = analyze(doc, { url: canonical(doc), directory: dir });
  it('is an article with metadata', () => {
    expect(r.isArticle).toBe(true);
    expect(r.title).toBe('Port workers end strike after pay deal');
    expect(r.lang).toBe('en');
    expect(r.metadata.byline).toBe('Jane Miller');
    expect(r.tags).toEqual(['Labour', 'Ports', 'Trade']);
  });
  it('reads the dateline and the Sources list', () => {
    expect(r.references.map((x) => [x.label, x.kind, x.outlet])).toEqual([
      ['(Reuters)', 'dateline', 'Reuters'],
      ['Sources', 'list', 'The New York Times'],
      ['Sources', 'list', 'Reuters'],
      ['Sources', 'list', 'Newsweek'],
    ]);
  });
  it('finds English attributions and audits them', () => {
    expect(r.mentions.map((m) => [m.text, m.outlet, m.referenced])).toEqual([
      ['according to The New York Times', 'The New York Times', true],
      ['told Reuters', 'Reuters', true],
      ['Al Jazeera reported', 'Al Jazeera', false],
    ]);
    expect(r.audit.unreferencedMentions).toEqual(['men-3']);
    expect(r.audit.unmentionedReferences).toEqual(['ref-3', 'ref-4']);
  });
  it('categorises body links and skips share bars, comments, navigation and footer', () => {
    expect(r.links.map((l) => [l.domain, l.category])).toEqual([
      ['example.gov', 'government'],
      ['uni-example.edu', 'academic'],
      ['wikipedia.org', 'reference'],
      ['nytimes.com', 'news'],
      ['reuters.com', 'news'],
      ['newsweek.com', 'news'],
    ]);
    expect(r.outlets.find((o) => o.domain === 'wikipedia.org')?.category).toBe('reference');
  });
  it('reads totals from a table', () => expect(r.declaredTotals).toEqual({ web: 12, social: 40, forums: 3 }));
});

describe('German agency story', () => {
  const doc = linkedom(fixture('articles/de-agentur.html'));
  const r = analyze(doc, { url: canonical(doc), directory: dir });
  it('is an article', () => {
    expect(r.isArticle).toBe(true);
    expect(r.title).toBe('Hitzewelle: Kommunen öffnen kühle Räume');
    expect(r.metadata.byline).toBe('Petra Schulz');
  });
  it('reads dateline, "Mit Material von" and "Quelle:" credits', () => {
    expect(r.references.map((x) => [x.label, x.kind, x.outlet])).toEqual([
      ['(dpa)', 'dateline', 'dpa'],
      ['Mit Material von', 'credit', 'dpa'],
      ['Mit Material von', 'credit', 'AFP'],
      ['Quelle', 'credit', 'tagesschau'],
    ]);
  });
  it('finds "laut X", "wie der X berichtet" and "Die X meldete", all unreferenced', () => {
    expect(r.mentions.map((m) => [m.text, m.name, m.outlet])).toEqual([
      ['Laut Spiegel', 'Spiegel', 'Der Spiegel'],
      ['der Spiegel berichtet', 'der Spiegel', 'Der Spiegel'],
      ['Die BBC meldete', 'Die BBC', 'BBC'],
    ]);
    expect(r.mentions.every((m) => !m.referenced)).toBe(true);
  });
  it('has no declared totals', () => expect(r.declaredTotals).toBeNull());
});
