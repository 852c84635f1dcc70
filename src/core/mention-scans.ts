/**
 * Attribution shapes that are not "NAME verb" or "phrase NAME", each one
 * linear scan of the line (quotes already blanked, see mention-grammar):
 * - compounds: "BBC-Radiosendung", „Tagesspiegel“-Informationen, "ZDF-Interview";
 * - descriptors: "die palästinensische Nachrichtenagentur Wafa", "the Hong Kong outlet HK01";
 * - a speech verb with the outlet as dative object later in the clause:
 *   "sagte Experte Bernd Bönte der Deutschen Presse-Agentur", "erzählte sie dem Tagesspiegel";
 * - a quoted name after an article or preposition: "im „Tagesspiegel“", "die «Vatican News»".
 */
import { descriptorKind, type DescriptorKind } from './mention-grammar';

type Back = (at: number, len: number) => unknown;
type Fwd = (at: number, len: number, from: number, kind?: DescriptorKind) => unknown[];

// and the broadcaster's formats, also with the programme in quotes: "ZDF-Politbarometer", "im ARD-„Morgenmagazin“", "ARD-Sommerinterview"
const COMPOUND =
  /- ?(?:Informationen|Recherchen?|Interview|Sommerinterview|Gespräch|Anfrage|Bericht(?:en|s)?|Angaben|Radiosendung|Sendung|Podcast|Umfrage|Analyse|Dokumentation|Doku|Reportage|Report|Politbarometer|Deutschlandtrend|DeutschlandTrend|Morgenmagazin|Mittagsmagazin|Talkshow|Talk)(?![\p{L}])/gu;
const DESCRIPTOR =
  /(?:agentur|sender|zeitung|magazin|portal|blatt|kanal|seite|netzwerk|outlet|newspaper|broadcaster|channel|magazine|tabloid|website|news agency|news site)(?:s|es|n|en)? /giu;
/** The outlet before its sources in an apposition: "The Washington Post, citing three officials, reported". */
const CITING = /, (?:citing|quoting) /g;
const SPEECH =
  /\b(?:sagte|sagt|sagten|gesagt|erzählte|erzählt|erklärte|erklärt|bestätigte|bestätigt|verriet|verraten|betonte|schilderte|räumte|kündigte|bekräftigte|versicherte|teilte|teilten|mitgeteilt)\b/g;
const PREPOSITION =
  /(?:^|[ (])(?:in|im|zu|zur|mit|von|vom|aus|bei|nach|seit|vor|auf|an|um|über|unter|während|wegen|trotz|für|gegen|durch|ohne|hinter|neben|zwischen|wie|als)\s+$/i;
const DATIVE = /(?:^| )(dem|der|gegenüber)(?= )/g;
/** English: the outlet as the "to" object of a speech verb in its clause ("confirmed his passing to Nine News"). */
const EN_SPEECH = /\b(?:confirmed|explained|described|revealed|admitted|announced|denied|insisted|stated|said)\b/g;
const TO = / (to)(?= )/g;
/**
 * English: the outlet as the medium or the client of a verb in its clause: "noted this year in Jacobin",
 * "argued last week in Foreign Policy" (at most three lower-case words between), "a poll conducted by
 * Acme Research for Newsweek" (any words of the clause between). "published in" is left out: studies
 * are published in journals.
 */
const EN_MEDIUM = /\b(?:noted|wrote|argued|observed|warned|reported|explained|detailed|writes|notes|argues)\b/g;
const IN_AFTER = /^(?: \p{Ll}+){0,3} (in)(?= )/u;
const EN_CLIENT = /\b(?:conducted|commissioned|carried out|written|produced|prepared)\b/g;
const FOR = / (for)(?= )/g;
/** An interview transcript: a question line opens with the interviewer's outlet ("SPIEGEL: Warum …?", "SRF News: Wie …?"). */
const QUESTION_BY = /^\p{Lu}[^:?!.]{1,40}(?=: \S[^]*\?)/u;
const QUOTED_AFTER = /(?:^|[ (])(?:im|in|der|des|dem|die|das|den|bei|von|vom|laut|the|in|of) +[„“"«»‹›‚‘]$/;
const OPEN = /[„“"«»‹›‚‘]/g;
const CLOSE = /[“”"«»‹›‘’]/;
/**
 * A descriptor or a quoted name alone is no attribution: its sentence must also say that someone reported, said or was asked,
 * or cite the outlet's own voice: its lead story, editorial or front page ("Mit einem Aufmacher hat sich die Zeitung … gewandt").
 * "berichte" counts as a verb ("berichtete") or as a report of the media ("Medienberichten"), not inside any compound:
 * "in ihren Verfassungsschutzberichten erwähnen" says nobody reported anything.
 */
const ATTRIBUTION =
  /nannte|erfahren|Aufmacher|Leitartikel|Titelseite|editorial|front page|(?<!\p{L})berichte|(?:Medien|Presse|Zeitungs|Agentur|Nachrichten)berichte|meldet|meldung|schreib|schrieb|zitier|zufolge|laut|sagte|sagt|erklärt|hieß|Angaben|Informationen|Recherche|Interview|Gespräch|gegenüber|verbreite|veröffentlich|verkünde|enthüll|bestätig|according|report|said|says|told|wrote|writes|quot|cited|interview|publish|claim|confirm|revealed/u;

function inAttribution(q: string, at: number): boolean {
  const a = Math.max(0, at - 200);
  const left = q.slice(a, at);
  const dot = Math.max(left.lastIndexOf('. '), left.lastIndexOf('! '), left.lastIndexOf('? '));
  const right = q.slice(at, at + 200);
  const end = right.search(/[.!?] /);
  return ATTRIBUTION.test(left.slice(dot + 1) + right.slice(0, end < 0 ? right.length : end));
}

export function extraScans(q: string, t: string, back: Back, fwd: Fwd, push: (f: never) => void): void {
  const each = (xs: unknown) => {
    if (Array.isArray(xs)) for (const x of xs) push(x as never);
    else if (xs) push(xs as never);
  };
  const qa = QUESTION_BY.exec(q);
  if (qa) each(back(qa[0].length, 1));
  COMPOUND.lastIndex = 0;
  for (let m = COMPOUND.exec(q); m; m = COMPOUND.exec(q)) each(back(m.index, m[0].length));
  CITING.lastIndex = 0;
  for (let m = CITING.exec(q); m; m = CITING.exec(q)) each(back(m.index, m[0].length - 1));
  SPEECH.lastIndex = 0;
  for (let m = SPEECH.exec(q); m; m = SPEECH.exec(q)) {
    // the clause around the verb: "sagte X dem Y", and "hat X dem Y erzählt"
    const left = q.slice(Math.max(0, m.index - 100), m.index);
    // back to the clause start: a sentence end, a comma or a quotation ("„… der Welt“, sagt er" is not his dative)
    const dot = Math.max(
      left.lastIndexOf('. '),
      left.lastIndexOf('? '),
      left.lastIndexOf('! '),
      left.lastIndexOf(': '),
      left.lastIndexOf(','),
      left.lastIndexOf('  '),
    );
    const from = m.index - left.length + (dot + 1);
    const after = m.index + m[0].length;
    const stop = q.slice(after, after + 100).search(/[.!?;:] |[.!?;:]$/);
    const win = q.slice(from, stop < 0 ? after + 100 : after + stop);
    DATIVE.lastIndex = 0;
    let n = 0;
    for (let d = DATIVE.exec(win); d && n < 3; d = DATIVE.exec(win), n++) {
      const at = from + d.index + (d[0].startsWith(' ') ? 1 : 0);
      // "in der Welt", "seit dem Moment": after a preposition the article is no dative object of the verb
      if (PREPOSITION.test(q.slice(Math.max(0, at - 12), at))) continue;
      each(fwd(at, d[1].length, at + d[1].length));
    }
  }
  EN_SPEECH.lastIndex = 0;
  for (let m = EN_SPEECH.exec(q); m; m = EN_SPEECH.exec(q)) {
    const after = m.index + m[0].length;
    const stop = q.slice(after, after + 80).search(/[.!?;:,] |[.!?;:,]$/);
    const win = q.slice(after, stop < 0 ? after + 80 : after + stop);
    TO.lastIndex = 0;
    const d = TO.exec(win);
    if (d) each(fwd(after + d.index + 1, 2, after + d.index + 3));
  }
  EN_MEDIUM.lastIndex = 0;
  for (let m = EN_MEDIUM.exec(q); m; m = EN_MEDIUM.exec(q)) {
    const after = m.index + m[0].length;
    const d = IN_AFTER.exec(q.slice(after, after + 60));
    if (d) {
      const at = after + d[0].length - 2;
      each(fwd(at, 2, at + 3));
    }
  }
  EN_CLIENT.lastIndex = 0;
  for (let m = EN_CLIENT.exec(q); m; m = EN_CLIENT.exec(q)) {
    const after = m.index + m[0].length;
    const stop = q.slice(after, after + 80).search(/[.!?;:,] |[.!?;:,]$/);
    const win = q.slice(after, stop < 0 ? after + 80 : after + stop);
    FOR.lastIndex = 0;
    const d = FOR.exec(win);
    if (d) each(fwd(after + d.index + 1, 3, after + d.index + 4));
  }
  DESCRIPTOR.lastIndex = 0;
  for (let m = DESCRIPTOR.exec(q); m; m = DESCRIPTOR.exec(q)) {
    let s = m.index;
    while (s > 0 && /[\p{L}-]/u.test(q[s - 1])) s--;
    const word = q.slice(s, m.index + m[0].length - 1);
    const kind = descriptorKind(word);
    if (kind && inAttribution(q, s)) each(fwd(s, word.length, m.index + m[0].length, kind));
  }
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(t); m; m = OPEN.exec(t)) {
    const pre = QUOTED_AFTER.exec(t.slice(Math.max(0, m.index - 12), m.index + 1));
    if (!pre || !inAttribution(q, m.index)) continue;
    // the whole quoted words are the name: „Tagesspiegel“, not the first word of „Journal of Medicine“
    for (const f of fwd(m.index + 1, 0, m.index + 1) as { nameStart: number; name: string }[])
      if (CLOSE.test(t[f.nameStart + f.name.length] ?? '')) push(f as never);
  }
}
