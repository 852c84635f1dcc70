import type { SourceReport } from '../../core/types';
import { mdText, mdUrl } from '../../shared/markdown';
import { articleInfo, sourceEntries } from './source-list';

export { mdText, mdUrl };

function cited(e: { referenceLabels: string[]; mentions: number; links: number }): string {
  const parts = [...e.referenceLabels];
  if (e.mentions) parts.push(`mentioned ${e.mentions}×`);
  if (e.links) parts.push(`linked ${e.links}×`);
  return parts.join(', ');
}

export function toMarkdown(report: SourceReport, now: Date = new Date()): string {
  const a = articleInfo(report, now);
  const lines = [`# Sources: ${mdText(a.title || a.url)}`, ''];
  if (a.url) lines.push(`Article: ${mdUrl(a.url)}  `);
  if (a.site) lines.push(`Site: ${mdText(a.site)}  `);
  if (a.published) lines.push(`Published: ${mdText(a.published)}  `);
  lines.push(`Accessed: ${a.accessed}`, '');
  const entries = sourceEntries(report);
  if (entries.length === 0) {
    lines.push('No sources cited.');
  } else {
    lines.push('| Outlet | Country | Type | Cited as | URL |', '| --- | --- | --- | --- | --- |');
    for (const e of entries) {
      const cells = [e.outlet, e.country ?? '', e.type ?? e.category, cited(e)].map(mdText);
      lines.push(`| ${cells.join(' | ')} | ${e.url ? mdUrl(e.url) : ''} |`);
    }
  }
  const d = report.declaredTotals;
  if (d && (d.web ?? d.social ?? d.forums) !== null) {
    const parts = [
      ['web', d.web],
      ['social', d.social],
      ['forums', d.forums],
    ]
      .filter(([, n]) => n !== null)
      .map(([k, n]) => `${n} ${k}`);
    lines.push('', `The page declares ${parts.join(', ')} sources.`);
  }
  return `${lines.join('\n')}\n`;
}
