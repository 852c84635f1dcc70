/**
 * Detection on the labelled pages in tests/fixtures/pages/<kind>/ (written by
 * `npm run fixtures:pages`): every page gets its label, each kind is recognised
 * by the signal meant for it, and the early exit never changes a verdict.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core';
import { DETECTION_KINDS } from '../../../tools/detection-kinds';
import { FIXTURES, fixture, jsdom, linkedom } from './helpers';

const canonical = (doc: Document) => doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
const pages = (kind: string) =>
  readdirSync(join(FIXTURES, 'pages', kind))
    .filter((f) => f.endsWith('.html'))
    .sort();
const codes = (d: ReturnType<typeof detect>) => d.reasons.map((r) => r.code);

/** The reason each kind should be recognised by (on at least 8 of its 10 pages). */
const SIGNAL_OF: Record<keyof typeof DETECTION_KINDS, string> = {
  product: 'product-page',
  organisation: 'company-page',
  event: 'event-page',
  recipe: 'recipe-page',
  lyrics: 'verse-lines',
  video: 'video-page',
  forum: 'forum-thread',
  listing: 'listing-structure',
  landing: 'product-page',
  brief: 'dateline',
  blog: 'published-time',
};

describe.each(Object.entries(DETECTION_KINDS))('%s pages', (kind, want) => {
  const files = pages(kind);
  const docs = files.map((f) => linkedom(fixture(`pages/${kind}/${f}`)));
  it('are at least eight, half of them German', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(docs.filter((d) => d.documentElement.getAttribute('lang') === 'de').length).toBeGreaterThanOrEqual(4);
  });
  it.each(files.map((f, i) => [f, i] as const))(`%s: isArticle is ${want}`, (_f, i) => {
    const d = detect(docs[i], canonical(docs[i]));
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(want);
    expect(d.confidence).toBeGreaterThanOrEqual(0.5);
  });
  it(`are recognised by ${SIGNAL_OF[kind as keyof typeof DETECTION_KINDS]}`, () => {
    const hits = docs.filter((doc) =>
      codes(detect(doc, canonical(doc), { readAll: true })).includes(SIGNAL_OF[kind as keyof typeof DETECTION_KINDS]),
    );
    expect(hits.length).toBeGreaterThanOrEqual(8);
  });
  it('get the same verdict when every signal is read (the early exit is safe)', () => {
    for (const doc of docs)
      expect(detect(doc, canonical(doc)).isArticle).toBe(detect(doc, canonical(doc), { readAll: true }).isArticle);
  });
  it('get the same verdict from jsdom', () => {
    const html = fixture(`pages/${kind}/${files[0]}`);
    const url = canonical(docs[0]);
    expect(detect(jsdom(html), url).isArticle).toBe(detect(docs[0], url).isArticle);
  });
});

const wrap = (body: string, head = '') =>
  linkedom(`<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`);
const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of running text: the council met on Tuesday and agreed, after a long debate about costs and timing, that the new bridge would be built in two stages over the next three years, with the first stage starting in spring.</p>`,
  ).join('');

describe('detection signals', () => {
  it('reads short <br>-broken lines as verse, not as paragraphs', () => {
    const stanza =
      '<p>The lanterns hang above the street,<br>the night is warm and slow,<br>we count the sirens one by one,<br>and wish before they go.</p>';
    const d = detect(
      wrap(`<h1>Paper Lanterns</h1>${stanza.repeat(4)}`),
      'https://lyrics.example/quiet-harbour/paper-lanterns-lyrics',
    );
    expect(codes(d)).toContain('verse-lines');
    expect(d.isArticle).toBe(false);
    const d2 = detect(
      wrap(`<h1>Bridge</h1>${prose(4)}`),
      'https://news.example/local/council-agrees-two-stage-bridge-plan',
    );
    expect(codes(d2)).not.toContain('verse-lines');
  });

  it('reads a dateline at the start of the text', () => {
    const brief = (lead: string) =>
      wrap(
        `<h1>Quake shakes central Chile</h1><time datetime="2025-11-03">3 Nov</time><p>${lead} A magnitude 5.8 earthquake shook central Chile on Monday, rattling buildings in the capital, but there were no immediate reports of damage or injuries, officials said.</p>`,
      );
    expect(codes(detect(brief('SANTIAGO (AP) —'), ''))).toContain('dateline');
    expect(codes(detect(brief('Berlin (dpa/lni) -'), ''))).toContain('dateline');
    expect(codes(detect(brief('On Monday,'), ''))).not.toContain('dateline');
  });

  const teasers = Array.from(
    { length: 7 },
    (_, i) =>
      `<div class="card"><h3><a href="/business/story-${i}">Headline number ${i} about the regional economy</a></h3><p>Summary ${i}: the number of new homes started fell again between July and September, developers blame high interest rates and costs, and industry groups call for faster planning decisions.</p></div>`,
  ).join('');
  it('calls a page of linked headlines with summaries a listing', () => {
    const d = detect(wrap(`<h1>Business</h1>${teasers}`), 'https://news.example/business/');
    expect(d.isArticle).toBe(false);
    expect(codes(d)).toContain('listing-structure');
  });
  it('keeps an article followed by a stream of teasers an article', () => {
    const d = detect(
      wrap(`<h1>Council agrees bridge plan</h1>${prose(8)}<section>${teasers}</section>`),
      'https://news.example/local/council-agrees-two-stage-bridge-plan',
    );
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(true);
  });

  it('counts one kind of non-article only: the strongest', () => {
    const html = `<h1>Oak table</h1><span class="price">£899</span><button>Add to cart</button><ul><li class="ingredient">oak</li><li class="ingredient">oil</li><li class="ingredient">wax</li></ul>${prose(1)}`;
    const d = detect(wrap(html), 'https://shop.example/p/oak-table', { readAll: true });
    const kinds = codes(d).filter((c) => ['product-page', 'recipe-page'].includes(c));
    expect(kinds).toEqual(['recipe-page']);
  });

  it('reads a long product description beside price and cart as a shop page', () => {
    const html = `<h1>Oak table</h1><div class="product-price">£899.00</div><button class="btn">Add to basket</button>${prose(6)}`;
    const d = detect(
      wrap(html, '<meta property="og:type" content="website">'),
      'https://shop.example/p/solid-oak-dining-table-180',
    );
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(false);
    expect(codes(d)).toContain('product-page');
  });

  it('reads reply controls and many authors as a forum even with long posts', () => {
    const post = (u: string, i: number) =>
      `<div class="post" id="post-${i}"><a class="username" href="/u/${u}">${u}</a><time datetime="2025-11-0${i}">Nov ${i}</time>${prose(1)}<a href="#">Reply</a> <a href="#">Quote</a></div>`;
    const d = detect(
      wrap(
        `<h1>Storing winter tyres?</h1>${['ann', 'bob', 'cy', 'dee'].map(post).join('')}`,
        '<meta property="og:type" content="article">',
      ),
      'https://cars.example/storing-winter-tyres-4821',
    );
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(false);
    expect(codes(d)).toContain('forum-thread');
  });
});

describe('confidence', () => {
  it('says 1.00 only with overwhelming evidence', async () => {
    const { confidenceOf } = await import('../../../src/core/detect-confidence');
    const r = (...w: number[]) => w.map((weight) => ({ code: 'x', weight }));
    expect(confidenceOf(12, r(3, 3, 3, 3))).toBe(1);
    expect(confidenceOf(12, r(3, 3, 3, 4, -1))).toBe(0.99); // one signal against
    expect(confidenceOf(12, r(6, 6))).toBe(0.99); // two signals only
    expect(confidenceOf(-6, r(-3, -3))).toBeLessThan(0.99);
    expect(confidenceOf(0.2, r(1, -0.8))).toBeLessThan(0.6);
  });
});
