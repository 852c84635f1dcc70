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
import { guard } from './report-base';
import { buildAudit, buildBreakdown, buildMentions, buildOutlets } from './summary';
import { extractTotals } from './totals';
import type { Link, SourceReport } from './types';

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
export function extractCitations(blocks: Block[], links: Link[], dir: OutletDirectory, baseUrl: string, skip: Set<number>, page?: PageContext): Extraction {
  // The page's own publisher: citations of it are marked self and left out of the counts.
  const publisher = guard(() => findPublisher(dir, page ?? { url: baseUrl }), findPublisher(dir, undefined));
  const refs: RefResult = guard(() => extractReferences(blocks, { dir, baseUrl, publisher }), { references: [], consumed: new Set<number>() });
  const noScan = new Set([...skip, ...refs.consumed]);
  blocks.forEach((b, i) => b.heading && b.text.length < 30 && noScan.add(i));
  const found = guard(() => findMentions(blocks, dir, noScan, { publisher, lang: page?.lang ?? null }), []);
  const mentions = guard(() => buildMentions(found, blocks, refs.references, links, publisher), []);
  const outlets = guard(() => buildOutlets(refs.references, mentions, links, dir, publisher), []);
  return {
    references: refs.references,
    mentions,
    links,
    declaredTotals: guard(() => extractTotals(blocks), null),
    outlets,
    breakdown: guard(() => buildBreakdown(outlets), buildBreakdown([])),
    audit: guard(() => buildAudit(refs.references, mentions), { unreferencedMentions: [], unmentionedReferences: [] }),
  };
}
