/**
 * Lines that name an outlet without citing it, left out of the mention scan:
 * a broadcaster's programme note and the publisher's advertisement for itself.
 */
import type { Block } from './blocks';

/**
 * A broadcaster's programme note under the article ("Über dieses Thema berichtete DLF am 24. März 2023 um 05:20 Uhr",
 * the ARD sites' "Dieses Thema im Programm" box): when the topic was on air, not a source of the text.
 */
const PROGRAMME_NOTE = /^(?:Dieses Thema im Programm:? *)?Über dieses Thema berichtet(?:e|en)?\b/;

/**
 * The publisher's advertisement for itself ("Heute wie damals berichtet die Tageszeitung junge Welt über … Testen Sie
 * für zwei Wochen die gedruckte Zeitung", under "2 Wochen kostenlos testen"): its own name there is a sales pitch, not the page's reporting.
 */
const HOUSE_AD =
  /(?<!\p{L})(?:[Tt]esten Sie|kostenlos testen|[Aa]bonnieren Sie|[Jj]etzt (?:bestellen|abonnieren|testen)|Probeabo|[Ss]ubscribe (?:now|today)|[Ff]ree trial)(?!\p{L})/u;

/** The line or the one right before or after it (the box's heading, its call to action) asks the reader to subscribe. */
export const houseAd = (blocks: Block[], i: number): boolean =>
  [i - 1, i, i + 1].some((j) => j >= 0 && j < blocks.length && HOUSE_AD.test(blocks[j].text));

export const isProgrammeNote = (t: string): boolean => PROGRAMME_NOTE.test(t);
