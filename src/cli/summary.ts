/**
 * `--summary`: what a whole crawl cites. Kept as counts per outlet and per
 * category, country and type, so memory depends on the number of outlets,
 * not of pages.
 */
import type { SourceReport } from '../core/types';
import { noControls } from '../shared/plain-text';
import { table } from './format';

interface OutletTotal {
  name: string;
  domain: string | null;
  category: string;
  country: string | null;
  type: string | null;
  /** Pages that cite the outlet at all. */
  pages: number;
  references: number;
  mentions: number;
  links: number;
}

export interface Summary {
  pages: number;
  articles: number;
  outlets: OutletTotal[];
  /** Pages citing at least one outlet of the category / country / type, counted once per outlet. */
  byCategory: Record<string, number>;
  byCountry: Record<string, number>;
  byType: Record<string, number>;
}

export function createSummary(top = 50) {
  const outlets = new Map<string, OutletTotal>();
  const totals = {
    byCategory: {} as Record<string, number>,
    byCountry: {} as Record<string, number>,
    byType: {} as Record<string, number>,
  };
  let pages = 0;
  let articles = 0;
  const add = (into: Record<string, number>, from: Record<string, number>) => {
    for (const [k, n] of Object.entries(from)) if (n) into[k] = (into[k] ?? 0) + n;
  };
  return {
    add(r: SourceReport): void {
      pages++;
      if (r.isArticle) articles++;
      for (const o of r.outlets) {
        const key = `${o.name}\u0000${o.domain ?? ''}`;
        const t = outlets.get(key) ?? {
          name: o.name,
          domain: o.domain,
          category: o.category,
          country: o.country,
          type: o.type,
          pages: 0,
          references: 0,
          mentions: 0,
          links: 0,
        };
        t.pages++;
        t.references += o.citedBy.references;
        t.mentions += o.citedBy.mentions;
        t.links += o.citedBy.links;
        outlets.set(key, t);
      }
      add(totals.byCategory, r.breakdown.byCategory);
      add(totals.byCountry, r.breakdown.byCountry);
      add(totals.byType, r.breakdown.byType);
    },
    result(): Summary {
      const cited = (t: OutletTotal) => t.references + t.mentions + t.links;
      const list = [...outlets.values()]
        .sort((a, b) => b.pages - a.pages || cited(b) - cited(a) || a.name.localeCompare(b.name))
        .slice(0, top);
      const sorted = (r: Record<string, number>) =>
        Object.fromEntries(Object.entries(r).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
      return {
        pages,
        articles,
        outlets: list,
        byCategory: sorted(totals.byCategory),
        byCountry: sorted(totals.byCountry),
        byType: sorted(totals.byType),
      };
    },
  };
}

export function summaryTable(s: Summary): string {
  const counts = (title: string, r: Record<string, number>) =>
    table([[title, 'outlets cited'], ...Object.entries(r).map(([k, n]) => [noControls(k), String(n)])]);
  const outlets = table([
    ['outlet', 'domain', 'category', 'country', 'type', 'pages', 'refs', 'mentions', 'links'],
    ...s.outlets.map((o) =>
      [
        o.name,
        o.domain ?? '',
        o.category,
        o.country ?? '',
        o.type ?? '',
        String(o.pages),
        String(o.references),
        String(o.mentions),
        String(o.links),
      ].map(noControls),
    ),
  ]);
  return (
    [
      `${s.pages} pages, ${s.articles} articles`,
      outlets,
      counts('category', s.byCategory),
      counts('country', s.byCountry),
      counts('type', s.byType),
    ].join('\n\n') + '\n'
  );
}
