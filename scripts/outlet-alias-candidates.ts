/**
 * Maintainer tool: writes data/outlets/_alias-candidates.csv, every outlet
 * name or alias that running text could use for something else (see
 * outlet-alias-rules.ts). Needs the Debian word lists
 *   apt-get install wamerican wngerman wfrench wspanish witalian
 * so it never runs in tests or CI; its output is committed, and the data test
 * checks that each candidate is marked in needs_context or reviewed in
 * _alias-reviewed.csv.
 * Usage: tsx scripts/outlet-alias-candidates.ts [--open]  (--open: list the candidates not yet decided)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { foldName } from '../src/outlets/names';
import { candidates, loadFirstNames } from '../tools/outlet-alias-rules';
import { DATA_DIR, loadOutletRows } from '../tools/outlet-rows';
import { loadReviewed } from '../tools/outlet-alias-review';

const LISTS: Record<string, string> = {
  en: 'american-english',
  de: 'ngerman',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
};

function wordList(file: string, lang: string): Set<string> {
  const set = new Set<string>();
  for (const w of readFileSync(file, 'utf8').split('\n')) {
    // English lists capitalize proper nouns ("York"): keep only common words. German capitalizes every noun, so keep all.
    if (!w || w.includes("'") || (lang !== 'de' && w[0] !== w[0].toLowerCase())) continue;
    set.add(foldName(w));
  }
  return set;
}

const words = new Map<string, Set<string>>();
for (const [lang, name] of Object.entries(LISTS)) {
  const file = `/usr/share/dict/${name}`;
  if (!existsSync(file)) {
    console.error(`missing ${file}: apt-get install wamerican wngerman wfrench wspanish witalian`);
    process.exit(2);
  }
  words.set(lang, wordList(file, lang));
}
// The English list's capitalised words (demonyms, places, given names) that are no common word of any list.
const proper = new Set<string>();
for (const w of readFileSync(`/usr/share/dict/${LISTS.en}`, 'utf8').split('\n')) {
  if (w && !w.includes("'") && w[0] !== w[0].toLowerCase()) proper.add(foldName(w));
}

const { outlets } = loadOutletRows();
const found = candidates(outlets, loadFirstNames(), words, proper);
const q = (s: string) => (/[",|]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const lines = ['id,name,reasons', ...found.map((c) => `${c.id},${q(c.name)},${q(c.reasons.join(' '))}`)];
writeFileSync(`${DATA_DIR}_alias-candidates.csv`, `${lines.join('\n')}\n`);
const byId = new Map(outlets.map((o) => [o.id, o]));
const reviewed = loadReviewed();
const open = found.filter(
  (c) => !byId.get(c.id)?.needsContext?.includes(c.name) && !reviewed.has(`${c.id}\t${c.name}`),
);
console.log(
  `${found.length} candidates written to data/outlets/_alias-candidates.csv; ${open.length} neither marked nor reviewed`,
);
if (process.argv.includes('--open')) for (const c of open) console.log(`${c.id}\t${c.name}\t${c.reasons.join(' ')}`);
