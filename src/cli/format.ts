/**
 * Human formats of a SourceReport: Markdown sections and plain-text tables.
 * Everything from a page or a file name goes through the shared Markdown
 * escaping (no HTML, images or links from page text) or, for tables, has its
 * control characters made visible (no terminal escape sequences).
 */
import { mdText, mdUrl } from '../shared/markdown';
import { noControls } from '../shared/plain-text';
import { safeHttpUrl } from '../shared/web-url';
import type { FileReport } from './page';

export type { FileReport };

export function toMarkdown(reports: FileReport[]): string {
  return reports.map(markdownOne).join('\n\n---\n\n') + '\n';
}

const link = (url: string | null) => {
  const safe = safeHttpUrl(url);
  return safe ? mdUrl(safe) : mdText(url ?? '');
};

export function markdownOne(r: FileReport): string {
  const d = r.declaredTotals;
  const lines = [
    `## ${mdText(r.title || r.file)}`,
    '',
    `- File: ${mdText(r.file)}`,
    ...(r.warc
      ? [
          `- Page: ${link(r.warc.url)}${r.warc.date ? ` · Fetched: ${mdText(r.warc.date)}` : ''}${r.warc.id ? ` · Record: ${mdText(r.warc.id)}` : ''}`,
        ]
      : []),
    `- Article: ${r.isArticle ? 'yes' : 'no'} (confidence ${r.confidence}) — ${mdText(r.reasons.map((x) => x.code).join(', '))}`,
    `- Language: ${mdText(r.lang ?? 'unknown')}${r.metadata.publishedTime ? ` · Published: ${mdText(r.metadata.publishedTime)}` : ''}${r.metadata.byline ? ` · By: ${mdText(r.metadata.byline)}` : ''}`,
    `- Tags: ${r.tags.length ? r.tags.map(mdText).join(', ') : '—'}`,
    `- Declared totals: ${d ? `web ${d.web ?? '—'}, social ${d.social ?? '—'}, forums ${d.forums ?? '—'}` : 'none'}`,
  ];
  if (r.status !== 'complete') lines.push(`- Status: ${r.status}`);
  if (r.outlets.length) {
    lines.push(
      '',
      '| Outlet | Domain | Category | Country | References | Mentions | Links |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    const flags = (o: { self?: boolean; inDirectory?: boolean }) =>
      `${o.self ? ' (publisher’s own)' : ''}${o.inDirectory === false ? ' (not in directory)' : ''}`;
    for (const o of r.outlets) {
      const cells = [`${o.name}${flags(o)}`, o.domain ?? '', o.category, o.country ?? ''].map(mdText);
      lines.push(`| ${cells.join(' | ')} | ${o.citedBy.references} | ${o.citedBy.mentions} | ${o.citedBy.links} |`);
    }
  }
  if (r.references.length) {
    lines.push('', '### References', '');
    for (const x of r.references)
      lines.push(
        `- ${mdText(x.label)}: ${mdText(x.domain ?? x.text)}${x.outlet ? ` (${mdText(x.outlet)})` : ''}${x.mentioned ? '' : ' — never mentioned in the text'}`,
      );
  }
  if (r.mentions.length) {
    lines.push('', '### Mentions', '');
    for (const m of r.mentions)
      lines.push(
        `- “${mdText(m.text)}” → ${mdText(m.outlet)}${m.self ? ' (publisher’s own)' : ''}${m.inDirectory === false ? ' (not in directory)' : ''}${m.reference ? ` (${mdText(m.reference)})` : m.linkId ? ' (linked)' : ' — unreferenced'}`,
      );
  }
  if (r.links.length) {
    lines.push('', `### Links (${r.links.length})`, '');
    for (const l of r.links.slice(0, 100))
      lines.push(`- ${mdText(l.text || l.domain)}: ${link(l.url)} — ${mdText(l.category)}`);
  }
  return lines.join('\n');
}

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.min(60, Math.max(...rows.map((r) => (r[i] ?? '').length))));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [fmt(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join('\n');
}

/** One row of the summary table; every cell one line without control characters. */
export function tableRow(r: FileReport): string[] {
  const d = r.declaredTotals;
  return [
    r.warc ? `${r.file} ${r.warc.url}` : r.file,
    r.isArticle ? 'yes' : 'no',
    String(r.confidence),
    r.lang ?? '',
    String(r.tags.length),
    String(r.references.length),
    String(r.mentions.length),
    String(r.links.length),
    String(r.outlets.length),
    d ? `${d.web ?? '-'}/${d.social ?? '-'}/${d.forums ?? '-'}` : '',
    r.title,
  ].map((c) => noControls(c.replace(/\s+/g, ' ')));
}

export const TABLE_HEADER = [
  'file',
  'article',
  'conf',
  'lang',
  'tags',
  'refs',
  'mentions',
  'links',
  'outlets',
  'totals',
  'title',
];

export function toTable(reports: FileReport[]): string {
  return tableOf(reports.map(tableRow), reports.length === 1 ? reports[0] : null);
}

/** The table of rows; with the outlets of the one report when there is only one. */
export function tableOf(rows: string[][], only: FileReport | null): string {
  const summary = table([TABLE_HEADER, ...rows]);
  if (!only || !only.outlets.length) return summary + '\n';
  const outlets = table([
    ['outlet', 'domain', 'category', 'country', 'refs', 'mentions', 'links'],
    ...only.outlets.map((o) =>
      [
        o.name,
        o.domain ?? '',
        o.category,
        o.country ?? '',
        String(o.citedBy.references),
        String(o.citedBy.mentions),
        String(o.citedBy.links),
      ].map((c) => noControls(c.replace(/\s+/g, ' '))),
    ),
  ]);
  return `${summary}\n\n${outlets}\n`;
}
