/**
 * Builds src/outlets/generated/outlets.json from data/outlets/*.csv.
 * Usage: tsx scripts/build-outlets.ts [--check]   (--check validates, writes nothing)
 * Fails with file:line on any bad row, duplicate id or domain, invalid code,
 * or undeclared shared name.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { encodeDirectory } from '../src/outlets/codec';
import { loadOutletRows } from '../tools/outlet-rows';

const OUT = new URL('../src/outlets/generated/outlets.json', import.meta.url).pathname;
const { outlets, preferred, errors, warnings } = loadOutletRows();

for (const w of warnings) console.warn(`warning: ${w}`);
if (errors.length) {
  for (const e of errors) console.error(`error: ${e}`);
  console.error(`\n${errors.length} error(s); nothing written.`);
  process.exit(1);
}

const sorted = [...outlets].sort((a, b) => (a.id < b.id ? -1 : 1)).map(({ where: _w, ...o }) => o);
const json = JSON.stringify(encodeDirectory(sorted, preferred));
const countries = new Set(sorted.map((o) => o.country));
const domains = sorted.reduce((n, o) => n + o.domains.length, 0);
console.log(`${sorted.length} outlets, ${domains} domains, ${countries.size} countries`);
console.log(`${(json.length / 1024).toFixed(1)} KB raw, ${(gzipSync(json).length / 1024).toFixed(1)} KB gzipped`);
if (!process.argv.includes('--check')) {
  writeFileSync(OUT, `${json}\n`);
  console.log(`wrote ${OUT}`);
}
