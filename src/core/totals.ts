/**
 * Declared source totals: "Quellen gesamt Web: 15 Social: 194 Foren: 38" and
 * "Sources total: Web 15, Social 194, Forums 38", on one line, across separate
 * elements or in a table (blocks put each cell on its own line; we join a window).
 */
import type { Block } from './blocks';
import type { DeclaredTotals } from './types';

const HEAD_RE =
  /\b(?:Quellen|Sources)\s*(?:gesamt|insgesamt|total|in total|overall)\b|\b(?:Gesamt|Total|Alle)\s*(?:Quellen|sources)\b|\bSource (?:count|totals?)\b/i;
const NUM = '\\s*[:=]?\\s*(\\d{1,7})(?!\\d)';
const WEB_RE = new RegExp(`\\b(?:Web|Websites?|Webseiten|Internet)${NUM}`, 'i');
const SOCIAL_RE = new RegExp(`(?:\\b|(?<=\\d))(?:Social(?:\\s*Media)?|Soziale Medien)${NUM}`, 'i');
const FORUM_RE = new RegExp(`(?:\\b|(?<=\\d))(?:Foren|Forums?|Foreneinträge)${NUM}`, 'i');

// Every heading pattern names sources ("Quellen", "Sources", "Source count"): a page without the word has none.
const SOURCES_WORD = /quellen|source/i;

export function extractTotals(blocks: Block[]): DeclaredTotals | null {
  const named = blocks.some((b) => SOURCES_WORD.test(b.text));
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i].text;
    const head = named ? HEAD_RE.exec(t) : null;
    let win: string;
    if (head) win = [t.slice(head.index), ...blocks.slice(i + 1, i + 9).map((b) => b.text)].join(' ');
    else if (t.length < 200 && DIGIT.test(t) && twoHits(t)) win = t;
    else continue;
    const totals = parse(win);
    if (totals) return totals;
  }
  return null;
}

// Every total is a number: a line without a digit needs no further look.
const DIGIT = /\d/;

/** At least two of web / social / forums on one short line. */
function twoHits(t: string): boolean {
  const web = WEB_RE.test(t);
  const social = SOCIAL_RE.test(t);
  return web ? social || FORUM_RE.test(t) : social && FORUM_RE.test(t);
}

function parse(win: string): DeclaredTotals | null {
  const num = (re: RegExp) => {
    const m = re.exec(win);
    return m ? Number(m[1]) : null;
  };
  const totals = { web: num(WEB_RE), social: num(SOCIAL_RE), forums: num(FORUM_RE) };
  return totals.web === null && totals.social === null && totals.forums === null ? null : totals;
}
