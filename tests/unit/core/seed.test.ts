import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../../src/core';
import type { SourceReport } from '../../../src/core/types';
import { fixture, jsdom, linkedom, SEED_URL, seedDirectory } from './helpers';

const expected = JSON.parse(fixture('expected.json'));
const dir = seedDirectory();

const forms: Array<[string, () => SourceReport]> = [
  ['article.html (linkedom)', () => analyze(linkedom(fixture('article.html')), { url: SEED_URL, directory: dir })],
  ['article.html (jsdom)', () => analyze(jsdom(fixture('article.html'), SEED_URL), { url: SEED_URL, directory: dir })],
  [
    'article-bare.html (linkedom)',
    () => analyze(linkedom(fixture('article-bare.html')), { url: SEED_URL, directory: dir }),
  ],
  [
    'article-bare.html (jsdom)',
    () => analyze(jsdom(fixture('article-bare.html'), SEED_URL), { url: SEED_URL, directory: dir }),
  ],
  ['article-bare.html (no URL)', () => analyze(linkedom(fixture('article-bare.html')), { url: '', directory: dir })],
  ['seed.txt', () => analyzeText(fixture('seed.txt'), { directory: dir })],
];

describe.each(forms)('seed page: %s', (_name, run) => {
  const r = run();
  it('is an article with the expected title and language', () => {
    expect(r.status).toBe('complete');
    expect(r.isArticle).toBe(true);
    expect(r.title).toBe(expected.title);
    expect(r.lang).toBe(expected.lang);
  });
  it('finds exactly the expected tags', () => expect(r.tags).toEqual(expected.tags));
  it('finds exactly the expected references', () => {
    expect(r.references.map(({ label, domain, outlet }) => ({ label, domain, outlet }))).toEqual(expected.references);
  });
  it('links each mention to its reference', () => {
    expect(r.mentions.map((m) => ({ text: m.text, outlet: m.outlet, reference: m.reference }))).toEqual(
      expected.mentions,
    );
    for (const m of r.mentions) expect(r.references.find((x) => x.id === m.referenceId)?.label).toBe(m.reference);
  });
  it('reads the declared totals', () => expect(r.declaredTotals).toEqual(expected.declaredTotals));
  it('leaves nothing unreferenced or unmentioned', () => {
    expect(r.audit).toEqual({ unreferencedMentions: [], unmentionedReferences: [] });
    expect(r.references.every((x) => x.mentioned)).toBe(true);
  });
  it('summarises one outlet per cited outlet, with directory data', () => {
    const names = r.outlets.map((o) => o.name).sort();
    expect(names).toEqual(['Al Jazeera', 'Newsweek', 'The New York Times']);
    const aj = r.outlets.find((o) => o.name === 'Al Jazeera')!;
    expect(aj).toMatchObject({
      domain: 'aljazeera.com',
      homepage: 'https://aljazeera.com',
      country: 'QA',
      type: 'broadcaster',
      category: 'news',
    });
    expect(aj.citedBy.references).toBe(1);
    expect(aj.citedBy.mentions).toBe(1);
    expect(r.breakdown.byCategory.news).toBe(3);
    expect(r.breakdown.byCountry).toEqual({ QA: 1, US: 2 });
  });
  it('does not count share buttons, navigation or footer links', () => {
    const domains = r.links.map((l) => l.domain);
    for (const d of ['facebook.com', 'x.com', 'instagram.com', 'nachrichten.example']) expect(domains).not.toContain(d);
    expect(r.outlets.every((o) => o.category === 'news')).toBe(true);
  });
  it('gives mention offsets that point at the mention text', () => {
    for (const m of r.mentions) expect(m.position.offset).toBeGreaterThan(0);
    expect(new Set(r.mentions.map((m) => m.position.offset)).size).toBe(r.mentions.length);
  });
});

describe('seed page, rich HTML specifics', () => {
  const r = analyze(linkedom(fixture('article.html')), { url: SEED_URL, directory: dir });
  it('keeps the reference links as outbound links to the three outlets only', () => {
    expect(r.links.map((l) => l.domain)).toEqual(['aljazeera.com', 'newsweek.com', 'nytimes.com']);
    expect(r.mentions.every((m) => m.linkId)).toBe(true);
  });
  it('fills metadata', () => {
    expect(r.metadata).toMatchObject({
      publishedTime: '2025-01-19T08:30:00+01:00',
      siteName: 'Nachrichtenportal',
      canonicalUrl: 'https://nachrichten.example/politik/iran-und-russland-historischer-militaerpakt',
    });
  });
  it('uses the injected clock for timings', () => {
    let t = 0;
    const timed = analyze(linkedom(fixture('article.html')), { url: SEED_URL, directory: dir, clock: () => (t += 10) });
    expect(timed.timings).toEqual({ detectMs: 10, extractMs: 10, totalMs: 20 });
  });
  it('mention text can be found in the article container text', () => {
    const doc = linkedom(fixture('article.html'));
    const text = (doc.querySelector('article')?.textContent ?? '').replace(/\s+/g, ' ');
    for (const m of r.mentions) expect(text).toContain(m.text);
  });
});
