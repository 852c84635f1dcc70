/**
 * What a built entry loads: the entry chunk plus every chunk it imports
 * statically (what the browser must fetch before the code runs). Read from
 * the build output, which imports chunks by relative or root path. Used by
 * `npm run size` and `npm run bench:popup` for their byte figures.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /\bimport\s*(?:[\w*{}\s,$]+?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g;
export const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** A chunk path as the build writes it, relative to `dist`. */
export function resolveFrom(file: string, spec: string): string {
  return spec.startsWith('/') ? spec.slice(1) : join(dirname(file), spec);
}

/** The entry plus its static import closure, as paths relative to `dist`. */
export function chunkClosure(dist: string, entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(resolveFrom(file, m[1]));
  }
  return [...seen];
}

/** Gzipped bytes of a built file (level 9, as the stores measure). */
export const gzipSize = (dist: string, file: string): number =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
