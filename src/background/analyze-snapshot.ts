/**
 * A page's report from its snapshot, in the background: the markup parsed as
 * the CLI parses a saved page (core/html-document.ts), then the same steps the
 * content script ran on the live DOM before: detection, and for articles (or
 * when the reader asks) the full analysis; otherwise the detection-only report.
 */
import { analyzeInSteps, detectionOnlyReport } from '../core/analyze';
import { detect } from '../core/detect';
import { HIDDEN_MARK } from '../core/hidden';
import { htmlDocument } from '../core/html-document';
import type { SourceReport } from '../core/types';
import type { OutletDirectory } from '../outlets';
import type { PageSnapshot } from '../messaging/snapshot';

export interface AnalyzeSnapshotOptions {
  /** Analyse even when detection says it is no article. */
  full: boolean;
  /** The one directory of this browser; asked only when the full analysis runs. */
  directory: () => Promise<OutletDirectory>;
  /** Called once detection decided on the full analysis (the popup shows "analyzing"). */
  onFull?: () => Promise<void> | void;
  /** Between steps: other messages (a popup asking for its tab) go first. */
  pause?: () => Promise<void>;
  debug?: boolean;
  clock?: () => number;
}

/** Marks the containers the live page hid by style; a place whose tag differs here is left alone (the copy parsed differently). */
export function markHidden(doc: Document, places: readonly string[]): number {
  let marked = 0;
  for (const place of places) {
    const colon = place.indexOf(':');
    const tag = place.slice(0, colon);
    let at: Element | null = doc.documentElement;
    if (colon + 1 < place.length)
      for (const i of place.slice(colon + 1).split('/')) at = at?.children[Number(i)] ?? null;
    if (at && at.localName === tag) {
      at.setAttribute(HIDDEN_MARK, '');
      marked++;
    }
  }
  return marked;
}

/** As the live parser did with scripting on: a <noscript>'s content is one text node, not elements. */
export function noscriptAsText(doc: Document): void {
  for (const ns of Array.from(doc.getElementsByTagName('noscript'))) {
    if (ns.firstElementChild) ns.textContent = ns.innerHTML;
  }
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function analyzeSnapshot(snapshot: PageSnapshot, opts: AnalyzeSnapshotOptions): Promise<SourceReport> {
  const clock = opts.clock ?? (() => performance.now());
  const { url } = snapshot;
  const doc = htmlDocument(snapshot.html);
  if (snapshot.noscriptText) noscriptAsText(doc);
  markHidden(doc, snapshot.hidden);
  const t0 = clock();
  const detection = detect(doc, url);
  const detectMs = clock() - t0;
  let report: SourceReport;
  if (!detection.isArticle && !opts.full) {
    report = detectionOnlyReport(doc, url, detection, { detectMs, extractMs: 0, totalMs: detectMs });
  } else {
    await opts.onFull?.();
    const directory = await opts.directory();
    report = await analyzeInSteps(
      doc,
      { url, directory, detection, detectMs, debug: opts.debug, clock },
      opts.pause ?? macrotask,
    );
  }
  // Markup cut to fit a message: what is read is a part, as when the core's own limits cut a page.
  return snapshot.cut && report.status === 'complete' ? { ...report, status: 'too-large' } : report;
}
