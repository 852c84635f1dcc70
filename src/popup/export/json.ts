import type { SourceReport } from '../../core/types';
import { articleInfo, sourceEntries } from './source-list';

/** The source list as JSON: the article, what the page declares, every cited source. */
export function toJson(report: SourceReport, now: Date = new Date()): string {
  return `${JSON.stringify(
    {
      article: articleInfo(report, now),
      declaredTotals: report.declaredTotals,
      sources: sourceEntries(report),
      audit: {
        unreferencedMentions: report.mentions
          .filter((m) => report.audit.unreferencedMentions.includes(m.id))
          .map((m) => m.text),
        unmentionedReferences: report.references
          .filter((r) => report.audit.unmentionedReferences.includes(r.id))
          .map((r) => r.label),
      },
    },
    null,
    2,
  )}\n`;
}
