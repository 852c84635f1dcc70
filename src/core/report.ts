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
import { buildAudit, buildBreakdown, buildMentions, buildOutlets, markMentioned } from './summary';
import { extractTotals } from './totals';
import type { Diagnostic, Link, Reference, SourceReport } from './types';

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
export function extractCitations(
  blocks: Block[],
  links: Link[],
  dir: OutletDirectory,
  baseUrl: string,
  skip: Set<number>,
  page?: PageContext,
  log: Diagnostic[] | null = null,
): Extraction {
  // The page's own publisher: citations of it are marked self and left out of the counts.
  const publisher = guardStep(
    () => findPublisher(dir, page ?? { url: baseUrl }),
    findPublisher(dir, undefined),
    'publisher',
    log,
  );
  const refs: RefResult = guardStep(
    () => extractReferences(blocks, { dir, baseUrl, publisher }),
    { references: [], consumed: new Set<number>() },
    'references',
    log,
  );
  const noScan = new Set([...skip, ...refs.consumed]);
  blocks.forEach((b, i) => b.heading && b.text.length < 30 && noScan.add(i));
  const found = guardStep(
    () => findMentions(blocks, dir, noScan, { publisher, lang: page?.lang ?? null }),
    [],
    'mentions',
    log,
  );
  // One way: the mentions come with the references they point to, and the references are marked from that.
  const linked = guardStep(
    () => buildMentions(found, blocks, refs.references, links, publisher),
    { mentions: [], mentioned: new Set<Reference>() },
    'mention links',
    log,
  );
  const { mentions } = linked;
  const references = markMentioned(refs.references, linked.mentioned);
  const outlets = guardStep(() => buildOutlets(references, mentions, links, dir, publisher), [], 'outlets', log);
  return {
    references,
    mentions,
    links,
    declaredTotals: guardStep(() => extractTotals(blocks), null, 'totals', log),
    outlets,
    breakdown: guardStep(() => buildBreakdown(outlets), buildBreakdown([]), 'breakdown', log),
    audit: guardStep(
      () => buildAudit(references, mentions),
      { unreferencedMentions: [], unmentionedReferences: [] },
      'audit',
      log,
    ),
  };
}
