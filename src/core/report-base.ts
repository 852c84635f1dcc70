/**
 * The light half of report building: shared by the detection-only report in
 * the content script's first chunk, so it must not import any extractor.
 */
import {
  CATEGORIES,
  type Breakdown,
  type Category,
  type Detection,
  type Metadata,
  type ReportStatus,
  type SourceReport,
  type Timings,
} from './types';

/** Runs a step; when it throws, the page stays safe and the section stays empty (`fallback`). */
export function guard<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

export const defaultClock = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function emptyMetadata(url: string | null): Metadata {
  return { title: '', lang: null, publishedTime: null, byline: null, siteName: null, canonicalUrl: url || null };
}

export function baseReport(
  url: string,
  status: ReportStatus,
  detection: Detection,
  metadata: Metadata,
  timings: Timings,
): SourceReport {
  return {
    schemaVersion: 1,
    url,
    status,
    isArticle: detection.isArticle,
    confidence: detection.confidence,
    reasons: detection.reasons,
    title: metadata.title,
    lang: metadata.lang,
    metadata,
    tags: [],
    references: [],
    mentions: [],
    links: [],
    outlets: [],
    declaredTotals: null,
    breakdown: emptyBreakdown(),
    audit: { unreferencedMentions: [], unmentionedReferences: [] },
    timings,
  };
}

export function emptyBreakdown(): Breakdown {
  return {
    byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
    byCountry: {},
    byType: {},
  };
}
