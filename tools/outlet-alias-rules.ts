/**
 * Which outlet names could be read as something else in running text: an
 * everyday word or phrase (once a leading article is dropped: "the Post",
 * "Welt"), a common first name ("Dawn", "Ken") or a 2-3 letter acronym ("LN",
 * "ABC"). Pure rules shared by the maintainer script that writes the
 * candidates (scripts/outlet-alias-candidates.ts, which needs the Debian word
 * lists) and the data test (which recomputes the rules that need no word list).
 */
import { readFileSync } from 'node:fs';
import { foldName, looseKey } from '../src/outlets/names';
import { outletNames, DATA_DIR } from './outlet-rows';
import type { Outlet } from '../src/outlets/types';

export interface Candidate {
  id: string;
  /** The name or alias as written in the CSV. */
  name: string;
  /** "word:en|de", "phrase:fr", "first-name", "acronym". */
  reasons: string[];
}

/** Folded tokens of a written name without one leading article ("the post" -> ["post"]). */
export function tokens(written: string): string[] {
  const f = foldName(written);
  const sp = f.indexOf(' ');
  const rest = sp > 0 && looseKey(f) === f.slice(sp + 1).replace(/ /g, '') ? f.slice(sp + 1) : f;
  return rest.split(' ').filter(Boolean);
}

/** 2-3 letters or digits once punctuation is dropped: "LN", "F.A.Z.", "TV3". */
// Latin, Greek and Cyrillic only: two or three Han or Arabic characters are a word of their own, not an initialism.
export const isAcronym = (written: string): boolean =>
  /^[\p{L}\p{N}]{2,3}$/u.test(foldName(written).replace(/ /g, '')) &&
  /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u.test(written) &&
  !/[^\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{P}\p{S}\s]/u.test(written);

export function loadFirstNames(file = `${DATA_DIR}sources/first-names.txt`): Set<string> {
  const lines = readFileSync(file, 'utf8').split('\n');
  return new Set(
    lines
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map(foldName),
  );
}

/** Candidates that need no word list: first names and acronyms. */
export function ruleReasons(written: string, firstNames: Set<string>): string[] {
  const t = tokens(written);
  const reasons: string[] = [];
  if (t.length === 1 && firstNames.has(t[0])) reasons.push('first-name');
  if (isAcronym(written)) reasons.push('acronym');
  return reasons;
}

/** Word-list reasons: a single everyday word, or a two-word phrase of everyday words in one language. */
export function wordReasons(written: string, words: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const t = tokens(written);
  if (!t.length || t.length > 2 || t.some((w) => w.length < 2 || /\d/.test(w))) return [];
  const langs = [...words].filter(([, set]) => t.every((w) => set.has(w))).map(([lang]) => lang);
  if (!langs.length) return [];
  return [`${t.length === 1 ? 'word' : 'phrase'}:${langs.join('|')}`];
}

/**
 * A single word the English list writes capitalised: a demonym, a place or a given name ("Olympian", "Scotsman",
 * "Solomon"). Running text uses these for people and places ("the Olympian said she was thrilled"), so they are
 * candidates too; German capitalizes every noun, so only the English list tells proper words apart.
 */
export function properReasons(written: string, proper: ReadonlySet<string> | undefined): string[] {
  const t = tokens(written);
  return proper && t.length === 1 && t[0].length >= 3 && proper.has(t[0]) ? ['proper:en'] : [];
}

export function candidates(
  outlets: readonly Outlet[],
  firstNames: Set<string>,
  words?: ReadonlyMap<string, ReadonlySet<string>>,
  proper?: ReadonlySet<string>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const o of outlets) {
    if (o.confidence === 'low') continue; // not name-matched at all
    for (const name of new Set(outletNames(o))) {
      const word = words ? wordReasons(name, words) : [];
      // a proper word only where no common word of the lists explains the name already
      const reasons = [...word, ...(word.length ? [] : properReasons(name, proper)), ...ruleReasons(name, firstNames)];
      if (reasons.length) out.push({ id: o.id, name, reasons });
    }
  }
  return out;
}
