/**
 * The mention scan's name lookup: a window of tokens read as an outlet name
 * (German inflection undone, a sentence article dropped), confirmed as written,
 * and the precision rules around it: longer proper names, everyday words,
 * names the directory marks as needing context (`needsContext`), English names
 * that need their article. Split from mentions.ts, which finds the windows.
 */
import { foldName, isArticle, leadingArticle, looseKey } from '../outlets/names';
import type { Outlet, OutletDirectory } from '../outlets/types';
import type { Block } from './blocks';
import { meantBrand } from './mention-brand';
import { deinflect, isDescriptorWord } from './mention-grammar';
import { canEnd, canStart, type NameIndex } from './name-index';
import { PHRASE_LANGS } from './mention-phrases';
import { isSelf } from './publisher';
import type { ScanPage } from './mentions';

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.&+-]*/gu;
/**
 * Languages whose articles may stand before a name in the copy: the attribution phrases' (German and English),
 * plus the page's own language. "a Reuters" and "as Reuters" keep their first word in English copy.
 */
export const copyLangs = (lang: string | null | undefined): readonly string[] =>
  lang && !PHRASE_LANGS.includes(lang) ? [lang, ...PHRASE_LANGS] : PHRASE_LANGS;
/** The name as written without its leading article in these languages ("die Zeit" -> "Zeit"; "LA Times" stays). */
const bareOf = (written: string, langs: readonly string[]) => written.slice(leadingArticle(written, langs));

export interface Ctx {
  dir: OutletDirectory;
  idx: NameIndex | null;
  blocks: Block[];
  /** The blocks joined, built on first need (ambiguous names only). */
  text: string | null;
  /** Answers of writtenLower, per word. */
  lower: Map<string, boolean>;
  page: ScanPage;
  /** copyLangs(page.lang), once per scan. */
  langs: readonly string[];
  /** The current line as written (quotes kept), for quote evidence. */
  t: string;
  /** Acronyms the text has defined so far ("Namibian Broadcasting Corporation (NBC)"), for shared brands. */
  defined?: Map<string, Outlet>;
}

/** Evidence beyond the attribution verb that the words name an outlet. */
export interface Evidence {
  quoted: boolean;
  descriptor: boolean;
  /** The article the window starts with ("der" in "zitierte der Daily Star"). */
  article?: string;
}

export interface Tok {
  s: number;
  e: number;
}

export function tokens(text: string): Tok[] {
  return [...text.matchAll(TOKEN_RE)].map((m) => {
    const s = m.index ?? 0;
    // a sentence-final period belongs to the sentence, not the name ("… sind.")
    const e = s + m[0].replace(/[.'’-]+$/, '').length;
    return { s, e };
  });
}

/** Tokens separated only by spaces: a name never spans punctuation. */
function contiguous(text: string, toks: Tok[]): boolean {
  for (let k = 1; k < toks.length; k++) {
    const gap = text.slice(toks[k - 1].e, toks[k].s);
    // "U.S. News": the abbreviation's last period is part of the name
    if (!/^ +$/.test(gap) && !(/^\. +$/.test(gap) && text.slice(toks[k - 1].s, toks[k - 1].e).includes('.')))
      return false;
  }
  return true;
}

export function lookup(ctx: Ctx, text: string, toks: Tok[], ev: Evidence): Outlet | null {
  if (!contiguous(text, toks)) return null;
  const last = toks[toks.length - 1];
  const first = text.slice(toks[0].s, toks[0].e);
  const langs = ctx.langs;
  const firstIsArticle = isArticle(foldName(first), langs);
  if (firstIsArticle && toks.length === 1) return null;
  const name = text.slice(toks[0].s, last.e);
  // "die Tageszeitung", "the paper": a word for a kind of outlet names none unless it is quoted.
  if (!ev.quoted && isDescriptorWord(bareOf(name, langs))) return null;
  const forms = toks.length <= 4 && ctx.page.lang !== 'en' ? variants(text, toks) : [name];
  // "der Daily Star": the article is the sentence's, not the name's, when the name with it finds nothing
  if (toks.length > 1 && firstIsArticle)
    forms.push(
      ...(toks.length <= 5 && ctx.page.lang !== 'en' ? variants(text, toks.slice(1)) : [text.slice(toks[1].s, last.e)]),
    );
  for (const written of forms) {
    // the name index first: a few Set lookups spare the directory's fold of every window and variant
    if (!plausible(ctx.idx, written)) continue;
    let entry: Outlet | null = null;
    try {
      entry = ctx.dir.byName(written);
    } catch {
      return null;
    }
    if (entry && confirm(written, entry, langs)) {
      // "Sky" on a German page: a brand shared across countries means the page country's outlet or none
      // unless the text defines it ("… Corporation (NBC)"): mentions.ts then gives it the defining name's outlet
      const meant =
        meantBrand(ctx.dir, written, entry, ctx.page.publisher?.country ?? null) ??
        ctx.defined?.get(bareOf(written, langs)) ??
        (definedLater(ctx, written) ? entry : null);
      return meant &&
        withContext(ctx, written, meant, firstIsArticle ? { ...ev, article: first } : ev) &&
        !needsArticle(ctx, written, meant, ev)
        ? meant
        : null;
    }
  }
  // the publisher by a short form of its own name ("im Abendblatt-Gespräch" on the Hamburger Abendblatt)
  const pub = ctx.page.publisher;
  if (pub?.main && /^[\p{Lu}\p{N}]/u.test(name) && name.length >= 3 && isSelf(pub, null, name)) return pub.main;
  return null;
}

/** Does the page write this acronym in parentheses somewhere ("(NBC)")? One search per acronym and page (kept in ctx.lower). */
function definedLater(ctx: Ctx, written: string): boolean {
  const bare = bareOf(written, ctx.langs);
  if (!/^\p{Lu}{2,6}$/u.test(bare)) return false;
  const k = `(${bare})`;
  let v = ctx.lower.get(k);
  if (v === undefined) ctx.lower.set(k, (v = (ctx.text ??= ctx.blocks.map((b) => b.text).join('\n')).includes(k)));
  return v;
}

function plausible(idx: NameIndex | null, written: string): boolean {
  if (!idx || written.includes('.')) return true;
  const sp = written.lastIndexOf(' ');
  const first = written.indexOf(' ');
  if (!canEnd(idx, sp < 0 ? written : written.slice(sp + 1))) return false;
  return first < 0 || canStart(idx, written.slice(0, first), written.slice(first + 1).split(' ')[0]);
}

/** The name as written, then with German inflection undone word by word ("der Kleinen Zeitung" -> "Kleine Zeitung"). */
function variants(text: string, toks: Tok[]): string[] {
  let out = [''];
  toks.forEach((tk, k) => {
    const sep = k ? text.slice(toks[k - 1].e, tk.s) : '';
    const forms = deinflect(text.slice(tk.s, tk.e));
    out = out.flatMap((p) => forms.map((f) => p + sep + f)).slice(0, 16);
  });
  return out;
}

type Marked = Outlet & { needsContext?: string[] };

/**
 * English names written with their article ("The Australian", "The Independent") are adjectives without it:
 * "a statement to Australian media" names no paper.
 */
function needsArticle(ctx: Ctx, written: string, entry: Outlet, ev: Evidence): boolean {
  if (ctx.page.lang !== 'en' || ev.quoted || /\s/.test(written) || !/^\p{Lu}\p{Ll}+$/u.test(written)) return false;
  const names = [entry.name, ...entry.aliases];
  return !names.some((n) => n === written) && names.some((n) => /^The /.test(n) && n.slice(4) === written);
}

/**
 * Names the directory marks as everyday words, first names or short acronyms
 * ("Welt", "Today", "Insider", "LN") count only with evidence: quotation
 * marks, a descriptor ("die Zeitung Welt"), or an outlet of the page's own
 * country. "The Times" on a US page is no British paper, "Welt" in "Die ganze Welt" no newspaper.
 */
/**
 * The name as written is one the outlet has unmarked: "The Guardian" (only "Guardian" is marked), or without the
 * article "die BBC" (only "The BBC" is marked). The article's case is the sentence's: "the Guardian reported".
 */
export function writtenAsUnmarked(written: string, langs: readonly string[], entry: Marked): boolean {
  const marks = entry.needsContext ?? [];
  const bare = bareOf(written, langs);
  const asWritten = (n: string) =>
    n === written ||
    n === bare ||
    (written !== bare && n.slice(1) === written.slice(1) && n[0].toLowerCase() === written[0].toLowerCase());
  return [entry.name, ...entry.aliases].some((n) => asWritten(n) && !marks.includes(n));
}

/**
 * "zitierte der Daily Star", "laut des Daily Star" on a German page: a name of several words in another language than
 * the copy's, given an article of the copy's own grammar, is a proper name there, not an everyday phrase of the copy.
 */
export function foreignProperName(
  bare: string,
  article: string | null | undefined,
  lang: string | null | undefined,
  entry: Outlet,
): boolean {
  return (
    !!article && !!lang && !entry.languages.includes(lang) && isArticle(foldName(article), [lang]) && / /.test(bare)
  );
}

/**
 * An acronym as written ("told the AP", "PA said") names an outlet of the copy's own language; "LN" in Spanish copy is
 * no Lübeck paper, "GE" in English copy no Brazilian site.
 */
export function acronymOfCopyLanguage(bare: string, lang: string | null | undefined, entry: Outlet): boolean {
  return /^\p{Lu}{2,4}$/u.test(bare) && !!lang && entry.languages.includes(lang);
}

function withContext(ctx: Ctx, written: string, entry: Marked, ev: Evidence): boolean {
  const marks = entry.needsContext;
  if (!marks?.length) return true;
  if (writtenAsUnmarked(written, ctx.langs, entry)) return true;
  const k = looseKey(written, ctx.langs);
  if (!marks.some((m) => looseKey(m, entry.languages) === k || foldName(m).replace(/ /g, '') === k)) return true;
  if (ev.quoted || ev.descriptor) return true;
  const bare = bareOf(written, ctx.langs);
  if (foreignProperName(bare, ev.article, ctx.page.lang, entry)) return true;
  // next to the attribution phrase
  if (acronymOfCopyLanguage(bare, ctx.page.lang, entry)) return true;
  // otherwise only an outlet of the publisher's own country; an unknown publisher gives no such context
  const country = ctx.page.publisher?.country;
  return !!country && country === entry.country;
}

/**
 * The directory's name lookup is forgiving ("Street" finds "TheStreet", "the
 * report" finds "Report.az"). In running text we want the name as written:
 * the same letters as the name or an alias (article aside: the copy's or the
 * outlet's own), and a lower-case start only when the outlet itself is written
 * that way ("dpa", "taz").
 */
function confirm(written: string, entry: Outlet, langs: readonly string[]): boolean {
  const bare = bareOf(written, langs);
  if (bare.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return false;
  const names = [entry.name, ...entry.aliases];
  const own = (n: string) => bareOf(n, entry.languages);
  if (!/^[\p{Lu}\p{N}]/u.test(bare) && !names.some((n) => n === bare || own(n) === bare)) return false;
  const k = looseKey(written, langs);
  // as many words as the name: "In a" is not "INA"
  const count = (x: string) => x.split(' ').length;
  const wordsWritten = [count(written), count(bare)];
  return names.some(
    (n) =>
      (looseKey(n, entry.languages) === k || foldName(n).replace(/ /g, '') === k) &&
      [count(n), count(own(n))].some((c) => wordsWritten.includes(c)),
  );
}

const CAP_WORD = /^\p{Lu}/u;
// Articles, attribution words and prepositions: "Auf Al Jazeera berichteten sie" starts the name after the preposition.
const NOT_NAME_BEFORE =
  /^(?:the|die|der|das|den|dem|des|le|la|les|el|il|laut|according|berichtet|meldet|schreibt|zitiert|nach|einem|im|as|in|auf|bei|beim|von|vom|mit|für|aus|über|on|at|for|from|by|with)$/i;

/**
 * "Downing Street said", "Foreign Affairs said": the name is the tail of a
 * longer proper name when a capitalised word (not an article, not the
 * attribution phrase) stands right before it.
 */
export function tailOfLongerName(text: string, toks: Tok[], all: Tok[], first: number, ctx: Ctx): boolean {
  // A name written with its article ("der Spiegel") starts there.
  if (isArticle(foldName(text.slice(toks[0].s, toks[0].e)), PHRASE_LANGS)) return false;
  const word = (k: number) =>
    all[k] && text.slice(all[k].e, k + 1 === first ? toks[0].s : all[k + 1].s) === ' '
      ? text.slice(all[k].s, all[k].e)
      : '';
  const w = word(first - 1);
  if (!w) return false;
  // Capitalised, and not a word the text also writes in lower case ("Wie", "Yesterday" at a sentence start).
  const proper = (x: string) =>
    x.length >= 3 &&
    CAP_WORD.test(x) &&
    !NOT_NAME_BEFORE.test(x) &&
    !MEDIA_NOUN.test(x) &&
    !writtenLower(ctx, x.toLowerCase());
  if (proper(w)) return true;
  // "the Ministry of Foreign Affairs said": a capitalised word before "of"/"for" heads a longer name even when the
  // text also writes it in lower case ("the ministry added"); "X of <outlet>" rarely starts a sentence.
  const head = word(first - 2);
  return (
    /^(?:of|for)$/.test(w) &&
    head.length >= 3 &&
    CAP_WORD.test(head) &&
    !NOT_NAME_BEFORE.test(head) &&
    !MEDIA_NOUN.test(head)
  );
}

/** "Der Sender Al Jazeera berichtet", "Das Magazin Newsweek hebt hervor": a German noun naming the kind of outlet. */
const MEDIA_NOUN =
  /^(?:(?:Nachrichten|Fernseh|Radio|Staats|Online|Wochen|Tages|Boulevard|Wirtschafts)?(?:sender|magazin|zeitung|agentur|portal|blatt|kanal|netzwerk|medium)|Sender|Magazin|Zeitung|Agentur|Portal|Blatt|Kanal|Netzwerk|Medium)$/i;

/**
 * A name that is one everyday word ("Times", "Street", "Affairs", "Post")
 * means the outlet only with an article before it ("the Times said"); the
 * word counts as everyday when the text also uses it in lower case.
 */
export function ambiguousBare(text: string, toks: Tok[], ctx: Ctx): boolean {
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
export function writtenLower(ctx: Ctx, word: string): boolean {
  let v = ctx.lower.get(word);
  if (v === undefined) {
    // Only words of three or more lower-case letters count (\p{Ll} needs no escaping).
    v =
      LOWER_RUN.test(word) &&
      new RegExp(`(?<![\\p{L}\\p{N}./@_-])${word}(?![\\p{L}\\p{N}]|\\.[\\p{L}\\p{N}])`, 'u').test(
        (ctx.text ??= ctx.blocks.map((b) => b.text).join('\n')),
      );
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
export function wordBefore(text: string, from: number, at: number): string | null | undefined {
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

const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|Juni|Juli|Oktober|Dezember)$/;

/** "told Times Radio": one everyday word followed by a capitalised word is the start of a longer name the directory lacks. */
export function headOfLongerName(text: string, toks: Tok[], all: Tok[], ctx: Ctx): boolean {
  if (toks.length !== 1 || !all[1] || text.slice(toks[0].e, all[1].s) !== ' ') return false;
  const w = text.slice(toks[0].s, toks[0].e);
  const next = text.slice(all[1].s, all[1].e);
  return (
    /^\p{Lu}\p{Ll}+$/u.test(w) &&
    /^\p{Lu}\p{Ll}/u.test(next) &&
    !TIME_WORD.test(next) &&
    (writtenLower(ctx, w.toLowerCase()) || !/^\p{Lu}+$/u.test(w))
  );
}
