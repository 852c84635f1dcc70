import type { SourceReport } from '../../core/types';
import { articleInfo, sourceEntries, type SourceEntry } from './source-list';

/** The subset of CSL-JSON (citationstyles.org, csl-data.json) these items use; Zotero imports it as is. */
export interface CslItem {
  id: string;
  type: 'webpage' | 'article-newspaper';
  title: string;
  'container-title'?: string;
  URL?: string;
  accessed: { 'date-parts': [[number, number, number]] };
  note?: string;
}

function datePartsOf(iso: string): [[number, number, number]] {
  const [y, m, d] = iso.split('-').map(Number);
  return [[y, m, d]];
}

/** A deep URL of a news outlet is an article; a home page or anything else is a web page. */
function typeOf(e: SourceEntry): CslItem['type'] {
  if (e.category !== 'news' || !e.url) return 'webpage';
  try {
    return new URL(e.url).pathname.length > 1 ? 'article-newspaper' : 'webpage';
  } catch {
    return 'webpage';
  }
}

export function toCslItems(report: SourceReport, now: Date = new Date()): CslItem[] {
  const a = articleInfo(report, now);
  const accessed = { 'date-parts': datePartsOf(a.accessed) };
  return sourceEntries(report).map((e, i) => {
    const item: CslItem = {
      id: `source-lens-${i + 1}`,
      type: typeOf(e),
      title: e.citedText && e.citedText !== e.url ? e.citedText : e.outlet,
      accessed,
    };
    if (e.outlet) item['container-title'] = e.outlet;
    if (e.url) item.URL = e.url;
    if (a.title) item.note = `Cited in: ${a.title}${a.url ? ` (${a.url})` : ''}`;
    return item;
  });
}

export function toCslJson(report: SourceReport, now: Date = new Date()): string {
  return `${JSON.stringify(toCslItems(report, now), null, 2)}\n`;
}
