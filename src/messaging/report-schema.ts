import * as v from 'valibot';
import { CATEGORIES, OUTLET_TYPES, type SourceReport } from '../core/types';
import { LIMITS as L } from '../core/limits';

/**
 * The SourceReport as checked at the border. A page can make the content
 * script produce odd values (huge strings, NaN), so every field is bounded.
 */
const MAX_ITEMS = L.items;
const text = (max: number = L.text) => v.pipe(v.string(), v.maxLength(max));
const nullableText = (max: number = L.text) => v.nullable(text(max));
const count = v.pipe(v.number(), v.finite(), v.minValue(0));
const items = <T extends v.GenericSchema>(s: T) => v.pipe(v.array(s), v.maxLength(MAX_ITEMS));
const category = v.picklist(CATEGORIES);

const position = v.object({ index: count, offset: v.nullable(count) });
const reason = v.object({ code: text(64), weight: v.pipe(v.number(), v.finite()), detail: v.optional(text(L.detail)) });
const platform = v.nullable(v.object({ name: text(100), account: nullableText(L.name) }));

const reference = v.object({
  id: text(32),
  label: text(L.label),
  kind: v.picklist(['list', 'footnote', 'credit', 'dateline']),
  url: nullableText(L.url),
  domain: nullableText(300),
  outlet: nullableText(L.name),
  text: text(L.text),
  category,
  mentioned: v.boolean(),
  position,
  labelledAs: v.optional(text(L.name)),
  self: v.optional(v.boolean()),
});

const mention = v.object({
  id: text(32),
  text: text(L.mentionText),
  name: text(L.name),
  outlet: text(L.name),
  domain: nullableText(300),
  referenceId: nullableText(32),
  reference: nullableText(L.label),
  linkId: nullableText(32),
  referenced: v.boolean(),
  position,
  self: v.optional(v.boolean()),
  inDirectory: v.optional(v.boolean()),
});

const link = v.object({
  id: text(32),
  url: text(L.url),
  domain: text(300),
  text: text(L.text),
  category,
  outlet: nullableText(L.name),
  platform,
  shortener: v.boolean(),
  position,
});

const outlet = v.object({
  name: text(L.name),
  domain: nullableText(300),
  category,
  country: nullableText(8),
  type: v.nullable(v.picklist(OUTLET_TYPES)),
  homepage: nullableText(L.url),
  status: v.optional(text(L.name)),
  citedBy: v.object({ references: count, mentions: count, links: count }),
  urls: items(text(L.url)),
  referenceIds: items(text(32)),
  mentionIds: items(text(32)),
  linkIds: items(text(32)),
  self: v.optional(v.boolean()),
  inDirectory: v.optional(v.boolean()),
});

const totals = v.nullable(v.object({ web: v.nullable(count), social: v.nullable(count), forums: v.nullable(count) }));

export const SourceReportSchema = v.object({
  schemaVersion: v.literal(1),
  url: text(L.pageUrl),
  status: v.picklist(['complete', 'detection-only', 'too-large']),
  isArticle: v.boolean(),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  reasons: v.pipe(v.array(reason), v.maxLength(L.reasons)),
  title: text(L.title),
  lang: nullableText(L.lang),
  metadata: v.object({
    title: text(L.title),
    lang: nullableText(L.lang),
    publishedTime: nullableText(L.publishedTime),
    byline: nullableText(L.byline),
    siteName: nullableText(L.siteName),
    canonicalUrl: nullableText(L.pageUrl),
  }),
  tags: v.pipe(v.array(text(L.tag)), v.maxLength(L.tags)),
  references: items(reference),
  mentions: items(mention),
  links: items(link),
  outlets: items(outlet),
  declaredTotals: totals,
  breakdown: v.object({
    byCategory: v.object(
      Object.fromEntries(CATEGORIES.map((c) => [c, count])) as Record<(typeof CATEGORIES)[number], typeof count>,
    ),
    byCountry: v.record(text(8), count),
    byType: v.record(text(32), count),
  }),
  audit: v.object({ unreferencedMentions: items(text(32)), unmentionedReferences: items(text(32)) }),
  timings: v.object({ detectMs: count, extractMs: count, totalMs: count }),
  diagnostics: v.optional(v.pipe(v.array(v.object({ step: text(64), message: text(500) })), v.maxLength(50))),
});

// Compile-time guard: the schema and the shared type must describe the same thing.
type Parsed = v.InferOutput<typeof SourceReportSchema>;
export const _schemaMatchesType: [Parsed] extends [SourceReport] ? true : never = true;
