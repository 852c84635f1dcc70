import { emptyBreakdown } from '../../../src/core/report-base';
import type { SourceReport } from '../../../src/core/types';
import { validReport } from '../messaging/report-fixture';

/** The seed article as the popup should see it: three outlets, declared totals, one gap each way in the audit. */
export function seedReport(): SourceReport {
  const base = validReport();
  return {
    ...base,
    url: 'https://nachrichten.example/politik/iran-und-russland',
    title: 'Iran und Russland: Historischer Militärpakt gegen den Westen unterzeichnet!',
    lang: 'de',
    confidence: 1,
    reasons: [
      { code: 'og-type-article', weight: 2, detail: 'article' },
      { code: 'text-density', weight: 3, detail: '7 long paragraphs' },
      { code: 'many-links', weight: -1 },
    ],
    metadata: {
      ...base.metadata,
      title: 'Iran und Russland',
      lang: 'de',
      publishedTime: '2025-01-19T08:30:00+01:00',
      siteName: 'Nachrichtenportal',
      byline: null,
    },
    tags: ['Russland', 'Türkei', 'York'],
    references: [
      {
        id: 'ref-1',
        label: 'Referenz 1',
        kind: 'list',
        url: 'https://www.aljazeera.com/',
        domain: 'aljazeera.com',
        outlet: 'Al Jazeera',
        text: 'www.aljazeera.com',
        category: 'news',
        mentioned: true,
        position: { index: 0, offset: 3773 },
      },
      {
        id: 'ref-2',
        label: 'Referenz 2',
        kind: 'list',
        url: 'https://www.newsweek.com/',
        domain: 'newsweek.com',
        outlet: 'Newsweek',
        text: 'www.newsweek.com',
        category: 'news',
        mentioned: true,
        position: { index: 1, offset: 3802 },
      },
      {
        id: 'ref-3',
        label: 'Referenz 3',
        kind: 'list',
        url: 'https://www.nytimes.com/2025/01/18/world/iran-russia.html',
        domain: 'nytimes.com',
        outlet: 'The New York Times',
        text: 'www.nytimes.com',
        category: 'news',
        mentioned: false,
        position: { index: 2, offset: 3830 },
      },
    ],
    mentions: [
      {
        id: 'men-1',
        text: 'Al Jazeera berichtet',
        name: 'Al Jazeera',
        outlet: 'Al Jazeera',
        domain: 'aljazeera.com',
        referenceId: 'ref-1',
        reference: 'Referenz 1',
        linkId: null,
        referenced: true,
        position: { index: 0, offset: 100 },
      },
      {
        id: 'men-2',
        text: 'Newsweek hebt hervor',
        name: 'Newsweek',
        outlet: 'Newsweek',
        domain: 'newsweek.com',
        referenceId: 'ref-2',
        reference: 'Referenz 2',
        linkId: null,
        referenced: true,
        position: { index: 1, offset: 900 },
      },
      {
        id: 'men-3',
        text: 'laut Reuters',
        name: 'Reuters',
        outlet: 'Reuters',
        domain: 'reuters.com',
        referenceId: null,
        reference: null,
        linkId: null,
        referenced: false,
        position: { index: 2, offset: 1500 },
      },
    ],
    links: [
      {
        id: 'lnk-1',
        url: 'https://x.com/someone/status/1',
        domain: 'x.com',
        text: 'Post on X',
        category: 'social',
        outlet: null,
        platform: { name: 'X', account: '@someone' },
        shortener: false,
        position: { index: 0, offset: null },
      },
    ],
    outlets: [
      {
        name: 'Al Jazeera',
        domain: 'aljazeera.com',
        category: 'news',
        country: 'QA',
        type: 'broadcaster',
        homepage: 'https://aljazeera.com',
        citedBy: { references: 1, mentions: 1, links: 0 },
        urls: ['https://www.aljazeera.com/'],
        referenceIds: ['ref-1'],
        mentionIds: ['men-1'],
        linkIds: [],
      },
      {
        name: 'Newsweek',
        domain: 'newsweek.com',
        category: 'news',
        country: 'US',
        type: 'magazine',
        homepage: 'https://newsweek.com',
        citedBy: { references: 1, mentions: 1, links: 0 },
        urls: ['https://www.newsweek.com/'],
        referenceIds: ['ref-2'],
        mentionIds: ['men-2'],
        linkIds: [],
      },
      {
        name: 'The New York Times',
        domain: 'nytimes.com',
        category: 'news',
        country: 'US',
        type: 'newspaper',
        homepage: 'https://nytimes.com',
        citedBy: { references: 1, mentions: 0, links: 0 },
        urls: ['https://www.nytimes.com/2025/01/18/world/iran-russia.html'],
        referenceIds: ['ref-3'],
        mentionIds: [],
        linkIds: [],
      },
      {
        name: 'Reuters',
        domain: 'reuters.com',
        category: 'news',
        country: 'GB',
        type: 'news-agency',
        homepage: 'https://reuters.com',
        citedBy: { references: 0, mentions: 1, links: 0 },
        urls: [],
        referenceIds: [],
        mentionIds: ['men-3'],
        linkIds: [],
      },
      {
        name: 'X',
        domain: 'x.com',
        category: 'social',
        country: null,
        type: null,
        homepage: 'https://x.com',
        citedBy: { references: 0, mentions: 0, links: 1 },
        urls: ['https://x.com/someone/status/1'],
        referenceIds: [],
        mentionIds: [],
        linkIds: ['lnk-1'],
      },
    ],
    declaredTotals: { web: 15, social: 194, forums: 38 },
    breakdown: {
      byCategory: { news: 4, social: 1, forum: 0, reference: 0, academic: 0, government: 0, other: 0 },
      byCountry: { QA: 1, US: 2, GB: 1 },
      byType: { broadcaster: 1, magazine: 1, newspaper: 1, 'news-agency': 1 },
    },
    audit: { unreferencedMentions: ['men-3'], unmentionedReferences: ['ref-3'] },
    timings: { detectMs: 2.4, extractMs: 11.3, totalMs: 14.1 },
  };
}

/** A report with nothing extracted: what a page first judged "not an article" gets. */
export function detectionOnlyReport(): SourceReport {
  const r = seedReport();
  return {
    ...r,
    status: 'detection-only',
    isArticle: false,
    confidence: 0.8,
    reasons: [{ code: 'listing-structure', weight: -3, detail: '24 teasers' }],
    tags: [],
    references: [],
    mentions: [],
    links: [],
    outlets: [],
    declaredTotals: null,
    breakdown: emptyBreakdown(),
    audit: { unreferencedMentions: [], unmentionedReferences: [] },
  };
}

export function nothingCitedReport(): SourceReport {
  return {
    ...detectionOnlyReport(),
    status: 'complete',
    isArticle: true,
    confidence: 0.9,
    reasons: [{ code: 'byline', weight: 1 }],
  };
}

/** A report as a hostile or huge page makes it: `n` outlets with long URLs, one attribution repeated `n` times, long tags. */
export function largeReport(n: number): SourceReport {
  const r = seedReport();
  const longPath = `/${'tracking-parameter-'.repeat(40)}?utm_source=${'x'.repeat(300)}`;
  const outlets = Array.from({ length: n }, (_, i) => ({
    ...r.outlets[0],
    name: `Outlet ${i} ${'Verylongoutletnamewithoutanyspace'.repeat(i === 0 ? 4 : 1)}`,
    domain: `outlet-${i}.example`,
    urls: Array.from({ length: 6 }, (_, k) => `https://outlet-${i}.example${longPath}&k=${k}`),
    referenceIds: [],
    mentionIds: [`men-${i}`],
  }));
  const mentions = Array.from({ length: n }, (_, i) => ({
    ...r.mentions[2],
    id: `men-${i}`,
    position: { index: i, offset: i * 40 },
  }));
  return {
    ...r,
    tags: Array.from({ length: 40 }, (_, i) => `${'Schlagwortohneleerzeichen'.repeat(i === 0 ? 6 : 1)}${i}`),
    mentions,
    outlets,
    audit: { unreferencedMentions: mentions.map((m) => m.id), unmentionedReferences: ['ref-3'] },
  };
}
