/**
 * The built-in data, imported statically: for Node (CLI, scripts, tests) only.
 * Extension code must use loadDirectory() so the data stays in a lazy chunk.
 */
import raw from './generated/outlets.json';
import { decodeDirectory, type CompactDirectory } from './codec';
import { createDirectoryFrom } from './directory';
import type { OutletDirectory, UserOutlet } from './types';

export const builtinDirectoryData = decodeDirectory(raw as unknown as CompactDirectory);

export function createBuiltinDirectory(additions: UserOutlet[] = []): OutletDirectory {
  return createDirectoryFrom(builtinDirectoryData.outlets, additions, builtinDirectoryData.preferred);
}
