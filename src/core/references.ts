/**
 * Reference lists, German and English: "Referenz 1 / www.aljazeera.com",
 * "Quellen:" sections, footnote lists, "Quelle: dpa", "Mit Material von dpa"
 * and "(Reuters) –" datelines. Works on blocks, so a label and its domain may
 * share a line (rich HTML) or sit on consecutive lines (bare HTML, plain text).
 */
import type { OutletDirectory } from '../outlets/types';
import { attr } from './dom';
import type { Block } from './blocks';
import { classifyUrl } from '../outlets/classify';
import { DOMAIN_RE, registrable } from '../outlets/url';
import { resolveHref } from './resolve';
import { outletFromLabel } from './label-outlet';
import { isSelf, type Publisher } from './publisher';
import type { Reference, ReferenceKind } from './types';

const LABEL_RE =
  /^((?:Referenz|Reference|Ref\.?|Quelle|Source|Fußnote|Fussnote|Footnote|Fn\.|Nachweis|Beleg)\s*\[?\d{1,3}\]?)\s*[:.)–-]?\s*(.*)$/i;
const HEADER_RE =
  /^(Quellen|Quelle|Sources|Source|References|Referenzen|Literatur|Einzelnachweise|Fußnoten|Fussnoten|Footnotes|Endnotes|Anmerkungen|Notes|Belege|Nachweise|Quellenangaben|Quellenverzeichnis|Works cited|Bibliography|Citations|Weiterführende Links|Further reading)\s*:?$/i;
const INLINE_RE = /^(Quellen?|Sources?|Via)\s*:\s*(.{2,300})$/i;
const CREDIT_RE =
  /\b(?:mit Material (?:von|der|des|aus)|unter Verwendung von (?:Material )?(?:der |des |von )?|Material von|mit Agenturmaterial (?:von|der)?|with (?:additional )?reporting (?:by|from)|additional reporting by)\s+(.{2,200})$/i;
const CONTRIB_RE = /^\(?\s*(.{2,80}?)\s+contributed (?:to this (?:report|story|article)|reporting)/i;
// "Berlin (dpa) –", "LONDON (Reuters) -", "PORTLAND, Ore. (AP) —", "KATHMANDU, April 25 (Reuters) -", "BEIRUT/THE HAGUE, March 7 (Reuters) -"
// and the Spanish agencies' "MADRID, 3 mar (EFE).-"
const DATELINE_RE = /^\s*(?:[\p{Lu}][\p{L}\p{M}\p{N} .,'’/-]{0,60}?\s*)?(\(([^()]{2,40})\))\s*\.?[-–—:]/u;
/** A closing credit line of agency codes: "dpa/AFP/lho", "(AFP)", "— PTI", "sid/dpa", "Copyright AFP". */
// A lone capitalised code ("REUTERS", "AP") is a photo credit; a credit line has a mark or several codes.
const CODES_RE =
  /^(?:(?:[—–-]|©|Copyright)\s*\(?\s*([\p{L}][\p{L}.-]{0,15}(?:\s*[/,;]\s*[\p{L}][\p{L}.-]{0,15}){0,5})\s*\)?|\(\s*([\p{L}][\p{L}/, .-]{1,30})\s*\)|([\p{L}][\p{L}.-]{0,15}(?:\s*\/\s*[\p{L}][\p{L}.-]{0,15}){1,5}))\.?$/u;
/** The same codes in brackets at the very end of a paragraph: "… am Montag mit. (dpa)", "… lunedì sera. (ANSA)." */
const TRAILING_RE = /[.!?"“”»]\s*\(([\p{L}][\p{L}/, .-]{1,30})\)\.?\s*$/u;
// A word every credit line contains (CREDIT_RE and CONTRIB_RE, any case): most lines lack all of them, and
// one scan for four words is far cheaper than the two credit patterns.
const CREDIT_HINT = /aterial|eporting|erwendung|ontributed/i;
const NUMBERED_RE = /^(\[\d{1,3}\]|\d{1,3}[.)]|\^)\s*(.*)$/;

export interface RefContext {
  dir: OutletDirectory;
  baseUrl: string;
  publisher?: Publisher;
}

export interface RefResult {
  references: Reference[];
  /** Block indices read as references: attributions there are not in-text mentions. */
  consumed: Set<number>;
}

export function extractReferences(blocks: Block[], ctx: RefContext): RefResult {
  const refs: Reference[] = [];
  const consumed = new Set<number>();
  const add = (
    label: string,
    kind: ReferenceKind,
    text: string,
    block: Block,
    i: number,
    url: string | null,
    name?: string,
  ) => {
    const r = makeRef(label, kind, text, block, url, name, ctx);
    if (!r) return false;
    r.id = `ref-${refs.length + 1}`;
    r.position = { index: refs.length, offset: block.offset };
    refs.push(r);
    // A dateline opens a body paragraph: the rest of it is still searched for attributions.
    if (kind !== 'dateline') consumed.add(i);
    return true;
  };
  let section: string | null = null;
  let sectionMiss = 0;
  for (let i = 0; i < blocks.length && refs.length < 500; i++) {
    const b = blocks[i];
    const t = b.text;
    if (t.length > 400) {
      section = null;
      if (i < 12) dateline(b, i, add, ctx);
      agencyCodes(TRAILING_RE.exec(t.slice(-40)), b, i, add, ctx, false);
      continue;
    }
    const label = LABEL_RE.exec(t);
    if (label) {
      let body = label[2];
      let src = b;
      if (!body && i + 1 < blocks.length && !LABEL_RE.test(blocks[i + 1].text) && blocks[i + 1].text.length < 400) {
        src = blocks[++i];
        body = src.text;
        consumed.add(i);
      }
      add(label[1].replace(/\s+/g, ' '), 'list', body, src, i, hrefOf(src, ctx.baseUrl));
      consumed.add(i);
      continue;
    }
    if (HEADER_RE.test(t)) {
      section = t.replace(/\s*:$/, '');
      sectionMiss = 0;
      consumed.add(i);
      continue;
    }
    const inline = INLINE_RE.exec(t);
    if (inline && !b.heading) {
      for (const part of splitNames(inline[2]))
        add(inline[1], 'credit', part, b, i, hrefFor(b, part, ctx.baseUrl), part);
      consumed.add(i);
      continue;
    }
    // Only short lines can be credits: the length check first spares two regexes on every paragraph.
    const credit = t.length < 300 && CREDIT_HINT.test(t) ? (CREDIT_RE.exec(t) ?? CONTRIB_RE.exec(t)) : null;
    if (credit) {
      const label = credit[0].slice(0, credit[0].length - credit[1].length).trim() || 'Credit';
      for (const part of splitNames(credit[1])) add(label, 'credit', part, b, i, null, part);
      consumed.add(i);
      continue;
    }
    if (section) {
      if (b.heading || sectionMiss >= 2) {
        section = null;
      } else {
        const num = NUMBERED_RE.exec(t);
        const lbl = num ? num[1] : section;
        const ok = add(
          lbl,
          num ? 'footnote' : 'list',
          num ? num[2] : t,
          b,
          i,
          hrefOf(b, ctx.baseUrl),
          firstName(num ? num[2] : t),
        );
        sectionMiss = ok ? 0 : sectionMiss + 1;
        continue;
      }
    }
    if (!b.heading && t.length <= 60 && agencyCodes(CODES_RE.exec(t), b, i, add, ctx, true)) continue;
    if (i < 12 && !b.heading) dateline(b, i, add, ctx);
    if (!b.heading) agencyCodes(TRAILING_RE.exec(t.slice(-40)), b, i, add, ctx, false);
  }
  return { references: refs, consumed };
}

type Add = (
  label: string,
  kind: ReferenceKind,
  text: string,
  block: Block,
  i: number,
  url: string | null,
  name?: string,
) => boolean;

function dateline(b: Block, i: number, add: Add, ctx: RefContext): void {
  const m = DATELINE_RE.exec(b.text);
  if (!m) return;
  for (const part of m[2].split(/\s*[/,]\s*|\s+(?:und|and)\s+/))
    if (ctx.dir.byName(part)) add(m[1], 'dateline', part, b, i, null, part);
}

/**
 * Agency codes as credits: only news agencies count ("dpa", "AFP", "PTI", "sid"), so a short
 * line that happens to be a word or a name stays what it is. The desk's initials ("lho") are skipped.
 */
function agencyCodes(
  m: RegExpExecArray | null,
  b: Block,
  i: number,
  add: Add,
  ctx: RefContext,
  whole: boolean,
): boolean {
  if (!m) return false;
  let any = false;
  const parts = (m[1] ?? m[2] ?? m[3]).split(/\s*[/,;]\s*/);
  // every part an agency or a desk's initials: "(Robert F. Bukaty / AP)" is a photo credit
  if (!parts.every((p) => /^\p{Ll}{2,4}$/u.test(p) || isAgency(ctx, p))) return false;
  for (const part of parts) {
    let o = null;
    try {
      o = ctx.dir.byName(part);
    } catch {
      o = null;
    }
    if (o && o.type === 'news-agency' && add(whole ? 'Credit' : `(${part})`, 'credit', part, b, i, null, part))
      any = true;
  }
  return any;
}

function isAgency(ctx: RefContext, name: string): boolean {
  try {
    return ctx.dir.byName(name)?.type === 'news-agency';
  } catch {
    return false;
  }
}

function splitNames(s: string): string[] {
  return s
    .replace(/[.)]+$/, '')
    .split(/\s*[,;/]\s*|\s+(?:und|and|sowie|&)\s+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(0, 12);
}

const firstName = (t: string): string =>
  t
    .split(/[,:(–—|]/)[0]
    .replace(/^(Nachrichtenagentur|news agency)\s+/i, '')
    .trim();

function hrefOf(b: Block, base: string): string | null {
  for (const a of b.links) {
    const u = resolve(attr(a, 'href'), base);
    if (u) return u;
  }
  return null;
}

/** The link whose text is this part of an inline credit ("Quellen: <a>Reuters</a>, <a>AP</a>"). */
function hrefFor(b: Block, part: string, base: string): string | null {
  for (const a of b.links) if ((a.textContent ?? '').includes(part)) return resolve(attr(a, 'href'), base);
  return b.links.length === 1 ? hrefOf(b, base) : null;
}

/** Kept for callers of the old name; see resolve.ts. */
export const resolve = resolveHref;

function makeRef(
  label: string,
  kind: ReferenceKind,
  text: string,
  block: Block,
  url: string | null,
  name: string | undefined,
  ctx: RefContext,
): Reference | null {
  let u = url;
  if (!u) {
    const m = text.match(DOMAIN_RE)?.find((d) => registrable(d));
    if (m) u = /^https?:/i.test(m) ? m : `https://${m}`;
  }
  const c = u ? classifyUrl(u, ctx.dir) : null;
  // Only a link can contradict its label: a domain written in the text ("Quelle: ntv.de") is what the reader sees.
  const { outlet, host, labelledAs } = outletFromLabel(u, c, name, ctx.dir, u !== url);
  if (!c && !outlet && !host) return null;
  return {
    ...(labelledAs ? { labelledAs } : {}),
    id: '',
    label,
    kind,
    url: u,
    domain: c?.domain ?? host ?? (outlet ? (ctx.dir.byName(outlet)?.domains[0] ?? null) : null),
    outlet,
    text: text.slice(0, 300),
    // an outlet found by name is news even when its domain as written is unknown ("Quelle: ntv.de"); a host that is
    // no outlet's (a label that contradicts its link) is other
    category: outlet ? 'news' : (c?.category ?? (host ? 'other' : 'news')),
    mentioned: false,
    position: { index: 0, offset: block.offset },
    ...(ctx.publisher && isSelf(ctx.publisher, outlet ? ctx.dir.byName(outlet) : null, name ?? c?.domain ?? '')
      ? { self: true }
      : {}),
  };
}
