/**
 * The report for pages that are not analysed in full: verdict and metadata,
 * nothing extracted. Lives apart from analyze.ts so the content script's first
 * chunk can build it without pulling in the extractors or tldts.
 */
import { extractMetadata } from './metadata';
import { baseReport, emptyMetadata, guard } from './report-base';
import { boundBase } from './bounds-base';
import type { Detection, SourceReport, Timings } from './types';

export function detectionOnlyReport(doc: Document, url: string, detection: Detection, timings: Timings): SourceReport {
  const metadata = guard(() => extractMetadata(doc, url), emptyMetadata(url));
  return boundBase(baseReport(url, 'detection-only', detection, metadata, timings));
}
