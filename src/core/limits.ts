/**
 * How much of each page-controlled value a SourceReport may carry. The
 * report schema (src/messaging/report-schema.ts, which the unit and fuzz
 * tests hold every report to) states these same numbers, and the core bounds
 * its output to them (bounds.ts), so a hostile page can never make a report
 * too big to store or to show.
 */
export const LIMITS = {
  // storage.session holds every tab's report in 10 MB: 5,000 links and outlets of a huge page fit, with room.
  items: 5_000,
  url: 4_000,
  pageUrl: 8_000,
  text: 2_000,
  title: 2_000,
  byline: 500,
  siteName: 300,
  publishedTime: 100,
  lang: 35,
  label: 300,
  name: 300,
  mentionText: 500,
  tag: 200,
  tags: 500,
  reasons: 100,
  detail: 300,
} as const;
