/**
 * Outlet directory: public API. The data (generated/outlets.json, built by
 * scripts/build-outlets.ts from data/outlets/*.csv) is only reached through a
 * dynamic import, so bundlers put it in its own lazy chunk and the content
 * script's first chunk never carries it.
 */
import { decodeDirectory, type CompactDirectory, type DirectoryData } from './codec';
import { createDirectoryFrom } from './directory';
import type { Outlet, OutletDirectory, UserOutlet } from './types';

export type { Classification, Outlet, OutletDirectory, UserOutlet } from './types';
export { classifyPlatform, type PlatformMatch } from './platforms';
export { SHORTENERS } from './shorteners';
export { parseTarget } from './url';
export { foldName } from './names';

/** A tiny stand-in for synchronous callers that pass no outlets (tests of other modules). */
const SEED: Outlet[] = [
  { id: 'aljazeera', name: 'Al Jazeera', aliases: ['Al-Jazeera', 'Aljazeera'], domains: ['aljazeera.com', 'aljazeera.net'], country: 'QA', languages: ['ar', 'en'], type: 'broadcaster', owner: 'Al Jazeera Media Network' },
  { id: 'newsweek', name: 'Newsweek', aliases: [], domains: ['newsweek.com'], country: 'US', languages: ['en'], type: 'magazine', owner: 'Newsweek Publishing' },
  { id: 'nytimes', name: 'The New York Times', aliases: ['New York Times', 'NYT', 'NY Times'], domains: ['nytimes.com'], country: 'US', languages: ['en'], type: 'newspaper', owner: 'The New York Times Company' },
  { id: 'reuters', name: 'Reuters', aliases: [], domains: ['reuters.com'], country: 'GB', languages: ['en'], type: 'news-agency', owner: 'Thomson Reuters' },
];

/**
 * Synchronous directory over the given outlets (Node, tests). For the full
 * built-in data without a dynamic import, pass `(await loadOutletData()).outlets`
 * or import `builtinDirectoryData` from './builtin' in Node-only code.
 */
export function createDirectory(outlets: Outlet[] = SEED, additions: UserOutlet[] = [], preferred: Record<string, string> = {}): OutletDirectory {
  return createDirectoryFrom(outlets, additions, preferred);
}

let data: Promise<DirectoryData> | null = null;

/** The built-in outlets, decoded once per context from the lazy chunk. */
export function loadOutletData(): Promise<DirectoryData> {
  data ??= import('./generated/outlets.json').then((m) => decodeDirectory((m.default ?? m) as unknown as CompactDirectory));
  return data;
}

/** The full directory with the user's additions; the data chunk loads on first call. */
export async function loadDirectory(additions: UserOutlet[] = []): Promise<OutletDirectory> {
  const { outlets, preferred } = await loadOutletData();
  return createDirectoryFrom(outlets, additions, preferred);
}
