/** Human formats of a SourceReport: Markdown sections and plain-text tables. */
import type { SourceReport } from '../core/types';

export type FileReport = SourceReport & { file: string };

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function toMarkdown(reports: FileReport[]): string {
  return reports.map(markdownOne).join('\n\n---\n\n') + '\n';
}

function markdownOne(r: FileReport): string {
  const lines = [
    `## ${esc(r.title || r.file)}`,
    '',
    `- File: \`${r.file}\``,
    `- Article: ${r.isArticle ? 'yes' : 'no'} (confidence ${r.confidence}) — ${r.reasons.map((x) => x.code).join(', ')}`,
    `- Language: ${r.lang ?? 'unknown'}${r.metadata.publishedTime ? ` · Published: ${r.metadata.publishedTime}` : ''}${r.metadata.byline ? ` · By: ${esc(r.metadata.byline)}` : ''}`,
    `- Tags: ${r.tags.length ? r.tags.map(esc).join(', ') : '—'}`,
    `- Declared totals: ${r.declaredTotals ? `web ${r.declaredTotals.web ?? '—'}, social ${r.declaredTotals.social ?? '—'}, forums ${r.declaredTotals.forums ?? '—'}` : 'none'}`,
  ];
  if (r.status !== 'complete') lines.push(`- Status: ${r.status}`);
  if (r.outlets.length) {
    lines.push('', '| Outlet | Domain | Category | Country | References | Mentions | Links |', '| --- | --- | --- | --- | --- | --- | --- |');
    const flags = (o: { self?: boolean; inDirectory?: boolean }) => `${o.self ? ' (publisher’s own)' : ''}${o.inDirectory === false ? ' (not in directory)' : ''}`;
    for (const o of r.outlets) lines.push(`| ${esc(o.name)}${flags(o)} | ${o.domain ?? ''} | ${o.category} | ${o.country ?? ''} | ${o.citedBy.references} | ${o.citedBy.mentions} | ${o.citedBy.links} |`);
  }
  if (r.references.length) {
    lines.push('', '### References', '');
    for (const x of r.references) lines.push(`- ${esc(x.label)}: ${x.domain ?? esc(x.text)}${x.outlet ? ` (${esc(x.outlet)})` : ''}${x.mentioned ? '' : ' — never mentioned in the text'}`);
  }
  if (r.mentions.length) {
    lines.push('', '### Mentions', '');
    for (const m of r.mentions) lines.push(`- “${esc(m.text)}” → ${esc(m.outlet)}${m.self ? ' (publisher’s own)' : ''}${m.inDirectory === false ? ' (not in directory)' : ''}${m.reference ? ` (${esc(m.reference)})` : m.linkId ? ' (linked)' : ' — unreferenced'}`);
  }
  if (r.links.length) {
    lines.push('', `### Links (${r.links.length})`, '');
    for (const l of r.links.slice(0, 100)) lines.push(`- [${esc(l.text || l.domain)}](${l.url}) — ${l.category}`);
  }
  return lines.join('\n');
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.min(60, Math.max(...rows.map((r) => (r[i] ?? '').length))));
  const fmt = (r: string[]) => r.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [fmt(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join('\n');
}

export function toTable(reports: FileReport[]): string {
  const summary = table([
    ['file', 'article', 'conf', 'lang', 'tags', 'refs', 'mentions', 'links', 'outlets', 'totals', 'title'],
    ...reports.map((r) => [
      r.file, r.isArticle ? 'yes' : 'no', String(r.confidence), r.lang ?? '', String(r.tags.length), String(r.references.length),
      String(r.mentions.length), String(r.links.length), String(r.outlets.length),
      r.declaredTotals ? `${r.declaredTotals.web ?? '-'}/${r.declaredTotals.social ?? '-'}/${r.declaredTotals.forums ?? '-'}` : '', r.title,
    ]),
  ]);
  if (reports.length !== 1 || !reports[0].outlets.length) return summary + '\n';
  const outlets = table([
    ['outlet', 'domain', 'category', 'country', 'refs', 'mentions', 'links'],
    ...reports[0].outlets.map((o) => [o.name, o.domain ?? '', o.category, o.country ?? '', String(o.citedBy.references), String(o.citedBy.mentions), String(o.citedBy.links)]),
  ]);
  return `${summary}\n\n${outlets}\n`;
}
