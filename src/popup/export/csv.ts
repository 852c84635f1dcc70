import type { SourceReport } from '../../core/types';
import { csvField, csvTable } from '../../shared/csv';
import { articleInfo, sourceEntries } from './source-list';

export { csvField };

const HEADER = [
  'outlet',
  'domain',
  'country',
  'type',
  'category',
  'references',
  'mentions',
  'links',
  'reference_labels',
  'cited_text',
  'url',
  'article_title',
  'article_url',
  'accessed',
  'publisher_own',
  'in_directory',
];

export function toCsv(report: SourceReport, now: Date = new Date()): string {
  const a = articleInfo(report, now);
  const rows = sourceEntries(report).map((e) => [
    e.outlet,
    e.domain,
    e.country,
    e.type,
    e.category,
    e.references,
    e.mentions,
    e.links,
    e.referenceLabels.join('; '),
    e.citedText,
    e.url,
    a.title,
    a.url,
    a.accessed,
    e.self ? 'yes' : 'no',
    e.inDirectory === false ? 'no' : 'yes',
  ]);
  return csvTable(HEADER, rows);
}
