import { buildBreakdown } from '../core/summary';
import type { SourceReport } from '../core/types';

/**
 * One tab's report may take at most this much of storage.session (≈10 MB,
 * shared by every tab): a page with thousands of long links must not crowd
 * out the others. Measured as the UTF-8 bytes of its JSON, which is what the
 * browsers count against the quota.
 */
export const REPORT_BYTES = 256 * 1024;

const encoder = new TextEncoder();
export const bytesOf = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

/** The report with only the first `n` of one list (links, mentions or references), its cross-references pruned. */
function keepFirst(report: SourceReport, list: 'links' | 'mentions' | 'references', n: number): SourceReport {
  const kept = report[list].slice(0, n);
  if (kept.length === report[list].length) return report;
  const ids = new Set(kept.map((x) => x.id));
  const idKey = ({ links: 'linkIds', mentions: 'mentionIds', references: 'referenceIds' } as const)[list];
  const urls = new Set([...report.links, ...report.references].map((x) => x.url));
  const next: SourceReport = { ...report, [list]: kept };
  const liveUrls = new Set([...next.links, ...next.references].map((x) => x.url));
  next.outlets = report.outlets
    .map((o) => {
      const keptIds = o[idKey].filter((id) => ids.has(id));
      return {
        ...o,
        [idKey]: keptIds,
        // The counts are of what the report still holds, as the core counts them.
        citedBy: { ...o.citedBy, [list]: keptIds.length },
        // An outlet's URLs are the ones its links and references carry: drop those only the cut items carried.
        urls: o.urls.filter((u) => !urls.has(u) || liveUrls.has(u)),
      };
    })
    .filter((o) => o.linkIds.length + o.mentionIds.length + o.referenceIds.length > 0);
  // An outlet that lost all its items no longer counts in the breakdown.
  next.breakdown = buildBreakdown(next.outlets);
  // No id may point at a cut item; `referenced` stays: the page did cite it, only storage left it out.
  if (list === 'links')
    next.mentions = report.mentions.map((m) => (m.linkId === null || ids.has(m.linkId) ? m : { ...m, linkId: null }));
  if (list === 'references')
    next.mentions = report.mentions.map((m) =>
      m.referenceId === null || ids.has(m.referenceId) ? m : { ...m, referenceId: null, reference: null },
    );
  if (list === 'mentions')
    next.audit = {
      ...report.audit,
      unreferencedMentions: report.audit.unreferencedMentions.filter((id) => ids.has(id)),
    };
  if (list === 'references')
    next.audit = {
      ...report.audit,
      unmentionedReferences: report.audit.unmentionedReferences.filter((id) => ids.has(id)),
    };
  return next;
}

/** The largest n for which the report with n items of `list` fits (binary search; the size grows with n). */
function fitList(report: SourceReport, list: 'links' | 'mentions' | 'references', budget: number): SourceReport {
  if (bytesOf(report) <= budget) return report;
  let lo = 0;
  let hi = report[list].length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bytesOf(keepFirst(report, list, mid)) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return keepFirst(report, list, lo);
}

/**
 * The report cut to the budget, the long tail of links first (the last links of a page are the
 * footer, archives and feeds), then mentions, then references, with the counts left out in
 * `truncated` so the popup and every export say so. Null when even the cut report does not fit.
 */
export function fitReport(report: SourceReport, budget = REPORT_BYTES): SourceReport | null {
  if (bytesOf(report) <= budget) return report;
  let next = report;
  for (const list of ['links', 'mentions', 'references'] as const) next = fitList(next, list, budget);
  // The note itself takes a few bytes: cut one more item of each list that was cut if it tips the balance.
  const withNote = (r: SourceReport): SourceReport => ({
    ...r,
    truncated: {
      links: report.links.length - r.links.length,
      mentions: report.mentions.length - r.mentions.length,
      references: report.references.length - r.references.length,
    },
  });
  let out = withNote(next);
  for (const list of ['links', 'mentions', 'references'] as const) {
    if (bytesOf(out) <= budget) break;
    if (next[list].length) out = withNote((next = keepFirst(next, list, next[list].length - 1)));
  }
  return bytesOf(out) <= budget ? out : null;
}
