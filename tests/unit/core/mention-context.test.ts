/**
 * Evidence for names the directory marks as needing context, report phrases of
 * German noun style, and lines that name an outlet without citing it (a
 * broadcaster's programme note, the publisher's advertisement for itself).
 * German and English sentence shapes; a small directory built here.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze-text';
import { createDirectory } from '../../../src/outlets';
import { markedOutlet } from './helpers';

const o = markedOutlet;

const dir = createDirectory([
  // only the form with the article is marked: "BBC" itself names the broadcaster
  o('bbc', 'BBC', ['BBC News', 'The BBC'], 'GB', 'public-broadcaster', ['en'], ['The BBC']),
  o('star', 'Daily Star', ['Daily Star Sunday'], 'GB', 'newspaper', ['en'], ['Daily Star']),
  o('fp', 'Freie Presse', [], 'DE', 'newspaper', ['de'], ['Freie Presse']),
  o('welt', 'Die Welt', ['Welt'], 'DE', 'newspaper', ['de'], ['Die Welt', 'Welt']),
  o('nymag', 'New York', ['New York magazine'], 'US', 'magazine', ['en'], ['New York']),
  o('tehran', 'Tehran Times', ['Teheran Times'], 'IR', 'state-media', ['en']),
  o('dlf', 'Deutschlandfunk', ['DLF'], 'DE', 'public-broadcaster', ['de']),
  o('jw', 'junge Welt', ['Junge Welt'], 'DE', 'newspaper', ['de']),
  o('sentinel', 'The Sentinel', ['Sentinel'], 'US', 'newspaper', ['en']),
  o('reuters', 'Reuters', [], 'GB', 'news-agency', ['en']),
]);
const cited = (text: string, lang: string, url = 'https://zeitung.example/a') =>
  analyzeText(`Titel\n${text}`, { directory: dir, url, lang }).mentions.map(
    (m) => `${m.text} = ${m.outlet}${m.self ? ' (self)' : ''}`,
  );

describe('names marked as needing context', () => {
  it('reads a name the outlet also has unmarked as written: "die BBC", "BBC-Radiosendung"', () => {
    expect(cited('Das sagte sie in der BBC-Radiosendung „Desert Island Discs“ am Sonntag.', 'de')).toEqual([
      'der BBC-Radiosendung = BBC',
    ]);
    expect(cited('Wie die BBC berichtete, ist die Brücke seit Montag gesperrt.', 'de')).toEqual([
      'die BBC berichtete = BBC',
    ]);
  });
  it('reads a foreign several-word name after an article of the copy as a name', () => {
    expect(cited('Ein neuer König werde kommen, zitierte der Daily Star einen Astrologen.', 'de')).toEqual([
      'zitierte der Daily Star = Daily Star',
    ]);
    expect(cited('Laut des Daily Star hatte er das schon 2022 vorausgesagt.', 'de')).toEqual([
      'Laut des Daily Star = Daily Star',
    ]);
    expect(cited('The mayor told the Freie Presse that the bridge would reopen in May.', 'en')).toEqual([
      'told the Freie Presse = Freie Presse',
    ]);
  });
  it("still needs evidence without such an article, in the copy's own language, or for one word", () => {
    // no article: a place, not the magazine
    expect(cited('Der Gouverneur von New York sagte am Montag, die Brücke sei sicher.', 'de')).toEqual([]);
    // the copy's language is the name's: "daily star" are English words in English copy
    expect(
      cited('The mayor said the Daily Star of the show had left early.', 'en', 'https://news.example.com/a'),
    ).toEqual([]);
    // the article is the name's own language, not the copy's: English "the" in German copy is no German grammar
    expect(cited('Er sagte the Daily Star sei das Beste gewesen.', 'de')).toEqual([]);
    // one word: "Welt" stays an everyday German word
    expect(cited('Darüber berichtet die ganze Welt seit Tagen.', 'de')).toEqual([]);
    expect(cited('The minister told Welt that the talks would go on.', 'en', 'https://news.example.com/a')).toEqual([]);
  });
});

describe('German report phrases in noun style', () => {
  it('reads "laut eines Berichts der", "nach Berichten des", "nach Schätzungen der"', () => {
    expect(cited('Die Lage ist laut eines Berichts der „Teheran Times“ angespannt.', 'de')).toEqual([
      'eines Berichts der „Teheran Times = Tehran Times',
    ]);
    expect(cited('Nach Berichten der Tehran Times wurden drei Menschen festgenommen.', 'de')).toEqual([
      'Berichten der Tehran Times = Tehran Times',
    ]);
    expect(cited('Die Armee hat nach Schätzungen des Deutschlandfunks neue Brigaden aufgestellt.', 'de')).toEqual([
      'nach Schätzungen des Deutschlandfunks = Deutschlandfunk',
    ]);
  });
  it('keeps the English phrases as they were', () => {
    expect(
      cited('The talks stalled, according to a report by Reuters on Monday.', 'en', 'https://news.example.com/a'),
    ).toEqual(['a report by Reuters = Reuters']);
  });
});

describe('lines that name an outlet without citing it', () => {
  it("skips a broadcaster's programme note under the article", () => {
    expect(
      cited('Über dieses Thema berichtete DLF am 24. März 2023 um 05:20 Uhr.', 'de', 'https://www.tagesschau.de/a'),
    ).toEqual([]);
    expect(
      cited(
        'Dieses Thema im Programm: Über dieses Thema berichtete DLF am 24. März 2023 um 05:20 Uhr.',
        'de',
        'https://www.tagesschau.de/a',
      ),
    ).toEqual([]);
    // the same verb in running text is a citation
    expect(
      cited('Darüber berichtete DLF am 24. März 2023 in den Nachrichten.', 'de', 'https://www.tagesschau.de/a'),
    ).toEqual(['berichtete DLF = Deutschlandfunk']);
  });
  it("skips the publisher's own name in its advertisement for itself", () => {
    const ad =
      '2 Wochen kostenlos testen\nHeute wie damals berichtet die Tageszeitung junge Welt über Aufrüstung und Kriegsgetrommel.\nInformieren Sie sich: Testen Sie für zwei Wochen die gedruckte Zeitung.';
    expect(cited(ad, 'de', 'https://jw.example/artikel/1')).toEqual([]);
    const en =
      'Subscribe now\nFor fifty years The Sentinel reported on the county and its people.\nGet a free trial today.';
    expect(cited(en, 'en', 'https://sentinel.example/news/1')).toEqual([]);
  });
  it("keeps the publisher's own citations in the article text, and other outlets in an advertisement", () => {
    expect(
      cited(
        'Wie die Tageszeitung junge Welt berichtet, ist die Brücke gesperrt.',
        'de',
        'https://jw.example/artikel/1',
      ),
    ).toEqual(['junge Welt berichtet = junge Welt (self)']);
    expect(
      cited('Testen Sie uns!\nLaut Reuters ist die Brücke gesperrt.', 'de', 'https://jw.example/artikel/1'),
    ).toEqual(['Laut Reuters = Reuters']);
  });
});
