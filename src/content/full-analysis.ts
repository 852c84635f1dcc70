// Lazy chunk: everything a page pays for only when it is an article (or the popup asks).
import { analyze } from '../core/analyze';
import { loadDirectory } from '../outlets';
import type { Detection, SourceReport } from '../core/types';
import type { Settings } from '../settings/schema';

/** `known`: the detection the bootstrap already ran on this page state, so it is not run twice. */
export async function runFullAnalysis(settings: Settings, known?: { detection: Detection; detectMs: number }): Promise<SourceReport> {
  const directory = await loadDirectory(settings.outletAdditions);
  return analyze(document, { url: location.href, directory, ...known });
}
