/**
 * Full analysis of a page DOM. Never throws: hostile or huge pages give a
 * partial report (status 'too-large') or empty sections, never a crash.
 */
import type { OutletDirectory } from '../outlets/types';
import { extractBlocks, joinBlocks, type Block } from './blocks';
import { findContentRoot } from './content-root';
import { detect } from './detect';
import { all, attr, first, squash, tagOf, textOf, walk } from './dom';
import { extractLinks } from './links';
import { extractMetadata } from './metadata';
import { resolve } from './references';
import { extractCitations } from './report';
import { baseReport, defaultClock, emptyMetadata, guard } from './report-base';
import { extractTags } from './tags';
import type { Detection, SourceReport, Timings } from './types';

export { analyzeText } from './analyze-text';
export { detectionOnlyReport } from './detection-report';

export interface AnalyzeOptions {
  url: string;
  directory: OutletDirectory;
  detection?: Detection;
  clock?: () => number;
  /** Elements read from the article container before the report is cut short. */
  maxElements?: number;
  /** Characters of article text read before the report is cut short. */
  maxChars?: number;
  maxLinks?: number;
}

const FAILED: Detection = { isArticle: false, confidence: 0.5, reasons: [{ code: 'few-paragraphs', weight: -3, detail: 'page could not be read' }] };

export function analyze(doc: Document, opts: AnalyzeOptions): SourceReport {
  const clock = opts.clock ?? defaultClock;
  const url = typeof opts.url === 'string' ? opts.url : '';
  const t0 = clock();
  const detection = opts.detection ?? guard(() => detect(doc, url), FAILED);
  const t1 = clock();
  const base = guard(() => baseUrl(doc, url), url);
  const root = guard(() => findContentRoot(doc), null) ?? guard(() => doc.body ?? doc.documentElement, null);
  const res = root
    ? guard(() => extractBlocks(root, { skipFurniture: true, maxElements: opts.maxElements ?? 200_000, maxChars: opts.maxChars ?? 5_000_000 }), { blocks: [] as Block[], truncated: true, elements: 0 })
    : { blocks: [] as Block[], truncated: false, elements: 0 };
  const blocks = res.blocks;
  const text = joinBlocks(blocks);
  const metadata = guard(() => extractMetadata(doc, url, text), emptyMetadata(url));
  const headline = guard(() => findHeadline(doc, root, metadata.title), null);
  const tags = guard(() => extractTags(doc, headline), []);
  const linkRes = guard(() => extractLinks(blocks, opts.directory, base, opts.maxLinks ?? 50_000), { links: [], truncated: false });
  const cites = extractCitations(blocks, linkRes.links, opts.directory, base, new Set());
  const t2 = clock();
  const timings: Timings = { detectMs: round(t1 - t0), extractMs: round(t2 - t1), totalMs: round(t2 - t0) };
  const status = res.truncated || linkRes.truncated ? 'too-large' : 'complete';
  return { ...baseReport(url, status, detection, metadata, timings), tags, ...cites };
}


const round = (n: number) => Math.round(n * 100) / 100;

function baseUrl(doc: Document, url: string): string {
  const href = attr(first(doc, 'base[href]'), 'href');
  return (href && resolve(href, url)) || url;
}

/** The headline element: an <h1> in the article, else the element whose text is the title. */
function findHeadline(doc: Document, root: Element | null, title: string): Element | null {
  const h1 = first(root, 'h1') ?? first(doc, 'h1');
  if (h1) return h1;
  const want = squash(title).toLowerCase();
  if (!want || !doc.body) return null;
  let found: Element | null = null;
  walk(doc.body, (el) => {
    const tag = tagOf(el);
    if (tag === 'script' || tag === 'style') return 'skip';
    const t = textOf(el);
    if (t.length < want.length) return 'skip';
    if (t.length < want.length * 2 + 40 && squash(t).toLowerCase() === want) {
      found = el;
      return 'stop';
    }
    return undefined;
  }, 20_000);
  return found ?? all(doc, 'h2')[0] ?? null;
}
