import type { SourceReport } from '../../../src/core/types';

/** A small but complete report, valid against the schema. */
export function validReport(): SourceReport {
  return {
    schemaVersion: 1,
    url: 'https://news.example/a',
    status: 'complete',
    isArticle: true,
    confidence: 0.9,
    reasons: [{ code: 'og-type-article', weight: 0.3 }],
    title: 'A title',
    lang: 'en',
    metadata: { title: 'A title', lang: 'en', publishedTime: null, byline: null, siteName: 'News', canonicalUrl: null },
    tags: ['One'],
    references: [
      {
        id: 'ref-1',
        label: 'Source 1',
        kind: 'list',
        url: 'https://www.reuters.com/x',
        domain: 'reuters.com',
        outlet: 'Reuters',
        text: 'reuters.com',
        category: 'news',
        mentioned: true,
        position: { index: 0, offset: null },
      },
    ],
    mentions: [
      {
        id: 'men-1',
        text: 'according to Reuters',
        name: 'Reuters',
        outlet: 'Reuters',
        domain: 'reuters.com',
        referenceId: 'ref-1',
        reference: 'Source 1',
        linkId: null,
        referenced: true,
        position: { index: 0, offset: 12 },
      },
    ],
    links: [],
    outlets: [
      {
        name: 'Reuters',
        domain: 'reuters.com',
        category: 'news',
        country: 'GB',
        type: 'news-agency',
        homepage: 'https://reuters.com/',
        citedBy: { references: 1, mentions: 1, links: 0 },
        urls: ['https://www.reuters.com/x'],
        referenceIds: ['ref-1'],
        mentionIds: ['men-1'],
        linkIds: [],
      },
    ],
    declaredTotals: null,
    breakdown: {
      byCategory: { news: 1, social: 0, forum: 0, reference: 0, academic: 0, government: 0, other: 0 },
      byCountry: { GB: 1 },
      byType: { 'news-agency': 1 },
    },
    audit: { unreferencedMentions: [], unmentionedReferences: [] },
    timings: { detectMs: 1, extractMs: 2, totalMs: 3 },
  };
}
