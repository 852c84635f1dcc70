import * as v from 'valibot';
import { CATEGORIES, OUTLET_TYPES, type SourceReport } from '../core/types';

/**
 * The SourceReport as checked at the border. A page can make the content
 * script produce odd values (huge strings, NaN), so every field is bounded.
 */
const MAX_ITEMS = 20_000;
const text = (max = 2_000) => v.pipe(v.string(), v.maxLength(max));
const nullableText = (max = 2_000) => v.nullable(text(max));
const count = v.pipe(v.number(), v.finite(), v.minValue(0));
const items = <T extends v.GenericSchema>(s: T) => v.pipe(v.array(s), v.maxLength(MAX_ITEMS));
const category = v.picklist(CATEGORIES);

const position = v.object({ index: count, offset: v.nullable(count) });
const reason = v.object({ code: text(64), weight: v.pipe(v.number(), v.finite()), detail: v.optional(text(300)) });
const platform = v.nullable(v.object({ name: text(100), account: nullableText(300) }));

const reference = v.object({
  id: text(32),
  label: text(300),
  kind: v.picklist(['list', 'footnote', 'credit', 'dateline']),
  url: nullableText(4_000),
  domain: nullableText(300),
  outlet: nullableText(300),
  text: text(2_000),
  category,
  mentioned: v.boolean(),
  position,
});

const mention = v.object({
  id: text(32),
  text: text(500),
  name: text(300),
  outlet: text(300),
  domain: nullableText(300),
  referenceId: nullableText(32),
  reference: nullableText(300),
  linkId: nullableText(32),
  referenced: v.boolean(),
  position,
});

const link = v.object({
  id: text(32),
  url: text(4_000),
  domain: text(300),
  text: text(2_000),
  category,
  outlet: nullableText(300),
  platform,
  shortener: v.boolean(),
  position,
});

const outlet = v.object({
  name: text(300),
  domain: nullableText(300),
  category,
  country: nullableText(8),
  type: v.nullable(v.picklist(OUTLET_TYPES)),
  homepage: nullableText(4_000),
  citedBy: v.object({ references: count, mentions: count, links: count }),
  urls: items(text(4_000)),
  referenceIds: items(text(32)),
  mentionIds: items(text(32)),
  linkIds: items(text(32)),
});

const totals = v.nullable(v.object({ web: v.nullable(count), social: v.nullable(count), forums: v.nullable(count) }));

export const SourceReportSchema = v.object({
  schemaVersion: v.literal(1),
  url: text(8_000),
  status: v.picklist(['complete', 'detection-only', 'too-large']),
  isArticle: v.boolean(),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  reasons: v.pipe(v.array(reason), v.maxLength(100)),
  title: text(2_000),
  lang: nullableText(35),
  metadata: v.object({
    title: text(2_000),
    lang: nullableText(35),
    publishedTime: nullableText(100),
    byline: nullableText(500),
    siteName: nullableText(300),
    canonicalUrl: nullableText(8_000),
  }),
  tags: v.pipe(v.array(text(200)), v.maxLength(500)),
  references: items(reference),
  mentions: items(mention),
  links: items(link),
  outlets: items(outlet),
  declaredTotals: totals,
  breakdown: v.object({
    byCategory: v.object(Object.fromEntries(CATEGORIES.map((c) => [c, count])) as Record<(typeof CATEGORIES)[number], typeof count>),
    byCountry: v.record(text(8), count),
    byType: v.record(text(32), count),
  }),
  audit: v.object({ unreferencedMentions: items(text(32)), unmentionedReferences: items(text(32)) }),
  timings: v.object({ detectMs: count, extractMs: count, totalMs: count }),
});

// Compile-time guard: the schema and the shared type must describe the same thing.
type Parsed = v.InferOutput<typeof SourceReportSchema>;
export const _schemaMatchesType: [Parsed] extends [SourceReport] ? true : never = true;
