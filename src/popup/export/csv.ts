import type { SourceReport } from '../../core/types';
import { articleInfo, sourceEntries } from './source-list';

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula
 * (= + - @, tab, CR at the start) gets a leading apostrophe first.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const HEADER = ['outlet', 'domain', 'country', 'type', 'category', 'references', 'mentions', 'links', 'reference_labels', 'cited_text', 'url', 'article_title', 'article_url', 'accessed', 'publisher_own', 'in_directory'];

export function toCsv(report: SourceReport, now: Date = new Date()): string {
  const a = articleInfo(report, now);
  const rows = sourceEntries(report).map((e) =>
    [e.outlet, e.domain, e.country, e.type, e.category, e.references, e.mentions, e.links, e.referenceLabels.join('; '), e.citedText, e.url, a.title, a.url, a.accessed, e.self ? 'yes' : 'no', e.inDirectory === false ? 'no' : 'yes'].map(csvField).join(','),
  );
  return [HEADER.join(','), ...rows].join('\r\n') + '\r\n';
}
