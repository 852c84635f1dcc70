// Lazy chunk: everything a page pays for only when it is an article (or the popup asks).
import { analyzeInSteps, prepareDirectory } from '../core/analyze';
import { nextTask } from './idle';
import { loadDirectory } from '../outlets';
import type { Detection, SourceReport } from '../core/types';
import type { Settings } from '../settings/schema';

/** The debug switch, a build flag: `VITE_SOURCE_LENS_DEBUG=1` (as `npm run dev` builds). */
const DEBUG = import.meta.env.VITE_SOURCE_LENS_DEBUG === '1';

/** `known`: the detection the bootstrap already ran on this page state, so it is not run twice. */
export async function runFullAnalysis(settings: Settings, known?: { detection: Detection; detectMs: number }): Promise<SourceReport> {
  const directory = await loadDirectory(settings.outletAdditions);
  prepareDirectory(directory);
  // Loading the directory and each step of the analysis are tasks of their own: the page stays responsive on long articles.
  await nextTask();
  return analyzeInSteps(document, { url: location.href, directory, ...known, debug: DEBUG }, nextTask);
}
