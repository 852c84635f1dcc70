/**
 * Open bugs in src/core found by the fuzzer, each pinned by a fixture in
 * tests/fixtures/fuzz/ (regressions.test.ts runs it as it.fails). The
 * properties mask exactly these fields so they keep looking for new failures;
 * remove an entry once the core fixes it (the it.fails test then fails, as a reminder).
 *
 * All are the same class: a string the page controls is not bounded to the
 * limit SourceReportSchema enforces at the border, so the background rejects
 * the whole report ("invalid report:publish: title: Invalid length") and a
 * hostile page can switch Source Lens off for itself with one long <title>.
 */
import type { Link, Metadata, SourceReport } from '../../src/core/types';

export const KNOWN_UNBOUNDED = {
  title: 2_000,
  'metadata.byline': 500,
  'metadata.siteName': 300,
  'metadata.publishedTime': 100,
  'metadata.canonicalUrl': 8_000,
  /** links[].url, and links[].text of analyzeText's links (the URL is their text). */
  'links.url': 4_000,
} as const;
/** Lists longer than the schema's 20,000 items (not masked: the generators stay far below). */
export const KNOWN_COUNTS = { 'links.count': 20_000 } as const;
export type KnownBug = keyof typeof KNOWN_UNBOUNDED | keyof typeof KNOWN_COUNTS;

const cut = (s: string | null, n: number) => (s === null ? s : s.slice(0, n));
const k = KNOWN_UNBOUNDED;

export function maskMetadata(m: Metadata): Metadata {
  return {
    ...m,
    title: cut(m.title, k.title)!,
    byline: cut(m.byline, k['metadata.byline']),
    siteName: cut(m.siteName, k['metadata.siteName']),
    publishedTime: cut(m.publishedTime, k['metadata.publishedTime']),
    canonicalUrl: cut(m.canonicalUrl, k['metadata.canonicalUrl']),
  };
}

/** Text links (analyzeText) use the URL as their text, so the text is unbounded too. */
export const maskLinks = (links: Link[]): Link[] =>
  links.map((l) => (l.url.length > k['links.url'] ? { ...l, url: l.url.slice(0, k['links.url']), text: l.text.slice(0, 2_000) } : l));

/** A copy of the report with the known-unbounded fields cut to their schema limit. */
export function maskKnownBugs(r: SourceReport): SourceReport {
  return {
    ...r,
    title: cut(r.title, k.title)!,
    metadata: maskMetadata(r.metadata),
    links: maskLinks(r.links),
    outlets: r.outlets.map((o) => ({ ...o, urls: o.urls.map((u) => u.slice(0, k['links.url'])) })),
  };
}
