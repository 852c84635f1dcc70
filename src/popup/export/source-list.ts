import type { Category, OutletType, SourceReport } from '../../core/types';
import { safeHref } from '../safe-href';

/** One cited URL of an outlet, or the outlet itself when the article cites it without a URL. */
export interface SourceEntry {
  outlet: string;
  domain: string | null;
  country: string | null;
  type: OutletType | null;
  category: Category;
  references: number;
  mentions: number;
  links: number;
  /** The page's own reference labels for this URL ("Referenz 1"). */
  referenceLabels: string[];
  /** What the page shows for the citation: the reference text or the link text. */
  citedText: string | null;
  /** http(s) only; null for mention-only outlets. */
  url: string | null;
  /** The page's own publisher (not an outside source). */
  self?: boolean;
  /** Named as an outlet by the text, unknown to the directory. */
  inDirectory?: boolean;
}

export interface ArticleInfo {
  title: string;
  url: string;
  site: string | null;
  published: string | null;
  /** YYYY-MM-DD, the day of the export. */
  accessed: string;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function articleInfo(report: SourceReport, now: Date = new Date()): ArticleInfo {
  return {
    title: oneLine(report.title || report.metadata.title || ''),
    url: safeHref(report.metadata.canonicalUrl) ?? safeHref(report.url) ?? '',
    site: report.metadata.siteName ? oneLine(report.metadata.siteName) : null,
    published: report.metadata.publishedTime,
    accessed: now.toISOString().slice(0, 10),
  };
}

/** The source list every export format is written from: one entry per cited URL, outlets in report order. */
export function sourceEntries(report: SourceReport): SourceEntry[] {
  const out: SourceEntry[] = [];
  for (const o of report.outlets) {
    const base = {
      outlet: oneLine(o.name),
      domain: o.domain,
      country: o.country,
      type: o.type,
      category: o.category,
      references: o.citedBy.references,
      mentions: o.citedBy.mentions,
      links: o.citedBy.links,
      ...(o.self ? { self: true } : {}),
      ...(o.inDirectory === false ? { inDirectory: false } : {}),
    };
    const refs = report.references.filter((r) => o.referenceIds.includes(r.id));
    const links = report.links.filter((l) => o.linkIds.includes(l.id));
    const urls = [...new Set(o.urls.map((u) => safeHref(u)).filter((u): u is string => !!u))];
    if (urls.length === 0) {
      out.push({ ...base, referenceLabels: refs.map((r) => oneLine(r.label)), citedText: null, url: null });
      continue;
    }
    for (const url of urls) {
      const ref = refs.filter((r) => safeHref(r.url) === url);
      const link = links.find((l) => safeHref(l.url) === url);
      const text = ref[0]?.text || link?.text || '';
      out.push({ ...base, referenceLabels: ref.map((r) => oneLine(r.label)), citedText: oneLine(text) || null, url });
    }
  }
  return out;
}
