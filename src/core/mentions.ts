/**
 * In-text attributions: "Al Jazeera berichtet", "laut Reuters", "according to
 * the BBC", "told The New York Times". A mention counts only when the name is
 * an outlet the directory knows, so ordinary capitalised words never match.
 */
import type { Outlet, OutletDirectory } from '../outlets/types';
import type { Block } from './blocks';
import { phraseHits } from './mention-phrases';
import { OPEN_QUOTE, deinflect, isDescriptorWord, pastAdjectives, quoted, readDescriptor, shadowQuotes, type DescriptorKind } from './mention-grammar';
import { extraScans } from './mention-scans';
import { titledOutlet, unknownOutlet } from './mention-unknown';
import { canEnd, canStart, nameIndex, type NameIndex } from './name-index';
import { isSelf, type Publisher } from './publisher';

const LETTER = /\p{L}/u;
const bounded = (t: string, at: number, len: number) => !(at > 0 && LETTER.test(t[at - 1])) && !(at + len < t.length && LETTER.test(t[at + len]));
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.&+-]*/gu;
const ARTICLE = /^(die|der|das|den|dem|des|the)$/i;
const MAX_TOKENS = 6;

export interface Found {
  text: string;
  name: string;
  outlet: Outlet;
  /** Offset of the mention text within the block. */
  start: number;
  /** Offset of the outlet name within the block (one mention per name occurrence). */
  nameStart: number;
  block: number;
  /** False for an outlet the directory does not know, named as one through a descriptor ("die Nachrichtenagentur Wafa"). */
  inDirectory?: boolean;
}

/** What the scan knows of the page: its publisher (for bare names that need context) and language. */
export interface ScanPage {
  publisher?: Publisher;
  lang?: string | null;
}

export function findMentions(blocks: Block[], dir: OutletDirectory, skip: Set<number>, page: ScanPage = {}): Found[] {
  const out: Found[] = [];
  const idx = safeIndex(dir);
  const ctx: Ctx = { dir, idx, blocks, text: null, lower: new Map(), page, t: '' };
  for (let i = 0; i < blocks.length && out.length < 2000; i++) {
    if (skip.has(i)) continue;
    const t = blocks[i].text;
    if (t.length < 15 || t.length > 20_000) continue;
    // Quotation marks as spaces: „Zeit“ berichtet, laut «BBC»; offsets (and so Mention.text) still index the page text.
    const q = shadowQuotes(t);
    ctx.t = t;
    // one mention per name occurrence: "die „Zeit“" read from the verb and from the quote ends at the same place
    const seen = new Set<number>();
    const seenEnd = new Set<number>();
    const push = (f: Found | null) => {
      const end = f ? f.nameStart + f.name.length : -1;
      if (f && !seen.has(f.nameStart) && !seenEnd.has(end)) {
        seen.add(f.nameStart);
        seenEnd.add(end);
        out.push(f);
      }
    };
    const { after, before } = phraseHits(q);
    for (let k = 0; k < after.length; k += 2) if (bounded(q, after[k], after[k + 1])) push(backward(q, after[k], after[k + 1], ctx, i));
    for (let k = 0; k < before.length; k += 2) if (bounded(q, before[k], before[k + 1])) for (const f of forwardAll(q, before[k], before[k + 1], ctx, i)) push(f);
    extraScans(q, t, (at, len) => backward(q, at, len, ctx, i, true), (at, len, from, kind) => forwardAll(q, at, len, ctx, i, from, kind), push);
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
  page: ScanPage;
  /** The current line as written (quotes kept), for quote evidence. */
  t: string;
}

/** Evidence beyond the attribution verb that the words name an outlet. */
interface Evidence {
  quoted: boolean;
  descriptor: boolean;
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
  for (let k = 1; k < toks.length; k++) {
    const gap = text.slice(toks[k - 1].e, toks[k].s);
    // "U.S. News": the abbreviation's last period is part of the name
    if (!/^ +$/.test(gap) && !(/^\. +$/.test(gap) && text.slice(toks[k - 1].s, toks[k - 1].e).includes('.'))) return false;
  }
  return true;
}

function lookup(ctx: Ctx, text: string, toks: Tok[], ev: Evidence): Outlet | null {
  if (!contiguous(text, toks)) return null;
  const last = toks[toks.length - 1];
  const first = text.slice(toks[0].s, toks[0].e);
  if (ARTICLE.test(first) && toks.length === 1) return null;
  const name = text.slice(toks[0].s, last.e);
  // "die Tageszeitung", "the paper": a word for a kind of outlet names none unless it is quoted.
  if (!ev.quoted && isDescriptorWord(name.replace(ART, ''))) return null;
  const forms = toks.length <= 4 && ctx.page.lang !== 'en' ? variants(text, toks) : [name];
  // "der Daily Star": the article is the sentence's, not the name's, when the name with it finds nothing
  if (toks.length > 1 && ARTICLE.test(first)) forms.push(...(toks.length <= 5 && ctx.page.lang !== 'en' ? variants(text, toks.slice(1)) : [text.slice(toks[1].s, last.e)]));
  for (const written of forms) {
    // the name index first: a few Set lookups spare the directory's fold of every window and variant
    if (!plausible(ctx.idx, written)) continue;
    let outlet: Outlet | null = null;
    try {
      outlet = ctx.dir.byName(written);
    } catch {
      return null;
    }
    if (outlet && confirm(written, outlet)) return withContext(ctx, written, outlet, ev) && !needsArticle(ctx, written, outlet, ev) ? outlet : null;
  }
  // the publisher by a short form of its own name ("im Abendblatt-Gespräch" on the Hamburger Abendblatt)
  const pub = ctx.page.publisher;
  if (pub?.main && /^[\p{Lu}\p{N}]/u.test(name) && name.length >= 3 && isSelf(pub, null, name)) return pub.main;
  return null;
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
function needsArticle(ctx: Ctx, written: string, outlet: Outlet, ev: Evidence): boolean {
  if (ctx.page.lang !== 'en' || ev.quoted || /\s/.test(written) || !/^\p{Lu}\p{Ll}+$/u.test(written)) return false;
  const names = [outlet.name, ...outlet.aliases];
  return !names.some((n) => n === written) && names.some((n) => /^The /.test(n) && n.slice(4) === written);
}

/**
 * Names the directory marks as everyday words, first names or short acronyms
 * ("Welt", "Today", "Insider", "LN") count only with evidence: quotation
 * marks, a descriptor ("die Zeitung Welt"), or an outlet of the page's own
 * country. "The Times" on a US page is no British paper, "Welt" in "Die ganze Welt" no newspaper.
 */
function withContext(ctx: Ctx, written: string, outlet: Marked, ev: Evidence): boolean {
  const marks = outlet.needsContext;
  if (!marks?.length) return true;
  const k = key(written);
  if (!marks.some((m) => key(m) === k)) return true;
  if (ev.quoted || ev.descriptor) return true;
  // otherwise only an outlet of the publisher's own country; an unknown publisher gives no such context
  const country = ctx.page.publisher?.country;
  return !!country && country === outlet.country;
}

const ART = /^(?:the|die|der|das|den|dem|des|le|la|les|el|il)\s+/i;
const key = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(ART, '').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The directory's name lookup is forgiving ("Street" finds "TheStreet", "the
 * report" finds "Report.az"). In running text we want the name as written:
 * the same letters as the name or an alias (article aside), and a lower-case
 * start only when the outlet itself is written that way ("dpa", "taz").
 */
function confirm(written: string, outlet: Outlet): boolean {
  const bare = written.replace(ART, '');
  if (bare.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return false;
  const names = [outlet.name, ...outlet.aliases];
  if (!/^[\p{Lu}\p{N}]/u.test(bare) && !names.some((n) => n.replace(ART, '') === bare)) return false;
  const k = key(written);
  // as many words as the name: "In a" is not "INA"
  const words = (x: string) => x.replace(ART, '').split(' ').length;
  return names.some((n) => key(n) === k && words(n) === words(written));
}

const CAP_WORD = /^\p{Lu}/u;
const NOT_NAME_BEFORE = /^(?:the|die|der|das|den|dem|des|le|la|les|el|il|laut|according|berichtet|meldet|schreibt|zitiert|nach|einem|im|as|in)$/i;

/**
 * "Downing Street said", "Foreign Affairs said": the name is the tail of a
 * longer proper name when a capitalised word (not an article, not the
 * attribution phrase) stands right before it.
 */
function tailOfLongerName(text: string, toks: Tok[], all: Tok[], first: number, ctx: Ctx): boolean {
  // A name written with its article ("der Spiegel") starts there.
  if (/^(?:the|die|der|das|den|dem|des)$/i.test(text.slice(toks[0].s, toks[0].e))) return false;
  const word = (k: number) => (all[k] && text.slice(all[k].e, k + 1 === first ? toks[0].s : all[k + 1].s) === ' ' ? text.slice(all[k].s, all[k].e) : '');
  const w = word(first - 1);
  if (!w) return false;
  // Capitalised, and not a word the text also writes in lower case ("Wie", "Yesterday" at a sentence start).
  const proper = (x: string) => x.length >= 3 && CAP_WORD.test(x) && !NOT_NAME_BEFORE.test(x) && !MEDIA_NOUN.test(x) && !writtenLower(ctx, x.toLowerCase());
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

const evidenceOf = (ctx: Ctx, s: number, e: number, descriptor: boolean): Evidence => ({ quoted: quoted(ctx.t, s, e), descriptor });

/**
 * The name right before an attribution verb ("Reuters reported", "„Zeit“ berichtet").
 * `glued`: the name ends right at `at` ("BBC-Radiosendung", "„Tagesspiegel“-Informationen").
 */
function backward(text: string, at: number, len: number, ctx: Ctx, block: number, glued = false): Found | null {
  const from = Math.max(0, at - 120);
  let end = at;
  if (glued && text[end - 1] === ' ') end--;
  const word = glued ? undefined : wordBefore(text, from, at);
  if (word === null || (word !== undefined && !endsName(ctx.idx, word) && !ownName(ctx, word))) return null;
  const before = tokens(text.slice(from, end)).map((t) => ({ s: t.s + from, e: t.e + from }));
  if (!before.length || !(glued ? before[before.length - 1].e === end : /^ +$/.test(text.slice(before[before.length - 1].e, at)))) return null;
  const last = before[before.length - 1];
  if (!endsName(ctx.idx, text.slice(last.s, last.e)) && !ownName(ctx, text.slice(last.s, last.e))) return null;
  for (let k = Math.min(MAX_TOKENS, before.length); k >= 1; k--) {
    const toks = before.slice(before.length - k);
    const outlet = lookup(ctx, text, toks, evidenceOf(ctx, toks[0].s, toks[k - 1].e, false));
    if (outlet) {
      if (tailOfLongerName(text, toks, before, before.length - k, ctx) || ambiguousBare(text, toks, ctx)) return null;
      const s = toks[0].s;
      return { text: ctx.t.slice(s, at + len), name: text.slice(s, toks[k - 1].e), outlet, start: s, nameStart: s, block };
    }
  }
  return null;
}

const head = (text: string, from: number) => /^[\p{L}]+/u.exec(text.slice(from, from + 12))?.[0] ?? '';
/** A short form of the publisher's own name ("Abendblatt" on the Hamburger Abendblatt): not in the name index, still a name. */
const ownName = (ctx: Ctx, w: string) => !!ctx.page.publisher?.main && w.length >= 3 && /^\p{Lu}/u.test(w) && isSelf(ctx.page.publisher, null, w);
const endsName = (idx: NameIndex | null, w: string) => canEnd(idx, w) || deinflect(w).some((v) => canEnd(idx, v));
const startsName = (idx: NameIndex | null, w: string, next: string | undefined) => deinflect(w).some((v) => canStart(idx, v, next));
const COORD = /^(?: ?\/ ?| und | and | sowie | & |, )/;

/**
 * The name after a phrase ("laut Reuters", "sagte … dem Tagesspiegel"), past a descriptor
 * ("der britische Sender BBC", "the state-run Xinhua News Agency"), and the names
 * coordinated with it ("die Medien Le Figaro und RTL", "RTL/Ntv").
 * `from`: where the name part starts when not right after the phrase.
 */
function forwardAll(text: string, at: number, len: number, ctx: Ctx, block: number, from = at + len, kind?: DescriptorKind): Found[] {
  const first = forward(text, at, from, ctx, block, true, kind);
  if (!first) return [];
  const out = [first];
  for (let n = 0; n < 4; n++) {
    const prev = out[out.length - 1];
    const endAt = prev.nameStart + prev.name.length;
    const close = ctx.t[endAt] && /[“”"«»‹›‘’]/.test(ctx.t[endAt]) ? 1 : 0;
    const c = COORD.exec(text.slice(endAt + close, endAt + close + 8));
    if (!c) break;
    const next = forward(text, prev.nameStart, endAt + close + c[0].length, ctx, block, false);
    if (!next) break;
    out.push({ ...next, start: next.nameStart, text: ctx.t.slice(next.nameStart, next.nameStart + next.name.length) });
  }
  return out;
}

function forward(text: string, at: number, from0: number, ctx: Ctx, block: number, allowDescriptor: boolean, kind0?: DescriptorKind): Found | null {
  let from = from0;
  while (text[from] === ' ') from++;
  // the name right there ("laut Reuters", "gegenüber dem Redaktionsnetzwerk Deutschland"), else past a descriptor
  const direct = kind0 ? null : named(text, at, from, ctx, block, null);
  if (direct || !allowDescriptor) return direct;
  const titled = kind0 ? null : titledAfter(text, at, from, ctx, block);
  if (titled) return titled;
  let kind = kind0 ?? null;
  if (!kind) {
    const desc = readDescriptor(text, from);
    if (!desc) {
      // "dem Züricher „Tages-Anzeiger“", "the state-run Xinhua News Agency": modifiers before a name the directory knows.
      // Capitalised ones ("Züricher") only in German ("Manchester City" has none); in German lower-case ones only
      // before a quoted name: "der halben Welt" is no newspaper, "der britischen „Sun“" is.
      const en = ctx.page.lang === 'en' || (ctx.page.lang == null && /^(?:the|a|an)$/i.test(head(text, from)));
      const far = pastAdjectives(text, from, true, en);
      const adj = en ? far : pastAdjectives(text, from, OPEN_QUOTE.test(ctx.t[far - 1] ?? ''), false);
      return adj > 0 ? named(text, at, adj, ctx, block, null) : null;
    }
    // "the Saudi state-owned Al-Arabiya television": the name stands before the noun
    const before = desc.caps && named(text, at, desc.caps.s, ctx, block, desc.kind, desc.end);
    if (before) return before;
    from = desc.end;
    kind = desc.kind;
  }
  while (text[from] === ' ') from++;
  const found = named(text, at, from, ctx, block, kind);
  if (found) return found;
  const u = unknownOutlet(ctx.t, text, from, kind, ctx.page.lang ?? null);
  return u && { text: ctx.t.slice(at, u.end), name: u.name, outlet: u.outlet, start: at, nameStart: from, block, inDirectory: false };
}

function named(text: string, at: number, from: number, ctx: Ctx, block: number, kind: DescriptorKind | null, limit = from + 120): Found | null {
  const after = tokens(text.slice(from, limit)).map((t) => ({ s: t.s + from, e: t.e + from }));
  if (!after.length || after[0].s !== from) return null;
  const head = text.slice(after[0].s, after[0].e);
  if (!kind && !startsName(ctx.idx, head, after[1] && text.slice(after[1].s, after[1].e))) return null;
  for (let k = Math.min(MAX_TOKENS, after.length); k >= 1; k--) {
    const toks = after.slice(0, k);
    const outlet = lookup(ctx, text, toks, evidenceOf(ctx, toks[0].s, toks[k - 1].e, !!kind));
    if (outlet) {
      // "according to Street …": a bare everyday word after the phrase is not the outlet.
      if (!kind && (ambiguousBare(text, toks, ctx) || headOfLongerName(text, toks, after, ctx))) return null;
      const end = toks[k - 1].e;
      return { text: ctx.t.slice(at, end), name: text.slice(toks[0].s, end), outlet, start: at, nameStart: toks[0].s, block };
    }
  }
  return null;
}

const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|Juni|Juli|Oktober|Dezember)$/;

/** "told Philadelphia Magazine", "dem Westfälischen Anzeiger" (an article before the name is skipped). */
function titledAfter(text: string, at: number, from: number, ctx: Ctx, block: number): Found | null {
  const art = /^(?:the|dem|der|des|den) /i.exec(text.slice(from, from + 4));
  const s = from + (art ? art[0].length : 0);
  const u = titledOutlet(text, s, ctx.page.lang ?? null);
  return u && { text: ctx.t.slice(at, u.end), name: ctx.t.slice(s, u.end), outlet: u.outlet, start: at, nameStart: s, block, inDirectory: false };
}

/** "told Times Radio": one everyday word followed by a capitalised word is the start of a longer name the directory lacks. */
function headOfLongerName(text: string, toks: Tok[], all: Tok[], ctx: Ctx): boolean {
  if (toks.length !== 1 || !all[1] || text.slice(toks[0].e, all[1].s) !== ' ') return false;
  const w = text.slice(toks[0].s, toks[0].e);
  const next = text.slice(all[1].s, all[1].e);
  return /^\p{Lu}\p{Ll}+$/u.test(w) && /^\p{Lu}\p{Ll}/u.test(next) && !TIME_WORD.test(next) && (writtenLower(ctx, w.toLowerCase()) || !/^\p{Lu}+$/u.test(w));
}
