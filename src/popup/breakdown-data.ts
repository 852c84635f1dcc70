import { CATEGORIES, type Category, type SourceReport } from '../core/types';

export type BreakdownView = 'category' | 'country' | 'type';

export interface BreakdownRow {
  /** Category, country code, outlet type, or "unknown". */
  key: string;
  count: number;
}

const sorted = (rows: BreakdownRow[]) =>
  rows.filter((r) => r.count > 0).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

/**
 * Cited outlets counted by category, country or outlet type. Outlets the
 * directory does not know (no country, no type) are counted as "unknown", so
 * every view adds up to the same total.
 */
export function breakdownRows(report: SourceReport, view: BreakdownView): BreakdownRow[] {
  const total = report.outlets.length;
  if (view === 'category') {
    const counts = report.breakdown.byCategory;
    return CATEGORIES.map((c) => ({ key: c, count: counts[c] ?? 0 })).filter((r) => r.count > 0);
  }
  const counts = view === 'country' ? report.breakdown.byCountry : report.breakdown.byType;
  const rows = sorted(Object.entries(counts).map(([key, count]) => ({ key, count })));
  const known = rows.reduce((n, r) => n + r.count, 0);
  if (total > known) rows.push({ key: 'unknown', count: total - known });
  return rows;
}

export type DeclaredKind = 'web' | 'social' | 'forums';

export interface DeclaredRow {
  kind: DeclaredKind;
  declared: number;
  named: number;
}

const KIND_OF: Record<Category, DeclaredKind> = {
  news: 'web',
  reference: 'web',
  academic: 'web',
  government: 'web',
  other: 'web',
  social: 'social',
  forum: 'forums',
};

/** The totals a page declares ("Web 15 / Social 194 / Foren 38") beside the sources it actually names. */
export function declaredComparison(report: SourceReport): DeclaredRow[] {
  const d = report.declaredTotals;
  if (!d) return [];
  const named: Record<DeclaredKind, number> = { web: 0, social: 0, forums: 0 };
  for (const o of report.outlets) named[KIND_OF[o.category] ?? 'web']++;
  return (['web', 'social', 'forums'] as const)
    .filter((k) => typeof d[k] === 'number')
    .map((k) => ({ kind: k, declared: d[k] as number, named: named[k] }));
}
