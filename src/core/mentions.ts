/**
 * In-text attributions: "Al Jazeera berichtet", "laut Reuters", "according to
 * the BBC", "told The New York Times". A mention counts only when the name is
 * an outlet the directory knows, so ordinary capitalised words never match.
 */
import { foldName, isArticle, leadingArticle, looseKey } from '../outlets/names';
import type { Outlet, OutletDirectory } from '../outlets/types';
import type { Block } from './blocks';
import { phraseHits } from './mention-phrases';
import { canEnd, canStart, nameIndex, type NameIndex } from './name-index';

const LETTER = /\p{L}/u;
const bounded = (t: string, at: number, len: number) => !(at > 0 && LETTER.test(t[at - 1])) && !(at + len < t.length && LETTER.test(t[at + len]));
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.&+-]*/gu;
const MAX_TOKENS = 6;

/**
 * Languages whose articles may stand before a name in the copy: the attribution
 * phrases (mention-phrases.ts) are German and English, so German and English
 * copy is what the scan reads, plus the page's own language. "a Reuters" and
 * "as Reuters" keep their first word in English copy.
 */
const PHRASE_LANGS = ['de', 'en'];
const articleLangs = (lang: string | null): string[] => (lang && !PHRASE_LANGS.includes(lang) ? [lang, ...PHRASE_LANGS] : PHRASE_LANGS);

export interface Found {
  text: string;
  name: string;
  outlet: Outlet;
  /** Offset of the mention text within the block. */
  start: number;
  /** Offset of the outlet name within the block (one mention per name occurrence). */
  nameStart: number;
  block: number;
}

/** `lang`: the text's language, whose articles may stand before a name ("die New York Times"); null: any language's. */
export function findMentions(blocks: Block[], dir: OutletDirectory, skip: Set<number>, lang: string | null = null): Found[] {
  const out: Found[] = [];
  const idx = safeIndex(dir);
  const ctx: Ctx = { dir, idx, blocks, text: null, lower: new Map(), lang };
  for (let i = 0; i < blocks.length && out.length < 2000; i++) {
    if (skip.has(i)) continue;
    const t = blocks[i].text;
    if (t.length < 15 || t.length > 20_000) continue;
    const seen = new Set<number>();
    const push = (f: Found | null) => {
      if (f && !seen.has(f.nameStart)) {
        seen.add(f.nameStart);
        out.push(f);
      }
    };
    const { after, before } = phraseHits(t);
    for (let k = 0; k < after.length; k += 2) if (bounded(t, after[k], after[k + 1])) push(backward(t, after[k], after[k + 1], ctx, i));
    for (let k = 0; k < before.length; k += 2) if (bounded(t, before[k], before[k + 1])) push(forward(t, before[k], before[k + 1], ctx, i));
  }
  return out.sort((a, b) => a.block - b.block || a.start - b.start);
}

function safeIndex(dir: OutletDirectory): NameIndex | null {
  try {
    return nameIndex(dir);
  } catch {
    return null;
  }
}

interface Ctx {
  dir: OutletDirectory;
  idx: NameIndex | null;
  blocks: Block[];
  /** The blocks joined, built on first need (ambiguous names only). */
  text: string | null;
  /** Answers of writtenLower, per word. */
  lower: Map<string, boolean>;
  /** The text's language, or null. */
  lang: string | null;
}

interface Tok {
  s: number;
  e: number;
}

function tokens(text: string): Tok[] {
  return [...text.matchAll(TOKEN_RE)].map((m) => {
    const s = m.index ?? 0;
    // a sentence-final period belongs to the sentence, not the name ("… sind.")
    const e = s + m[0].replace(/[.'’-]+$/, '').length;
    return { s, e };
  });
}

/** Tokens separated only by spaces: a name never spans punctuation. */
function contiguous(text: string, toks: Tok[]): boolean {
  for (let k = 1; k < toks.length; k++) if (!/^ +$/.test(text.slice(toks[k - 1].e, toks[k].s))) return false;
  return true;
}

function lookup(ctx: Ctx, text: string, toks: Tok[]): Outlet | null {
  if (!contiguous(text, toks)) return null;
  const last = toks[toks.length - 1];
  const first = text.slice(toks[0].s, toks[0].e);
  if (toks.length === 1 && isArticle(foldName(first), articleLangs(ctx.lang))) return null;
  const name = text.slice(toks[0].s, last.e);
  let outlet: Outlet | null = null;
  try {
    outlet = ctx.dir.byName(name);
  } catch {
    return null;
  }
  return outlet && confirm(name, outlet, ctx.lang) ? outlet : null;
}

/**
 * The directory's name lookup is forgiving ("Street" finds "TheStreet", "the
 * report" finds "Report.az"). In running text we want the name as written:
 * the same letters as the name or an alias (article aside), and a lower-case
 * start only when the outlet itself is written that way ("dpa", "taz").
 */
function confirm(written: string, outlet: Outlet, lang: string | null): boolean {
  // The written article is the copy's ("die New York Times"), the name's the outlet's own ("The New York
  // Times"), or the name keeps it ("La Repubblica" in German copy).
  const textLangs = articleLangs(lang);
  const bare = written.slice(leadingArticle(written, textLangs));
  if (bare.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return false;
  const names = [outlet.name, ...outlet.aliases];
  const named = (n: string, w: string) => n === w || n.slice(leadingArticle(n, outlet.languages)) === w;
  if (!/^[\p{Lu}\p{N}]/u.test(bare) && !names.some((n) => named(n, bare))) return false;
  const k = looseKey(written, textLangs);
  return names.some((n) => looseKey(n, outlet.languages) === k || foldName(n).replace(/ /g, '') === k);
}

const CAP_WORD = /^\p{Lu}/u;
const NOT_NAME_BEFORE = /^(?:laut|according|berichtet|meldet|schreibt|zitiert|nach|einem|im|as|in)$/i;

/**
 * "Downing Street said", "Foreign Affairs said": the name is the tail of a
 * longer proper name when a capitalised word (not an article, not the
 * attribution phrase) stands right before it.
 */
function tailOfLongerName(text: string, toks: Tok[], all: Tok[], first: number, ctx: Ctx): boolean {
  // A name written with its article ("der Spiegel") starts there.
  if (isArticle(foldName(text.slice(toks[0].s, toks[0].e)), articleLangs(ctx.lang))) return false;
  const word = (k: number) => (all[k] && text.slice(all[k].e, k + 1 === first ? toks[0].s : all[k + 1].s) === ' ' ? text.slice(all[k].s, all[k].e) : '');
  const w = word(first - 1);
  if (!w) return false;
  // Capitalised, and not a word the text also writes in lower case ("Wie", "Yesterday" at a sentence start).
  const proper = (x: string) => x.length >= 3 && CAP_WORD.test(x) && !isArticle(foldName(x)) && !NOT_NAME_BEFORE.test(x) && !MEDIA_NOUN.test(x) && !writtenLower(ctx, x.toLowerCase());
  if (proper(w)) return true;
  // "Department of Foreign Affairs said"
  return /^(?:of|for)$/.test(w) && proper(word(first - 2));
}

/** "Der Sender Al Jazeera berichtet", "Das Magazin Newsweek hebt hervor": a German noun naming the kind of outlet. */
const MEDIA_NOUN = /^(?:(?:Nachrichten|Fernseh|Radio|Staats|Online|Wochen|Tages|Boulevard|Wirtschafts)?(?:sender|magazin|zeitung|agentur|portal|blatt|kanal|netzwerk|medium)|Sender|Magazin|Zeitung|Agentur|Portal|Blatt|Kanal|Netzwerk|Medium)$/i;

/**
 * A name that is one everyday word ("Times", "Street", "Affairs", "Post")
 * means the outlet only with an article before it ("the Times said"); the
 * word counts as everyday when the text also uses it in lower case.
 */
function ambiguousBare(text: string, toks: Tok[], ctx: Ctx): boolean {
  if (toks.length !== 1) return false;
  const w = text.slice(toks[0].s, toks[0].e);
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
  return writtenLower(ctx, w.toLowerCase());
}

const LOWER_RUN = /^\p{Ll}{3,}$/u;

/**
 * Does the text write this word in lower case, standalone (not inside a domain
 * or URL: "www.newsweek.com" is no everyday word)? One search per word asked
 * (a handful per page), not a set of every lower-case word in the article.
 */
function writtenLower(ctx: Ctx, word: string): boolean {
  let v = ctx.lower.get(word);
  if (v === undefined) {
    // Only words of three or more lower-case letters count (\p{Ll} needs no escaping).
    v = LOWER_RUN.test(word) && new RegExp(`(?<![\\p{L}\\p{N}./@_-])${word}(?![\\p{L}\\p{N}]|\\.[\\p{L}\\p{N}])`, 'u').test((ctx.text ??= ctx.blocks.map((b) => b.text).join('\n')));
    ctx.lower.set(word, v);
  }
  return v;
}

const TOKEN_CHAR = /[\p{L}\p{N}'’.&+-]/u;
const ALNUM = /[\p{L}\p{N}]/u;
const SURROGATE = /[\ud800-\udfff]/;

/**
 * The word right before an attribution verb, read backwards from the verb: the
 * same token tokens() would end the window with. Most verbs ("he said") follow
 * a word no outlet name ends with, and then the window is never tokenized.
 * Undefined when it cannot tell (astral characters): the caller tokenizes.
 */
function wordBefore(text: string, from: number, at: number): string | null | undefined {
  if (SURROGATE.test(text.slice(from, at))) return undefined;
  let k = at - 1;
  if (k < from || text[k] !== ' ') return null;
  while (k >= from && text[k] === ' ') k--;
  const e = k + 1;
  while (k >= from && TOKEN_CHAR.test(text[k])) k--;
  let s = k + 1;
  while (s < e && !ALNUM.test(text[s])) s++;
  return s < e ? text.slice(s, e).replace(/[.'’-]+$/, '') : null;
}

function backward(text: string, at: number, len: number, ctx: Ctx, block: number): Found | null {
  const from = Math.max(0, at - 120);
  const word = wordBefore(text, from, at);
  if (word === null || (word !== undefined && !canEnd(ctx.idx, word))) return null;
  const before = tokens(text.slice(from, at)).map((t) => ({ s: t.s + from, e: t.e + from }));
  if (!before.length || !/^ +$/.test(text.slice(before[before.length - 1].e, at))) return null;
  const last = before[before.length - 1];
  if (!canEnd(ctx.idx, text.slice(last.s, last.e))) return null;
  for (let k = Math.min(MAX_TOKENS, before.length); k >= 1; k--) {
    const toks = before.slice(before.length - k);
    const outlet = lookup(ctx, text, toks);
    if (outlet) {
      if (tailOfLongerName(text, toks, before, before.length - k, ctx) || ambiguousBare(text, toks, ctx)) return null;
      const s = toks[0].s;
      return { text: text.slice(s, at + len), name: text.slice(s, toks[k - 1].e), outlet, start: s, nameStart: s, block };
    }
  }
  return null;
}

function forward(text: string, at: number, len: number, ctx: Ctx, block: number): Found | null {
  const from = at + len;
  const after = tokens(text.slice(from, from + 120)).map((t) => ({ s: t.s + from, e: t.e + from }));
  if (!after.length || !/^ *$/.test(text.slice(from, after[0].s))) return null;
  if (!canStart(ctx.idx, text.slice(after[0].s, after[0].e), after[1] && text.slice(after[1].s, after[1].e))) return null;
  for (let k = Math.min(MAX_TOKENS, after.length); k >= 1; k--) {
    const toks = after.slice(0, k);
    const outlet = lookup(ctx, text, toks);
    if (outlet) {
      // "according to Street …": a bare everyday word after the phrase is not the outlet.
      if (ambiguousBare(text, toks, ctx)) return null;
      const end = toks[k - 1].e;
      return { text: text.slice(at, end), name: text.slice(toks[0].s, end), outlet, start: at, nameStart: toks[0].s, block };
    }
  }
  return null;
}
