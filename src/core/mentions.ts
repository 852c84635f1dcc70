/**
 * In-text attributions: "Al Jazeera berichtet", "laut Reuters", "according to
 * the BBC", "told The New York Times". A mention counts only when the name is
 * an outlet the directory knows, so ordinary capitalised words never match.
 */
import { leadingArticle } from '../outlets/names';
import type { Outlet, OutletDirectory } from '../outlets/types';
import type { Block } from './blocks';
import { PHRASE_LANGS, phraseHits } from './mention-phrases';
import {
  OPEN_QUOTE,
  deinflect,
  pastAdjectives,
  quoted,
  readDescriptor,
  shadowQuotes,
  type DescriptorKind,
} from './mention-grammar';
import { extraScans } from './mention-scans';
import { houseAd, isProgrammeNote } from './mention-notes';
import { titledOutlet, unknownOutlet } from './mention-unknown';
import { canEnd, canStart, nameIndex, type NameIndex } from './name-index';
import { isSelf, type Publisher } from './publisher';
import {
  ambiguousBare,
  copyLangs,
  headOfLongerName,
  lookup,
  tailOfLongerName,
  tokens,
  wordBefore,
  type Ctx,
  type Evidence,
} from './mention-lookup';

const LETTER = /\p{L}/u;
const bounded = (t: string, at: number, len: number) =>
  !(at > 0 && LETTER.test(t[at - 1])) && !(at + len < t.length && LETTER.test(t[at + len]));
const MAX_TOKENS = 6;

export interface Found {
  text: string;
  name: string;
  /** The directory's entry for the outlet. In core, `outlet` is an outlet's name, as in the report (`Mention.outlet`). */
  entry: Outlet;
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
  const ctx: Ctx = {
    dir,
    idx,
    blocks,
    text: null,
    lower: new Map(),
    page,
    langs: copyLangs(page.lang),
    t: '',
    defined: new Map(),
  };
  for (let i = 0; i < blocks.length && out.length < 2000; i++) {
    if (skip.has(i)) continue;
    const t = blocks[i].text;
    if (t.length < 15 || t.length > 20_000 || isProgrammeNote(t)) continue;
    // Quotation marks as spaces: „Zeit“ berichtet, laut «BBC»; offsets (and so Mention.text) still index the page text.
    const q = shadowQuotes(t);
    ctx.t = t;
    // one mention per name occurrence: "die „Zeit“" read from the verb and from the quote ends at the same place
    const seen = new Set<number>();
    const seenEnd = new Set<number>();
    let ad: boolean | undefined;
    const push = (f: Found | null) => {
      const end = f ? f.nameStart + f.name.length : -1;
      if (f && page.publisher && isSelf(page.publisher, f.entry, f.name) && (ad ??= houseAd(blocks, i))) return;
      if (f && !seen.has(f.nameStart) && !seenEnd.has(end)) {
        seen.add(f.nameStart);
        seenEnd.add(end);
        out.push(f);
        const def = ACRONYM_DEF.exec(t.slice(end, end + 12));
        if (def && def[1] !== f.name) ctx.defined?.set(def[1], f.entry);
      }
    };
    const { after, before } = phraseHits(q);
    for (let k = 0; k < after.length; k += 2)
      if (bounded(q, after[k], after[k + 1])) push(backward(q, after[k], after[k + 1], ctx, i));
    for (let k = 0; k < before.length; k += 2)
      if (bounded(q, before[k], before[k + 1]))
        for (const f of forwardAll(q, before[k], before[k + 1], ctx, i)) push(f);
    extraScans(
      q,
      t,
      (at, len) => backward(q, at, len, ctx, i, true),
      (at, len, from, kind) => forwardAll(q, at, len, ctx, i, from, kind),
      push,
    );
  }
  definedAcronyms(out, blocks);
  return out.sort((a, b) => a.block - b.block || a.start - b.start);
}

const ACRONYM_DEF = /^[“”"«»‹›‘’]? ?\((\p{Lu}{2,6})\)/u;

/**
 * "an interview with the Namibian Broadcasting Corporation (NBC) … the NBC interview": an acronym
 * the text defines in parentheses right after a name stands for that name's outlet on this page,
 * not for another outlet the directory knows by the same letters (NBC News).
 */
function definedAcronyms(found: Found[], blocks: Block[]): void {
  const defs = new Map<string, Found>();
  for (const f of found) {
    const end = f.nameStart + f.name.length;
    const m = ACRONYM_DEF.exec(blocks[f.block].text.slice(end, end + 12));
    if (m && m[1] !== f.name) defs.set(m[1], f);
  }
  if (!defs.size) return;
  for (const f of found) {
    const def = defs.get(f.name.slice(leadingArticle(f.name, PHRASE_LANGS)));
    if (!def || def.entry === f.entry) continue;
    f.entry = def.entry;
    if (def.inDirectory === false) f.inDirectory = false;
    else delete f.inDirectory;
  }
}

function safeIndex(dir: OutletDirectory): NameIndex | null {
  try {
    return nameIndex(dir);
  } catch {
    return null;
  }
}

const evidenceOf = (ctx: Ctx, s: number, e: number, descriptor: boolean): Evidence => ({
  quoted: quoted(ctx.t, s, e),
  descriptor,
});

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
  if (
    !before.length ||
    !(glued ? before[before.length - 1].e === end : /^ +$/.test(text.slice(before[before.length - 1].e, at)))
  )
    return null;
  const last = before[before.length - 1];
  if (!endsName(ctx.idx, text.slice(last.s, last.e)) && !ownName(ctx, text.slice(last.s, last.e))) return null;
  for (let k = Math.min(MAX_TOKENS, before.length); k >= 1; k--) {
    const toks = before.slice(before.length - k);
    const entry = lookup(ctx, text, toks, evidenceOf(ctx, toks[0].s, toks[k - 1].e, false));
    if (entry) {
      if (tailOfLongerName(text, toks, before, before.length - k, ctx) || ambiguousBare(text, toks, ctx)) return null;
      const s = toks[0].s;
      return {
        text: ctx.t.slice(s, at + len),
        name: text.slice(s, toks[k - 1].e),
        entry,
        start: s,
        nameStart: s,
        block,
      };
    }
  }
  return null;
}

const head = (text: string, from: number) => /^[\p{L}]+/u.exec(text.slice(from, from + 12))?.[0] ?? '';
/** A short form of the publisher's own name ("Abendblatt" on the Hamburger Abendblatt): not in the name index, still a name. */
const ownName = (ctx: Ctx, w: string) =>
  !!ctx.page.publisher?.main && w.length >= 3 && /^\p{Lu}/u.test(w) && isSelf(ctx.page.publisher, null, w);
const endsName = (idx: NameIndex | null, w: string) => canEnd(idx, w) || deinflect(w).some((v) => canEnd(idx, v));
const startsName = (idx: NameIndex | null, w: string, next: string | undefined) =>
  deinflect(w).some((v) => canStart(idx, v, next));
const ELIDED = /^(?:[Aa]ll|[Dd]all|[Dd]ell|[Nn]ell|[Ss]ull|[DdLl]|[Qq]u)['’](?=\p{Lu})/u;
const COORD = /^(?: ?\/ ?| und | and | sowie | & |, )/;

/**
 * The name after a phrase ("laut Reuters", "sagte … dem Tagesspiegel"), past a descriptor
 * ("der britische Sender BBC", "the state-run Xinhua News Agency"), and the names
 * coordinated with it ("die Medien Le Figaro und RTL", "RTL/Ntv").
 * `from`: where the name part starts when not right after the phrase.
 */
function forwardAll(
  text: string,
  at: number,
  len: number,
  ctx: Ctx,
  block: number,
  from = at + len,
  kind?: DescriptorKind,
): Found[] {
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

function forward(
  text: string,
  at: number,
  from0: number,
  ctx: Ctx,
  block: number,
  allowDescriptor: boolean,
  kind0?: DescriptorKind,
): Found | null {
  let from = from0;
  while (text[from] === ' ') from++;
  // "ha detto all'ANSA", "selon l'AFP": an article or preposition elided onto the name is no part of it
  const elided = ELIDED.exec(text.slice(from, from + 6));
  if (elided) from += elided[0].length;
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
  return (
    u && {
      text: ctx.t.slice(at, u.end),
      name: u.name,
      entry: u.entry,
      start: at,
      nameStart: from,
      block,
      inDirectory: false,
    }
  );
}

function named(
  text: string,
  at: number,
  from: number,
  ctx: Ctx,
  block: number,
  kind: DescriptorKind | null,
  limit = from + 120,
): Found | null {
  const after = tokens(text.slice(from, limit)).map((t) => ({ s: t.s + from, e: t.e + from }));
  if (!after.length || after[0].s !== from) return null;
  const head = text.slice(after[0].s, after[0].e);
  if (!kind && !startsName(ctx.idx, head, after[1] && text.slice(after[1].s, after[1].e))) return null;
  for (let k = Math.min(MAX_TOKENS, after.length); k >= 1; k--) {
    const toks = after.slice(0, k);
    const entry = lookup(ctx, text, toks, evidenceOf(ctx, toks[0].s, toks[k - 1].e, !!kind));
    if (entry) {
      // "according to Street …": a bare everyday word after the phrase is not the outlet.
      if (!kind && (ambiguousBare(text, toks, ctx) || headOfLongerName(text, toks, after, ctx))) return null;
      const end = toks[k - 1].e;
      return {
        text: ctx.t.slice(at, end),
        name: text.slice(toks[0].s, end),
        entry,
        start: at,
        nameStart: toks[0].s,
        block,
      };
    }
  }
  return null;
}

/** "told Philadelphia Magazine", "dem Westfälischen Anzeiger" (an article before the name is skipped). */
function titledAfter(text: string, at: number, from: number, ctx: Ctx, block: number): Found | null {
  const art = /^(?:the|dem|der|des|den) /i.exec(text.slice(from, from + 4));
  const s = from + (art ? art[0].length : 0);
  const u = titledOutlet(text, s, ctx.page.lang ?? null);
  return (
    u && {
      text: ctx.t.slice(at, u.end),
      name: ctx.t.slice(s, u.end),
      entry: u.entry,
      start: at,
      nameStart: s,
      block,
      inDirectory: false,
    }
  );
}
