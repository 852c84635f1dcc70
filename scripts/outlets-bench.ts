/**
 * Lookups per second for the outlet directory, with a plain Map.get over the
 * same keys as the in-process baseline. Usage: tsx scripts/outlets-bench.ts
 */
import { createBuiltinDirectory, builtinDirectoryData } from '../src/outlets/builtin';

const dir = createBuiltinDirectory();
const outlets = builtinDirectoryData.outlets;
const hosts = outlets.flatMap((o) => o.domains);
// Realistic inputs: full URLs with subdomains and paths, names as written in text.
const urls = hosts.map(
  (h, i) => `https://${i % 3 === 0 ? 'www.' : i % 3 === 1 ? 'm.' : ''}${h}/politik/2024/article-${i}.html?ref=rss`,
);
const unknownUrls = hosts.map((h, i) => `https://blog${i}.example-${i % 50}.org/post/${i}`);
const names = outlets.flatMap((o) => [o.name, ...o.aliases.slice(0, 1)]).map((n, i) => (i % 4 === 0 ? `die ${n}` : n));
const baseline = new Map(hosts.map((h) => [h, h]));

function rate(label: string, keys: readonly string[], fn: (k: string) => unknown, minMs = 400): number {
  let n = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const k of keys) if (fn(k)) sink++;
    n += keys.length;
    elapsed = performance.now() - start;
  }
  const perSec = (n / elapsed) * 1000;
  console.log(
    `${label.padEnd(34)} ${Math.round(perSec).toLocaleString('en').padStart(12)} /s   (${keys.length} keys, hits ${((100 * sink) / n).toFixed(0)} %)`,
  );
  return perSec;
}

// Warm up the JIT before measuring.
for (let i = 0; i < 3; i++) for (const u of urls) dir.classify(u);

console.log(`${outlets.length} outlets, ${hosts.length} domains\n`);
const base = rate('baseline Map.get(host)', hosts, (h) => baseline.get(h));
const results: [string, number][] = [
  ['byDomain(bare host)', rate('byDomain(bare host)', hosts, (h) => dir.byDomain(h))],
  ['byDomain(full URL)', rate('byDomain(full URL)', urls, (u) => dir.byDomain(u))],
  ['byName(name as written)', rate('byName(name as written)', names, (n) => dir.byName(n))],
  ['classify(outlet URL)', rate('classify(outlet URL)', urls, (u) => dir.classify(u).outlet)],
  ['classify(unknown URL)', rate('classify(unknown URL)', unknownUrls, (u) => dir.classify(u).domain)],
];
console.log('\nratio to the Map.get baseline:');
for (const [label, r] of results) console.log(`  ${label.padEnd(32)} ${(base / r).toFixed(1)}x slower`);
