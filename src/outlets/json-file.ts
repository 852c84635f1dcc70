/**
 * The built-in outlets as a file of the build, for contexts that cannot
 * import() the data chunk (Chrome's service workers refuse it) or should not
 * evaluate it as a module (450 KB of code at every worker start): the file's
 * path in the build, and how its JSON becomes the directory's data. The
 * caller fetches it with its own API (runtime.getURL in the extension).
 * Vite-only (`?url`): Node code uses `./builtin`.
 */
import outletsJsonPath from './generated/outlets.json?url';
import { decodeDirectory, type CompactDirectory, type DirectoryData } from './codec';

export const OUTLETS_JSON_PATH: string = outletsJsonPath;

/** The fetched file's JSON as the directory's data (outlets and preferred names). */
export function outletDataFromJson(json: unknown): DirectoryData {
  return decodeDirectory(json as CompactDirectory);
}
