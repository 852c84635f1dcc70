/**
 * Full analysis of a page DOM. Never throws: hostile or huge pages give a
 * partial report (status 'too-large') or empty sections, never a crash.
 */
import type { OutletDirectory } from '../outlets/types';
import { extractBlocks, joinBlocks, type Block } from './blocks';
import { findContentRoot } from './content-root';
import { detect } from './detect';
import { attr, first, squash, textOf } from './dom';
import { extractLinks } from './links';
import { guessLang } from './lang-guess';
import { extractMetadata } from './metadata';
import { pageOf } from './page';
import { resolveHref } from './resolve';
import { extractCitations } from './report';
import { baseReport, defaultClock, emptyMetadata, guard } from './report-base';
import { guardStep } from './guard-step';
import { boundReport } from './bounds';
import { LIMITS } from './limits';
import { nameIndex } from './name-index';
import { extractTags } from './tags';
import type { Detection, Diagnostic, SourceReport, Timings } from './types';

export { analyzeText } from './analyze-text';
export { detectionOnlyReport } from './detection-report';

export interface AnalyzeOptions {
  url: string;
  directory: OutletDirectory;
  /** The verdict the caller already has (the content script detects before it loads the analysis). */
  detection?: Detection;
  /** How long that detection took, so the report's timings still include it. */
  detectMs?: number;
  clock?: () => number;
  /** Elements read from the article container before the report is cut short. */
  maxElements?: number;
  /** Characters of article text read before the report is cut short. */
  maxChars?: number;
  maxLinks?: number;
  /** The debug switch: failing steps are logged to the console and listed in the report's `diagnostics`. */
  debug?: boolean;
}

/**
 * Builds what the analysis keeps per directory (the mention scan's name index,
 * a few milliseconds over 3,000 outlets) ahead of the first analysis. Callers
 * that load the directory call it in that task, so the analysis task does not
 * pay for it; analyze() builds it itself when nobody did.
 */
export function prepareDirectory(directory: OutletDirectory): void {
  guard(() => nameIndex(directory), null);
}

const FAILED: Detection = {
  isArticle: false,
  confidence: 0.5,
  reasons: [{ code: 'few-paragraphs', weight: -3, detail: 'page could not be read' }],
};

export function analyze(doc: Document, opts: AnalyzeOptions): SourceReport {
  const steps = analysisSteps(doc, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same analysis with `pause()` awaited between its steps (detection,
 * blocks, metadata and tags, links, citations): the content script passes
 * "next task", so a long article never blocks the page for the whole analysis.
 * The report's timings count the work only, not the pauses.
 */
export async function analyzeInSteps(
  doc: Document,
  opts: AnalyzeOptions,
  pause: () => Promise<void>,
): Promise<SourceReport> {
  const clock = opts.clock ?? defaultClock;
  const steps = analysisSteps(doc, opts);
  let paused = 0;
  for (;;) {
    const r = steps.next(paused);
    if (r.done) return r.value;
    const t = clock();
    await pause();
    paused = clock() - t;
  }
}

/**
 * The analysis as a generator: each `yield` is a point where the caller may let
 * the page run; the caller answers with how long it paused (analyze: never).
 */
function* analysisSteps(doc: Document, opts: AnalyzeOptions): Generator<void, SourceReport, number | undefined> {
  const clock = opts.clock ?? defaultClock;
  const url = typeof opts.url === 'string' ? opts.url : '';
  const log: Diagnostic[] | null = opts.debug ? [] : null;
  const t0 = clock();
  const detection = opts.detection ?? guardStep(() => detect(doc, url), FAILED, 'detect', log);
  const t1 = clock();
  let paused = 0;
  if (!opts.detection) paused += (yield) ?? 0;
  // One Page per call: metas and JSON-LD are read once and shared by title, metadata and tags.
  const page = pageOf(doc, url);
  const base = guardStep(() => baseUrl(doc, url), url, 'base URL', log);
  const root =
    guardStep(() => findContentRoot(doc), null, 'content root', log) ??
    guard(() => doc.body ?? doc.documentElement, null);
  const res = root
    ? guardStep(
        () =>
          extractBlocks(root, {
            skipFurniture: true,
            maxElements: opts.maxElements ?? 200_000,
            maxChars: opts.maxChars ?? 5_000_000,
          }),
        { blocks: [] as Block[], truncated: true, elements: 0 },
        'blocks',
        log,
      )
    : { blocks: [] as Block[], truncated: false, elements: 0 };
  const blocks = res.blocks;
  paused += (yield) ?? 0;
  const text = joinBlocks(blocks);
  const metadata = guardStep(
    () => extractMetadata(doc, url, text, page, root, guessLang),
    emptyMetadata(url),
    'metadata',
    log,
  );
  const headline = guardStep(() => findHeadline(doc, root, metadata.title, blocks), null, 'headline', log);
  const tags = guardStep(() => extractTags(doc, headline, undefined, page), [], 'tags', log);
  paused += (yield) ?? 0;
  const linkRes = guardStep(
    () => extractLinks(blocks, opts.directory, base, opts.maxLinks ?? LIMITS.items),
    { links: [], truncated: false },
    'links',
    log,
  );
  paused += (yield) ?? 0;
  const cites = extractCitations(
    blocks,
    linkRes.links,
    opts.directory,
    base,
    new Set(),
    { url, canonicalUrl: metadata.canonicalUrl, siteName: metadata.siteName, lang: metadata.lang },
    log,
  );
  const work = clock() - t1 - paused;
  const detectMs = opts.detection && opts.detectMs !== undefined ? opts.detectMs : t1 - t0;
  const timings: Timings = { detectMs: round(detectMs), extractMs: round(work), totalMs: round(detectMs + work) };
  const status = res.truncated || linkRes.truncated ? 'too-large' : 'complete';
  const report = boundReport({ ...baseReport(url, status, detection, metadata, timings), tags, ...cites });
  return log ? { ...report, diagnostics: log } : report;
}

const round = (n: number) => Math.round(n * 100) / 100;

function baseUrl(doc: Document, url: string): string {
  const href = attr(first(doc.head ?? doc, 'base[href]'), 'href');
  return (href && resolveHref(href, url)) || url;
}

/**
 * The headline element: an <h1> in the article, else the first <h1>, else an
 * early line or a heading whose text is the title. Bounded: a few dozen headings at most.
 */
function findHeadline(doc: Document, root: Element | null, title: string, blocks: Block[]): Element | null {
  const h1 = root?.getElementsByTagName('h1')[0] ?? doc.getElementsByTagName('h1')[0];
  if (h1) return h1;
  const want = squash(title).toLowerCase();
  // Bare pages: the line that reads like the title is the headline.
  for (const b of blocks.slice(0, 10)) if (want && b.el && b.text.toLowerCase() === want) return b.el;
  for (const tag of ['h2', 'h3']) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < list.length && i < 30; i++)
      if (want && squash(textOf(list[i])).toLowerCase() === want) return list[i];
  }
  return doc.getElementsByTagName('h2')[0] ?? null;
}
