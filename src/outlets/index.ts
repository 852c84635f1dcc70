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

/**
 * Synchronous directory over the given outlets (Node, tests: the test outlets live in tests/unit/core/helpers.ts). For the full
 * built-in data without a dynamic import, pass `(await loadOutletData()).outlets`
 * or import `builtinDirectoryData` from './builtin' in Node-only code.
 */
export function createDirectory(
  outlets: Outlet[],
  additions: UserOutlet[] = [],
  preferred: Record<string, string> = {},
): OutletDirectory {
  return createDirectoryFrom(outlets, additions, preferred);
}

let data: Promise<DirectoryData> | null = null;

/** The built-in outlets, decoded once per context from the lazy chunk. */
export function loadOutletData(): Promise<DirectoryData> {
  data ??= import('./generated/outlets.json').then((m) =>
    decodeDirectory((m.default ?? m) as unknown as CompactDirectory),
  );
  return data;
}

/** The full directory with the user's additions; the data chunk loads on first call. */
export async function loadDirectory(additions: UserOutlet[] = []): Promise<OutletDirectory> {
  const { outlets, preferred } = await loadOutletData();
  return createDirectoryFrom(outlets, additions, preferred);
}
