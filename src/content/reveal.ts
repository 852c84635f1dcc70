import type { SourceReport } from '../core/types';
import { findTextRanges } from './text-ranges';
import { flashHighlight } from './highlight';

type Kind = 'reference' | 'mention' | 'link';

function linkElement(url: string, nth: number): Element | null {
  let seen = 0;
  for (const a of document.querySelectorAll('a[href]')) {
    if ((a as HTMLAnchorElement).href !== url) continue;
    if (seen++ === nth) return a;
  }
  return null;
}

/** The page range of a cited item: a link element, or the text of a mention or reference. */
function rangeFor(report: SourceReport, kind: Kind, id: string): Range | null {
  if (kind === 'link') {
    const links = report.links.filter((l) => l.id === id);
    const link = links[0];
    if (!link) return null;
    const sameUrl = report.links.filter((l) => l.url === link.url);
    const el = linkElement(link.url, sameUrl.indexOf(link)) ?? linkElement(link.url, 0);
    if (!el) return null;
    const range = document.createRange();
    range.selectNodeContents(el);
    return range;
  }
  const item =
    kind === 'mention' ? report.mentions.find((m) => m.id === id) : report.references.find((r) => r.id === id);
  if (!item) return null;
  const needle =
    kind === 'mention'
      ? (item as SourceReport['mentions'][number]).text
      : (item as SourceReport['references'][number]).label;
  const sameText =
    kind === 'mention'
      ? report.mentions.filter((m) => m.text === needle)
      : report.references.filter((r) => r.label === needle);
  const ranges = findTextRanges(document.body, needle);
  return (
    ranges[
      Math.max(
        0,
        sameText.findIndex((x) => x.id === id),
      )
    ] ??
    ranges[0] ??
    null
  );
}

/** Scrolls the cited item into view and highlights it briefly. */
export function reveal(report: SourceReport, kind: Kind, id: string): boolean {
  const range = rangeFor(report, kind, id);
  if (!range) return false;
  const target = range.startContainer.parentElement ?? document.body;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  flashHighlight(range);
  return true;
}
