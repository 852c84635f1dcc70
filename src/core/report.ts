/**
 * Assembling a SourceReport from blocks. Shared by the DOM and plain-text
 * entry points, so both give the same references, mentions and totals.
 * Each extractor runs guarded: one that fails yields an empty section.
 */
import type { OutletDirectory } from '../outlets/types';
import type { Block } from './blocks';
import { findMentions } from './mentions';
import { findPublisher, type PageContext } from './publisher';
import { extractReferences, type RefResult } from './references';
import { guardStep } from './guard-step';
import { buildAudit, buildBreakdown, buildMentions, buildOutlets } from './summary';
import { extractTotals } from './totals';
import type { Diagnostic, Link, SourceReport } from './types';

export interface Extraction {
  references: SourceReport['references'];
  mentions: SourceReport['mentions'];
  links: Link[];
  declaredTotals: SourceReport['declaredTotals'];
  outlets: SourceReport['outlets'];
  breakdown: SourceReport['breakdown'];
  audit: SourceReport['audit'];
}

/** Everything after links: references, mentions, totals, outlets, audit. */
/** `page`: what the page says of itself (publisher, language); `log`: where failing steps are kept (the debug switch), or null. */
export function extractCitations(blocks: Block[], links: Link[], dir: OutletDirectory, baseUrl: string, skip: Set<number>, page?: PageContext, log: Diagnostic[] | null = null): Extraction {
  // The page's own publisher: citations of it are marked self and left out of the counts.
  const publisher = guardStep(() => findPublisher(dir, page ?? { url: baseUrl }), findPublisher(dir, undefined), 'publisher', log);
  const refs: RefResult = guardStep(() => extractReferences(blocks, { dir, baseUrl, publisher }), { references: [], consumed: new Set<number>() }, 'references', log);
  const noScan = new Set([...skip, ...refs.consumed]);
  blocks.forEach((b, i) => b.heading && b.text.length < 30 && noScan.add(i));
  const found = guardStep(() => findMentions(blocks, dir, noScan, { publisher, lang: page?.lang ?? null }), [], 'mentions', log);
  const mentions = guardStep(() => buildMentions(found, blocks, refs.references, links, publisher), [], 'mention links', log);
  const outlets = guardStep(() => buildOutlets(refs.references, mentions, links, dir, publisher), [], 'outlets', log);
  return {
    references: refs.references,
    mentions,
    links,
    declaredTotals: guardStep(() => extractTotals(blocks), null, 'totals', log),
    outlets,
    breakdown: guardStep(() => buildBreakdown(outlets), buildBreakdown([]), 'breakdown', log),
    audit: guardStep(() => buildAudit(refs.references, mentions), { unreferencedMentions: [], unmentionedReferences: [] }, 'audit', log),
  };
}
