/**
 * Outlets the directory does not know, named as outlets by a descriptor:
 * "die palästinensische Nachrichtenagentur Wafa", "the Hong Kong outlet HK01",
 * "dem Portal „sport.de“", "die Zeitung „Yated Ne'eman“". Reported as news
 * outlets with inDirectory: false, with the domain when the text gives one.
 */
import type { Outlet } from '../outlets/types';
import { looseKey } from '../outlets/names';
import { OPEN_QUOTE, isDescriptorWord, type DescriptorKind } from './mention-grammar';

const DOMAIN = /(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/iy;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&+-]*/uy;
/** Time and place words that follow a descriptor without being its name ("der Sender am Montag", "die Zeitung Anfang Mai"). */
const NOT_NAME =
  /^(?:Anfang|Ende|Mitte|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|June|July|October|December|Ich|Er|Sie|Es|Wir|Ihr|He|She|It|We|They|This|That|Der|Die|Das|The|In|Im|Am|On|At)$/;

export interface Unknown {
  name: string;
  end: number;
  entry: Outlet;
}

export function unknownOutlet(
  t: string,
  q: string,
  from: number,
  kind: DescriptorKind,
  lang: string | null,
): Unknown | null {
  let name = '';
  let end = from;
  const open = from > 0 && OPEN_QUOTE.test(t[from - 1]);
  DOMAIN.lastIndex = from;
  const dom = DOMAIN.exec(q);
  if (dom && /[a-z]/i.test(dom[0].slice(dom[0].lastIndexOf('.') + 1))) {
    name = dom[0];
    end = from + name.length;
  } else if (open) {
    // a quoted name: up to the closing mark, at most six words
    const close = q.slice(from, from + 60).search(/[“”"«»‹›‘’]| {2}/);
    const inner = t.slice(from, close > 0 ? from + close : from).replace(/[\s“”"«»‹›‘]+$/, '');
    const closeAt = /[“”"«»‹›‘]/.exec(t.slice(from, from + 60));
    if (!closeAt) return null;
    name = t.slice(from, from + closeAt.index).trim();
    end = from + name.length;
    if (!name || name.split(' ').length > 6 || !/^[\p{Lu}\p{N}]/u.test(name) || inner.length > 50) return null;
  } else {
    // up to three capitalised words; German capitalises nouns, so one plain word must be followed by a lower-case word or a stop
    const words: string[] = [];
    let at = from;
    for (let n = 0; n < 3; n++) {
      WORD.lastIndex = at;
      const m = WORD.exec(q);
      if (!m || !/^[\p{Lu}\p{N}]/u.test(m[0])) break;
      const w = m[0].replace(/[.'’,-]+$/, '');
      if (NOT_NAME.test(w)) break;
      words.push(w);
      at += w.length;
      if (q[at] !== ' ') break;
      at++;
    }
    if (!words.length) return null;
    const odd = words.some((w) => /\p{N}|\p{Ll}\p{Lu}|^\p{Lu}{2,}$|\./u.test(w));
    // German capitalises every noun: a plain word counts only after an agency or broadcaster ("Nachrichtenagentur Wafa"), never several
    if (lang === 'de' && !odd && (words.length > 1 || (kind !== 'news-agency' && kind !== 'broadcaster'))) return null;
    name = words.join(' ');
    end = from + name.length;
  }
  if (name.length < 2 || isDescriptorWord(name)) return null;
  const k = looseKey(name);
  const domain = dom ? name.toLowerCase().replace(/^www\./, '') : null;
  return {
    name,
    end,
    entry: {
      id: `text:${k}`,
      name,
      aliases: [],
      domains: domain ? [domain] : [],
      country: '',
      languages: [],
      type: kind,
      owner: null,
    },
  };
}

/** The head nouns of newspaper titles, with the German ones' gender for the adjective before them ("dem Westfälischen Anzeiger"). */
const TITLE: Record<string, 'm' | 'f' | 'n' | 'pl' | ''> = {
  Anzeiger: 'm',
  Kurier: 'm',
  Bote: 'm',
  Merkur: 'm',
  Beobachter: 'm',
  Rundschau: 'f',
  Post: 'f',
  Presse: 'f',
  Allgemeine: 'f',
  Tagblatt: 'n',
  Abendblatt: 'n',
  Volksblatt: 'n',
  Nachrichten: 'pl',
  Neueste: 'pl',
  Herald: '',
  Tribune: '',
  Gazette: '',
  Courier: '',
  Chronicle: '',
  Journal: '',
  Press: '',
  Observer: '',
  Examiner: '',
  Inquirer: '',
  Dispatch: '',
  Radio: '',
  Bulletin: '',
  Register: '',
  Monitor: '',
  Magazine: '',
  Telegraph: '',
  Gazett: '',
};
const GERMAN_CASE = /^(\p{Lu}\p{L}*?)(?:en|e|er|es)$/u;

/**
 * A name the directory lacks but whose head noun is a newspaper title word, right after an attribution
 * phrase: "told Philadelphia Magazine", "in an interview with the Montana Free Press", "sagte … dem
 * Westfälischen Anzeiger" (reported as "Westfälischer Anzeiger"). Up to four capitalised words; a
 * capitalised word after them means a longer name, and then nothing is reported.
 */
export function titledOutlet(q: string, from: number, lang: string | null): Unknown | null {
  const words: { w: string; s: number }[] = [];
  let at = from;
  for (let n = 0; n < 5; n++) {
    WORD.lastIndex = at;
    const m = WORD.exec(q);
    if (!m || m.index !== at || !/^\p{Lu}\p{Ll}/u.test(m[0])) break;
    const w = m[0].replace(/[.'’,-]+$/, '');
    words.push({ w, s: at });
    at += w.length;
    if (q[at] !== ' ') break;
    at++;
  }
  // the title word ends the name: "Montana Free Press", not "Free Press Editor"
  let k = words.length - 1;
  const base = (w: string) =>
    w in TITLE
      ? w
      : w.endsWith('s') && w.slice(0, -1) in TITLE
        ? w.slice(0, -1)
        : w.endsWith('n') && w.slice(0, -1) in TITLE
          ? w.slice(0, -1)
          : null;
  while (k >= 0 && !base(words[k].w)) k--;
  if (k < 1 || k !== words.length - 1 || words.length > 4) return null;
  const head = base(words[k].w)!;
  const gender = TITLE[head];
  const parts = words.slice(0, k).map((x) => x.w);
  if (lang !== 'en' && gender) {
    // undo the dative/genitive: "Westfälischen" before a masculine title is "Westfälischer"
    const ending = gender === 'm' ? 'er' : gender === 'f' ? 'e' : gender === 'n' ? 'es' : 'e';
    const m = GERMAN_CASE.exec(parts[parts.length - 1]);
    if (m && parts[parts.length - 1].endsWith('en')) parts[parts.length - 1] = m[1] + ending;
  }
  const name = [...parts, head].join(' ');
  const end = words[k].s + words[k].w.length;
  return {
    name,
    end,
    entry: {
      id: `text:${looseKey(name)}`,
      name,
      aliases: [],
      domains: [],
      country: '',
      languages: [],
      type: head === 'Magazine' ? 'magazine' : 'newspaper',
      owner: null,
    },
  };
}
