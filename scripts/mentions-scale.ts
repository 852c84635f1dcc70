/**
 * Is the mention scan linear in text length? Times findMentions (with the
 * reference pass that precedes it) on synthetic article text of 10 kB, 100 kB
 * and 1 MB, built from sentence shapes written for this script (attributions with
 * quotes, descriptors, compounds and dative objects among plain prose), against the real directory,
 * and prints the cost per character and its ratio to the 10 kB cost.
 * Linear means the ratio stays near 1. It prints; it asserts nothing.
 *   npm run bench:mentions
 */
import { textBlocks } from '../src/core/blocks';
import { findMentions } from '../src/core/mentions';
import { findPublisher } from '../src/core/publisher';
import { extractReferences } from '../src/core/references';
import { loadDirectory } from '../src/outlets';

const ATTRIBUTIONS = [
  'Wie die „Zeit“ am Montag berichtete, will die Regierung das Gesetz noch vor dem Sommer beschließen.',
  'Nach „Tagesspiegel“-Informationen prüfen die Ermittler auch einen zweiten Fall in der Stadt.',
  'Das sagte ein Sprecher des Ministeriums der Deutschen Presse-Agentur am Rande des Treffens.',
  'Die palästinensische Nachrichtenagentur Wafa meldete später weitere Opfer aus dem Norden.',
  'The plan was dropped last week, according to a new Axios report citing two officials.',
  'He told the state-run Xinhua News Agency that the talks would resume after the holiday.',
  'Jane Doe, writing in The New York Times, called the decision a mistake that will cost years.',
];
const PROSE = [
  'Im Moment sieht die ganze Welt auf die Verhandlungen, die seit Wochen ohne Ergebnis laufen.',
  'Officials said the bridge would remain closed while engineers inspect the damage to it.',
  'The committee met for three hours on Tuesday and adjourned without taking any vote at all.',
  'Er sagte, in der Zeit nach der Wahl habe sich die Stimmung im Land deutlich verändert.',
  'Der Stadtrat will im Herbst über den neuen Haushalt und die Gebühren für Kitas entscheiden.',
  'She said the company had told employees in a memo that the office would reopen in spring.',
];

/** Paragraphs of four sentences; every third one carries one attribution (real articles have fewer). */
function article(chars: number): string {
  const lines: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = [0, 1, 2, 3]
      .map((k) =>
        k === 0 && i % 3 === 0 ? ATTRIBUTIONS[(i / 3) % ATTRIBUTIONS.length] : PROSE[(i * 5 + k) % PROSE.length],
      )
      .join(' ');
    lines.push(p);
    n += p.length + 1;
  }
  return lines.join('\n').slice(0, chars);
}

const dir = await loadDirectory();
const publisher = findPublisher(dir, { url: 'https://zeitung.example/politik/artikel' });
const run = (text: string) => {
  const blocks = textBlocks(text);
  const refs = extractReferences(blocks, { dir, baseUrl: 'https://zeitung.example/', publisher });
  return findMentions(blocks, dir, refs.consumed, { publisher, lang: 'de' }).length;
};

run(article(10_000)); // warm up: compile the regexes, build the name index
let base = 0;
for (const size of [10_000, 100_000, 1_000_000]) {
  const text = article(size);
  const reps = Math.max(2, Math.round(4_000_000 / size));
  let found = 0;
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) found = run(text);
  const perChar = ((performance.now() - t0) / reps / size) * 1e6; // ns per character
  base ||= perChar;
  console.log(
    `${(size / 1000).toFixed(0).padStart(5)} kB: ${perChar.toFixed(1)} ns/char (ratio to 10 kB ${(perChar / base).toFixed(2)}), ${found} mentions, ${reps} runs`,
  );
}
