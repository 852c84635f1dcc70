import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../../src/core';
import { textBlocks } from '../../../src/core/blocks';
import { extractTotals } from '../../../src/core/totals';
import { splitTagLine } from '../../../src/core/tags';
import { linkedom, testDirectory } from './helpers';

const dir = testDirectory();
const page = (body: string, head = '') =>
  linkedom(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
const LONG =
  'The agreement was reached after many weeks of difficult talks between the two sides, and both delegations said they were satisfied with the outcome for now. ';
const run = (body: string, head = '') =>
  analyze(page(`<article><h1>A headline for the test page</h1><p>${LONG}</p>${body}</article>`, head), {
    url: 'https://site.example/a/b-c-d-e',
    directory: dir,
  });

describe('declared totals', () => {
  const totals = (text: string) => extractTotals(textBlocks(text));
  it.each([
    ['Quellen gesamt\nWeb: 15Social: 194Foren: 38', { web: 15, social: 194, forums: 38 }],
    ['Quellen gesamt Web: 15 Social: 194 Foren: 38', { web: 15, social: 194, forums: 38 }],
    ['Sources total\nWeb\n12\nSocial\n40\nForums\n3', { web: 12, social: 40, forums: 3 }],
    ['Total sources: Web 7, Social media 2, Forums 0', { web: 7, social: 2, forums: 0 }],
    ['Web: 4 | Social: 9', { web: 4, social: 9, forums: null }],
  ])('%j', (text, want) => expect(totals(text)).toEqual(want));
  it('is null when the page declares none', () =>
    expect(totals('Just a paragraph about the web and social media.')).toBeNull());
  it('reads separate elements', () => {
    const r = run(
      '<div class="totals"><span>Quellen gesamt</span><div>Web: 1</div><div>Social: 2</div><div>Foren: 3</div></div>',
    );
    expect(r.declaredTotals).toEqual({ web: 1, social: 2, forums: 3 });
  });
});

describe('references', () => {
  it('reads footnote lists after a References heading', () => {
    const r = run(
      '<h2>References</h2><ol><li>[1] <a href="https://www.bbc.co.uk/news/x">BBC News report</a></li><li>[2] https://www.reuters.com/world/y</li></ol>',
    );
    expect(r.references.map((x) => [x.label, x.kind, x.domain, x.outlet])).toEqual([
      ['[1]', 'footnote', 'bbc.co.uk', 'BBC'],
      ['[2]', 'footnote', 'reuters.com', 'Reuters'],
    ]);
  });
  it('reads "Quellen:" with several plain-text domains', () => {
    const r = run('<p>Quellen: spiegel.de, tagesschau.de</p>');
    expect(r.references.map((x) => [x.label, x.domain, x.outlet])).toEqual([
      ['Quellen', 'spiegel.de', 'Der Spiegel'],
      ['Quellen', 'tagesschau.de', 'tagesschau'],
    ]);
  });
  it('reads an English "(Reuters) -" dateline only at the start of the story', () => {
    const r = analyze(
      page(
        `<article><h1>Headline of the story here</h1><p>LONDON (Reuters) - ${LONG}</p><p>${LONG} (AFP) - not a dateline here</p></article>`,
      ),
      { url: '', directory: dir },
    );
    expect(r.references.map((x) => [x.label, x.kind, x.outlet])).toEqual([['(Reuters)', 'dateline', 'Reuters']]);
  });
  it('ignores photo credits and unknown names', () => {
    expect(run('<p>Quelle: Getty Images</p>').references).toEqual([]);
  });
});

describe('mentions', () => {
  const mentions = (sentence: string) =>
    analyzeText(`Title line of the test\n\n${LONG}${sentence} ${LONG}`, { directory: dir }).mentions.map((m) => m.text);
  it.each([
    ['Reuters berichtete am Montag über den Fall.', 'Reuters berichtete'],
    ['Das schreibt der Spiegel in seiner neuen Ausgabe.', 'schreibt der Spiegel'],
    ['Der Spiegel zitiert einen Beamten.', 'Der Spiegel zitiert'],
    ['Der BBC zufolge ist das falsch.', 'Der BBC zufolge'],
    ['Nach Angaben der BBC ist das falsch.', 'Nach Angaben der BBC'],
    ['According to Reuters, the talks failed.', 'According to Reuters'],
    ['The New York Times noted that the talks failed.', 'The New York Times noted'],
    ['A spokesman told the BBC that the talks failed.', 'told the BBC'],
    ['Newsweek said the talks failed.', 'Newsweek said'],
  ])('%s', (sentence, want) => expect(mentions(sentence)).toEqual([want]));
  it('never turns ordinary capitalised words into mentions', () => {
    expect(mentions('Experten berichten, die Regierung betont, Präsident Trump said, Analysten meldeten.')).toEqual([]);
  });
  it('keeps a mention without reference and marks it unreferenced', () => {
    const r = analyzeText(`Title line of the test\n\n${LONG}Al Jazeera berichtet darüber. ${LONG}`, { directory: dir });
    expect(r.mentions[0]).toMatchObject({ outlet: 'Al Jazeera', referenced: false, referenceId: null });
    expect(r.audit.unreferencedMentions).toEqual([r.mentions[0].id]);
  });
  it('gives exact substrings and offsets into the article text', () => {
    const text = `Title line of the test\n\n${LONG}Laut Reuters ist das so. ${LONG}`;
    const r = analyzeText(text, { directory: dir });
    const joined = text.split('\n').filter(Boolean).join('\n');
    expect(
      joined.slice(r.mentions[0].position.offset!, r.mentions[0].position.offset! + r.mentions[0].text.length),
    ).toBe('Laut Reuters');
  });
});

describe('tags', () => {
  it('splits plain-text tag rows', () => {
    expect(splitTagLine('RusslandTürkeiYork')).toEqual(['Russland', 'Türkei', 'York']);
    expect(splitTagLine('Politik · Wirtschaft · Politik')).toEqual(['Politik', 'Wirtschaft']);
  });
  it('reads keywords, news_keywords, JSON-LD keywords, once each, trimmed', () => {
    expect(run('', '<meta name="news_keywords" content=" Iran , Russland,iran ">').tags).toEqual(['Iran', 'Russland']);
    expect(
      run('', '<script type="application/ld+json">{"@type":"NewsArticle","keywords":["A b","C"]}</script>').tags,
    ).toEqual(['A b', 'C']);
  });
  it('reads tag links by URL shape and drops machine codes and IDs', () => {
    const r = run(
      '<div class="schlagworte"><a href="/schlagwort/iran">Iran</a> <a href="/schlagwort/usa">USA</a></div>',
    );
    expect(r.tags).toEqual(['Iran', 'USA']);
    expect(
      run(
        '',
        '<meta property="article:tag" content="AERO"><meta property="article:tag" content="GEN"><meta property="article:tag" content="Airlines">',
      ).tags,
    ).toEqual(['Airlines']);
  });
  it('reads rel=tag links as a[rel~=tag i] selects them, and ahead of keyword metas', () => {
    const links =
      '<p><a rel="TAG" href="/x/1">Klima</a> <a rel="nofollow tag" href="/x/2">Energie</a> <a rel="tags" href="/x/3">Nope</a> <a rel="x\u00a0tag" href="/x/4">Nbsp</a></p>';
    expect(run(links, '<meta name="keywords" content="Wetter">').tags).toEqual(['Klima', 'Energie']);
  });
});

describe('links', () => {
  it('resolves relative links, drops internal, javascript and share links', () => {
    const r = run(
      '<p>See <a href="/internal">this</a>, <a href="javascript:void(0)">that</a>, <a href="https://www.facebook.com/sharer/sharer.php?u=1">share</a>, <a href="https://sub.site.example/x">sub</a> and <a href="https://x.com/someone/status/1">a post</a>.</p>',
    );
    expect(r.links.map((l) => [l.domain, l.category])).toEqual([['x.com', 'social']]);
  });
});
