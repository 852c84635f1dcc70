// Lazy chunk: everything a page pays for only when it is an article (or the popup asks).
import { analyze } from '../core/analyze';
import { loadDirectory } from '../outlets';
import type { SourceReport } from '../core/types';
import type { Settings } from '../settings/schema';

export async function runFullAnalysis(settings: Settings): Promise<SourceReport> {
  const directory = await loadDirectory(settings.outletAdditions);
  return analyze(document, { url: location.href, directory });
}
