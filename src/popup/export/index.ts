import type { SourceReport } from '../../core/types';
import { toCsv } from './csv';
import { toCslJson } from './csl-json';
import { toJson } from './json';
import { toMarkdown } from './markdown';

export const EXPORT_FORMATS = {
  markdown: { write: toMarkdown, ext: 'md', mime: 'text/markdown' },
  csv: { write: toCsv, ext: 'csv', mime: 'text/csv' },
  json: { write: toJson, ext: 'json', mime: 'application/json' },
  csl: { write: toCslJson, ext: 'csl.json', mime: 'application/vnd.citationstyles.csl+json' },
} as const satisfies Record<string, { write: (r: SourceReport, now?: Date) => string; ext: string; mime: string }>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** "sources-iran-und-russland-historischer.md": readable, safe on every file system. */
export function exportFileName(report: SourceReport, format: ExportFormat): string {
  const slug = (report.title || 'article')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // At most ~40 characters, cut between words.
  const short = slug.length <= 40 ? slug : slug.slice(0, 41).replace(/-[^-]*$/, '') || slug.slice(0, 40);
  return `sources-${short || 'article'}.${EXPORT_FORMATS[format].ext}`;
}
