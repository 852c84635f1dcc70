/**
 * The light half of bounds.ts: what the detection-only report needs (it ships
 * in the content script's first chunk, where every byte is paid on every page).
 */
import { LIMITS as L } from './limits';
import type { Metadata, SourceReport } from './types';

export const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
export const clipOrNull = (s: string | null, n: number) => (s === null ? null : clip(s, n));
export const webUrl = (u: string | null, n: number): string | null =>
  u !== null && u.length <= n && /^https?:\/\//i.test(u) ? u : null;

export function boundMetadata(m: Metadata): Metadata {
  return {
    title: clip(m.title, L.title),
    lang: m.lang && m.lang.length <= L.lang ? m.lang : null,
    publishedTime: clipOrNull(m.publishedTime, L.publishedTime),
    byline: clipOrNull(m.byline, L.byline),
    siteName: clipOrNull(m.siteName, L.siteName),
    canonicalUrl: webUrl(m.canonicalUrl, L.pageUrl),
  };
}

/** Verdict and metadata of any report, bounded. */
export function boundBase(r: SourceReport): SourceReport {
  const metadata = boundMetadata(r.metadata);
  return {
    ...r,
    url: r.url.length <= L.pageUrl ? r.url : r.url.slice(0, L.pageUrl),
    title: clip(r.title, L.title),
    lang: metadata.lang,
    metadata,
    reasons: r.reasons
      .slice(0, L.reasons)
      .map((x) => (x.detail === undefined ? x : { ...x, detail: clip(x.detail, L.detail) })),
  };
}
