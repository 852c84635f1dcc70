/**
 * Outlets the directory does not know, named as outlets by a descriptor:
 * "die palästinensische Nachrichtenagentur Wafa", "the Hong Kong outlet HK01",
 * "dem Portal „sport.de“", "die Zeitung „Yated Ne'eman“". Reported as news
 * outlets with inDirectory: false, with the domain when the text gives one.
 */
import type { Outlet } from '../outlets/types';
import { looseKey, foldName } from '../outlets/names';
import { OPEN_QUOTE, isDescriptorWord, type DescriptorKind } from './mention-grammar';

const DOMAIN = /(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/iy;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&+-]*/uy;
/** Time and place words that follow a descriptor without being its name ("der Sender am Montag", "die Zeitung Anfang Mai"). */
const NOT_NAME = /^(?:Anfang|Ende|Mitte|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|June|July|October|December|Ich|Er|Sie|Es|Wir|Ihr|He|She|It|We|They|This|That|Der|Die|Das|The|In|Im|Am|On|At)$/;

export interface Unknown {
  name: string;
  end: number;
  outlet: Outlet;
}

export function unknownOutlet(t: string, q: string, from: number, kind: DescriptorKind, lang: string | null): Unknown | null {
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
  const k = looseKey(foldName(name));
  const domain = dom ? name.toLowerCase().replace(/^www\./, '') : null;
  return {
    name,
    end,
    outlet: { id: `text:${k}`, name, aliases: [], domains: domain ? [domain] : [], country: '', languages: [], type: kind, owner: null },
  };
}
