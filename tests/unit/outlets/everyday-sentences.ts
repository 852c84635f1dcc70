/**
 * Everyday sentences of five languages with a slot for a word that happens to
 * be an outlet's name: the word in its everyday use, right where the mention
 * scan looks for names (before an attribution verb, after "according to",
 * after an article, as the head of a longer proper name, after "Mr."). None
 * gives the outlet context: no quotation marks, no "the newspaper X", no link.
 */
export const LANGS = ['en', 'de', 'fr', 'es', 'it'] as const;
export type Lang = (typeof LANGS)[number];

/** w: the name as written, c: the same capitalised (a sentence start), b: without its own article ("Die Welt" -> "Welt"), for slots after an article. */
export interface Slot {
  w: string;
  c: string;
  b: string;
}
type Template = (s: Slot) => string;

const TEMPLATES: Record<Lang, Template[]> = {
  en: [
    ({ c }) => `${c} said the talks would resume on Monday.`,
    ({ c }) => `${c} reported a loss for the third quarter in a row.`,
    ({ b }) => `In a statement on Monday, the ${b} said it would appeal.`,
    ({ w }) => `According to ${w} evidence, the suspect was at home that night.`,
    ({ b }) => `According to the ${b} Foundation, the number of cases rose.`,
    ({ b }) => `The ${b} Conservancy said the land would be protected.`,
    ({ w }) => `Mr. ${w} said he would appeal the ruling next week.`,
    ({ w }) => `We watched ${w} reporters leave the building after the vote.`,
    ({ w }) => `Everyone agreed, and ${w} told us that dinner was ready.`,
  ],
  de: [
    ({ b }) => `Die ganze ${b} schreibt darüber, und alle schauen zu.`,
    ({ b }) => `Im ${b} berichten alle Zeitungen über das Wetter.`,
    ({ b }) => `Laut ${b} der Verbraucherpreise stiegen die Kosten im Mai.`,
    ({ b }) => `Der neue ${b} schreibt vor, dass alle zahlen müssen.`,
    ({ c }) => `${c} sagte am Montag, der Plan sei gut durchdacht.`,
    ({ c }) => `${c} berichtet von einem langen Tag im Garten.`,
    ({ w }) => `Herr ${w} sagte, er werde gegen das Urteil klagen.`,
    ({ w }) => `Wie ${w} berichtet, war der Sommer sehr heiß.`,
    ({ b }) => `Nach Angaben der ${b} Stiftung stieg die Zahl der Fälle.`,
  ],
  fr: [
    ({ w }) => `Selon ${w}, le projet est solide et bien pensé.`,
    ({ c }) => `${c} a déclaré lundi que le plan était bon.`,
    ({ b }) => `Dans le ${b} entier, on en parle depuis des semaines.`,
    ({ b }) => `D'après la ${b} des prix, le coût de la vie augmente.`,
    ({ w }) => `M. ${w} a dit qu'il ferait appel du jugement.`,
  ],
  es: [
    ({ w }) => `Según ${w}, el plan es bueno y está bien pensado.`,
    ({ c }) => `${c} dijo el lunes que el plan era bueno.`,
    ({ b }) => `En todo el ${b} se habla de ello desde hace semanas.`,
    ({ b }) => `De acuerdo con el ${b} de precios, la vida es más cara.`,
    ({ w }) => `El señor ${w} dijo que apelaría la sentencia.`,
  ],
  it: [
    ({ w }) => `Secondo ${w}, il piano è buono e ben pensato.`,
    ({ c }) => `${c} ha detto lunedì che il piano era buono.`,
    ({ b }) => `In tutto il ${b} se ne parla da settimane.`,
    ({ b }) => `Stando all'${b} dei prezzi, la vita costa di più.`,
    ({ w }) => `Il signor ${w} ha detto che farà ricorso.`,
  ],
};

export function everydaySentences(lang: Lang, slot: Slot): string[] {
  return TEMPLATES[lang].map((t) => t(slot));
}
