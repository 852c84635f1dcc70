/**
 * Every alias that running text could use for something else, run through the
 * real mention scan on everyday sentences of en/de/fr/es/it (everyday-sentences.ts):
 * none may name an outlet without context (no quotation marks, no descriptor,
 * no publisher). Two groups:
 * - every name an indexed outlet marks in needs_context (the everyday words and
 *   phrases of the five word lists, first names, 2-3 letter acronyms the alias
 *   rules found), as written, without its own article, capitalised at a sentence start;
 * - every name reviewed as not ambiguous (_alias-reviewed.csv), written in lower
 *   case as the everyday word it also is ("the guardian said", "le monde entier").
 *   As written they stay out: there they are real attributions ("BBC said").
 */
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../src/core/blocks';
import { findMentions, type Found } from '../../../src/core/mentions';
import { acronymOfCopyLanguage, foreignProperName, writtenAsUnmarked } from '../../../src/core/mention-lookup';
import { builtinDirectoryData, createBuiltinDirectory } from '../../../src/outlets/builtin';
import { leadingArticle, looseKey } from '../../../src/outlets/names';
import { createDirectoryFrom } from '../../../src/outlets/directory';
import type { Outlet, OutletDirectory } from '../../../src/outlets/types';
import { loadReviewed } from '../../../tools/outlet-alias-review';
import { isAcronym } from '../../../tools/outlet-alias-rules';
import { outletNames } from '../../../tools/outlet-rows';
import { everydaySentences, LANGS, type Slot } from './everyday-sentences';

const dir = createBuiltinDirectory();
const indexed = builtinDirectoryData.outlets.filter((o: Outlet) => o.confidence !== 'low');
const byId = new Map(indexed.map((o) => [o.id, o]));

/**
 * Left out, each with its reason: false friends only the scan can tell apart.
 * The name holds its own descriptor ("magazine"), which the scan takes as context; that "the Time magazine
 * Foundation" is a longer name only the scan can see (it reads "According to the X Foundation" as X, for any X).
 */
const SCAN_ONLY = new Map<string, string>([
  ['time\tTime magazine', 'the name carries its descriptor; "the Time magazine Foundation" is a longer name'],
  ['people\tPeople magazine', 'the name carries its descriptor; "the People magazine Foundation" is a longer name'],
  ['health-com\tHealth magazine', 'the name carries its descriptor; "the Health magazine Foundation" is a longer name'],
  // In capitals "LA" is Los Angeles, not the Romance article: "Selon LA Times", "Según LA Weekly" name the papers.
  ['latimes\tLA Times', 'in capitals LA is no article of fr/es/it copy: "Selon LA Times" is the paper'],
  ['laweekly\tLA Weekly', 'in capitals LA is no article of fr/es/it copy: "Según LA Weekly" is the paper'],
]);

interface Case {
  id: string;
  name: string;
  slots: Slot[];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const bareOf = (o: Outlet, name: string) => name.slice(leadingArticle(name, o.languages)).trim() || name;

/** A marked name as written and without its own article ("Die Welt", "Welt"), each also capitalised. */
function markedSlots(o: Outlet, name: string): Slot[] {
  const b = bareOf(o, name);
  return [...new Set([name, b])].map((w) => ({ w, c: cap(w), b }));
}

/**
 * A reviewed name in lower case, also at a sentence start: capitalised there it is the outlet's name ("Orient",
 * "Western standard" is "Western Standard" to any reader).
 */
function lowerSlots(o: Outlet, name: string): Slot[] {
  const w = name.toLowerCase();
  if (outletNames(o).includes(w)) return []; // "dpa", "taz": the outlet's own lower-case name
  return [{ w, c: w, b: bareOf(o, name).toLowerCase() }];
}

const marked: Case[] = indexed.flatMap((o) =>
  (o.needsContext ?? [])
    .filter((n) => !SCAN_ONLY.has(`${o.id}\t${n}`))
    .map((n) => ({ id: o.id, name: n, slots: markedSlots(o, n) })),
);
const reviewed: Case[] = [...loadReviewed().keys()].flatMap((k) => {
  const [id, name] = k.split('\t');
  const o = byId.get(id);
  // acronyms have no everyday lower-case form to test
  return o && !isAcronym(name) ? [{ id, name, slots: lowerSlots(o, name) }] : [];
});

/**
 * Context the scan takes from the writing itself, so no false friend (the scan's own rules, mention-lookup.ts):
 * - a name written exactly like one of the outlet's unmarked names, with or without its article ("BBC berichtet": only
 *   "The BBC" is marked; "the Guardian said": only "Guardian" is marked);
 * - a name of several words in another language than the copy's, right after an article of the copy's grammar
 *   ("D'après la Freie Presse", "zitierte der Daily Star"): the article is part of the name as written here.
 */
function contextFromWriting(f: Found, lang: string): boolean {
  if (writtenAsUnmarked(f.name, [lang, 'de', 'en'], f.entry)) return true;
  const cut = leadingArticle(f.name, [lang]);
  return foreignProperName(f.name.slice(cut).trim(), f.name.slice(0, cut).trim(), lang, f.entry);
}

function falseFriend(c: Case, f: Found, lang: string): boolean {
  if (f.inDirectory === false) return false;
  if (contextFromWriting(f, lang)) return false;
  // keyed as the scan keys the written name: the copy's articles (the page's language, German, English)
  const k = looseKey(f.name, [lang, 'de', 'en']);
  const isMarked = (f.entry.needsContext ?? []).some((m) => looseKey(m, f.entry.languages) === k);
  if (f.entry.id !== c.id && !isMarked) return false;
  return !acronymOfCopyLanguage(f.name.slice(leadingArticle(f.name, [lang, 'en', 'de'])), lang, f.entry);
}

function falseFriends(cases: Case[], lang: (typeof LANGS)[number], d: OutletDirectory = dir): string[] {
  const bad: string[] = [];
  for (const c of cases) {
    // one text per name: its sentences are the lines of one page
    const lines = c.slots.flatMap((slot) => everydaySentences(lang, slot));
    if (!lines.length) continue;
    for (const f of findMentions(textBlocks(lines.join('\n')), d, new Set(), { lang })) {
      if (falseFriend(c, f, lang)) bad.push(`${c.id} "${c.name}": "${f.text}" -> ${f.entry.id}`);
    }
  }
  return bad;
}

describe('aliases in everyday sentences', () => {
  it('covers every marked and every reviewed name (the test is not empty)', () => {
    expect(marked.length).toBeGreaterThan(800);
    expect(reviewed.length).toBeGreaterThan(800);
    for (const k of SCAN_ONLY.keys()) {
      const [id, name] = k.split('\t');
      expect(byId.get(id)?.needsContext ?? [], k).toContain(name);
    }
  });

  it('catches a false friend: a marked name the scan finds without context', () => {
    const today = byId.get('today-it');
    expect(today?.needsContext).toContain('Today');
    const c: Case = { id: 'today-it', name: 'Today', slots: markedSlots(today!, 'Today') };
    const found = (entry: Outlet): Found => ({
      text: 'Today said',
      name: 'Today',
      entry,
      start: 0,
      nameStart: 0,
      block: 0,
    });
    expect(falseFriend(c, found(today!), 'en')).toBe(true);
    // written like one of the outlet's unmarked names, it is the outlet's own writing, no false friend
    expect(falseFriend(c, found({ ...today!, needsContext: undefined }), 'en')).toBe(false);
    // and the scan itself leaves the marked name alone in everyday copy
    expect(falseFriends([c], 'en', createDirectoryFrom([today!]))).toEqual([]);
  });

  for (const lang of LANGS) {
    it(`finds no outlet by a marked name without context in ${lang} copy`, () => {
      expect(falseFriends(marked, lang)).toEqual([]);
    });
    it(`finds no outlet by a reviewed name written as an everyday word in ${lang} copy`, () => {
      expect(falseFriends(reviewed, lang)).toEqual([]);
    });
  }
});
