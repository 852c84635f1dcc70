/**
 * Shards and resume. A page's key is its WARC-Record-ID, or the file name
 * as given: the same command line on n machines splits the same way, and an
 * NDJSON output names every page it holds.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { WarcInfo } from './page';

export const pageKey = (p: { file: string; warc?: WarcInfo | null }) =>
  p.warc ? (p.warc.id ?? `${p.file}#${p.warc.url}`) : p.file;

/** FNV-1a: fast, stable across machines and Node versions. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const inShard = (key: string, shard: { index: number; count: number }) =>
  fnv1a(key) % shard.count === shard.index - 1;

/** The keys of the reports an NDJSON file holds; a cut-off last line (the crash) is not counted. */
export async function doneKeys(file: string): Promise<{ keys: Set<string>; unreadable: number }> {
  const keys = new Set<string>();
  let unreadable = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as { file?: unknown; warc?: WarcInfo };
      if (typeof r.file === 'string') keys.add(pageKey({ file: r.file, warc: r.warc }));
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  return { keys, unreadable };
}
