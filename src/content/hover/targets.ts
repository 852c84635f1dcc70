/** Maps the report onto the page: cited links by URL, mentions as text ranges. */
import type { Link, Mention, SourceReport } from '../../core/types';
import { findTextRanges, indexText } from '../text-ranges';

export interface MentionTarget {
  kind: 'mention';
  mention: Mention;
  range: Range;
}

export interface LinkTarget {
  kind: 'link';
  link: Link;
  el: HTMLAnchorElement;
}

export type Target = MentionTarget | LinkTarget;

function normalize(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/** Cited links by normalized URL; the first link of a URL wins (same outlet, same card). */
export function linkIndex(report: SourceReport): Map<string, Link> {
  const map = new Map<string, Link>();
  for (const link of report.links) {
    const key = normalize(link.url);
    if (!map.has(key)) map.set(key, link);
  }
  return map;
}

/** The cited anchor an element sits in, if any. */
export function citedAnchor(
  node: EventTarget | null,
  links: Map<string, Link>,
): { el: HTMLAnchorElement; link: Link } | null {
  if (!node || !(node instanceof Element)) return null;
  const el = node.closest('a[href]');
  if (!el || !('href' in el) || typeof (el as HTMLAnchorElement).href !== 'string') return null;
  const link = links.get(normalize((el as HTMLAnchorElement).href));
  return link ? { el: el as HTMLAnchorElement, link } : null;
}

/**
 * The link-targets part: the cited link an event target sits in, as one Target per anchor for the page's
 * lifetime (the controller tells "still the same target" by identity).
 */
export function linkTargets(report: SourceReport): (node: EventTarget | null) => LinkTarget | null {
  const links = linkIndex(report);
  const made = new WeakMap<Element, LinkTarget>();
  return (node) => {
    const hit = citedAnchor(node, links);
    if (!hit) return null;
    let target = made.get(hit.el);
    if (!target) made.set(hit.el, (target = { kind: 'link', link: hit.link, el: hit.el }));
    return target;
  };
}

/** Each mention's text in the page; the n-th mention with the same text takes the n-th match. */
export function mentionTargets(report: SourceReport, root: Node = document.body): MentionTarget[] {
  if (!root || report.mentions.length === 0) return [];
  const index = indexText(root);
  const byText = new Map<string, Range[]>();
  const used = new Map<string, number>();
  const out: MentionTarget[] = [];
  for (const mention of report.mentions) {
    if (!byText.has(mention.text)) byText.set(mention.text, findTextRanges(root, mention.text, index));
    const n = used.get(mention.text) ?? 0;
    used.set(mention.text, n + 1);
    const range = byText.get(mention.text)![n];
    if (range) out.push({ kind: 'mention', mention, range });
  }
  return out;
}
