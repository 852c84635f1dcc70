/**
 * Report shapes beyond "NAME verb" and "phrase NAME" (issue 13, classes 2 and 3), German and English:
 * the medium of an appearance or an opinion piece, an apposition with its sources, a broadcaster's
 * format as a compound, "erfuhr", the dative of "teilte … mit", and full names written with their article.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze-text';
import { createDirectory } from '../../../src/outlets';
import { markedOutlet } from './helpers';

const o = markedOutlet;

const dir = createDirectory([
  o('wapo', 'The Washington Post', ['Washington Post'], 'US', 'newspaper', ['en']),
  o('wsj', 'The Wall Street Journal', ['Wall Street Journal', 'WSJ'], 'US', 'newspaper', ['en']),
  o('msnbc', 'MSNBC', [], 'US', 'broadcaster', ['en']),
  o('nyt', 'The New York Times', ['New York Times'], 'US', 'newspaper', ['en']),
  o('bi', 'Business Insider', ['Insider'], 'US', 'digital-native', ['en'], ['Insider']),
  o('guardian', 'The Guardian', ['Guardian'], 'GB', 'newspaper', ['en'], ['Guardian']),
  o('zdf', 'ZDF', [], 'DE', 'public-broadcaster', ['de']),
  o('ard', 'ARD', [], 'DE', 'public-broadcaster', ['de']),
  o('apa', 'Austria Presse Agentur', ['APA'], 'AT', 'news-agency', ['de']),
  o('dpa', 'Deutsche Presse-Agentur', ['dpa'], 'DE', 'news-agency', ['de']),
  o('tsp', 'Der Tagesspiegel', ['Tagesspiegel'], 'DE', 'newspaper', ['de']),
]);
const cited = (text: string, lang: string, url = 'https://news.example.com/a') =>
  analyzeText(`Titel\n${text}`, { directory: dir, url, lang }).mentions.map((m) => `${m.text} = ${m.outlet}`);

describe('English', () => {
  it('reads the outlet as the medium: "in an appearance on", "in an op-ed for", "reviewed by", "compiled by", "comment to"', () => {
    expect(cited('In an appearance on MSNBC, the senator said he would vote no.', 'en')).toEqual([
      'appearance on MSNBC = MSNBC',
    ]);
    expect(cited('She wrote in an op-ed for The New York Times that the deal was off.', 'en')).toEqual([
      'op-ed for The New York Times = The New York Times',
    ]);
    expect(cited('He said so, according to a transcript reviewed by Business Insider.', 'en')).toEqual([
      'reviewed by Business Insider = Business Insider',
    ]);
    expect(cited('Prices rose 3 percent, according to data compiled by The Wall Street Journal.', 'en')).toEqual([
      'compiled by The Wall Street Journal = The Wall Street Journal',
    ]);
    expect(cited('The company declined to comment to The Wall Street Journal on Monday.', 'en')).toEqual([
      'comment to The Wall Street Journal = The Wall Street Journal',
    ]);
  });
  it('reads an outlet before its sources: "The Washington Post, citing three officials, reported"', () => {
    expect(cited('The Washington Post, citing three officials, reported that the deal was off.', 'en')).toEqual([
      'The Washington Post, citing = The Washington Post',
    ]);
    expect(cited('Smith, citing three officials, said that the deal was off.', 'en')).toEqual([]);
  });
  it('reads a full name written with its article although its bare word is marked: "the Guardian reported"', () => {
    expect(cited('The deal was off, the Guardian reported on Monday.', 'en')).toEqual([
      'the Guardian reported = The Guardian',
    ]);
    expect(cited('The deal was off, Guardian reported on Monday.', 'en')).toEqual([]);
    expect(cited('An insider said the deal was off, Insider said on Monday.', 'en')).toEqual([]);
  });
});

describe('German', () => {
  it("reads a broadcaster's format as a compound, also with the programme quoted", () => {
    expect(
      cited('Wie das ZDF-Politbarometer zeigt, ist die Stimmung gekippt.', 'de', 'https://zeitung.example.de/a'),
    ).toEqual(['das ZDF-Politbarometer = ZDF']);
    expect(
      cited('Der Minister sagte im ARD-„Morgenmagazin“, er sehe keinen Anlass.', 'de', 'https://zeitung.example.de/a'),
    ).toEqual(['ARD-„Morgenmagazin = ARD']);
  });
  it('reads "erfuhr" before and after the name', () => {
    expect(cited('Das erfuhr die APA aus informierten Kreisen.', 'de', 'https://zeitung.example.at/a')).toEqual([
      'erfuhr die APA = Austria Presse Agentur',
    ]);
    expect(
      cited('Wie der Tagesspiegel erfuhr, ist der Vertrag gekündigt.', 'de', 'https://zeitung.example.de/a'),
    ).toEqual(['der Tagesspiegel erfuhr = Der Tagesspiegel']);
  });
  it('reads the dative of "teilte … mit", not after a preposition', () => {
    expect(
      cited('Das teilte die Polizei der Deutschen Presse-Agentur am Abend mit.', 'de', 'https://zeitung.example.de/a'),
    ).toEqual(['der Deutschen Presse-Agentur = Deutsche Presse-Agentur']);
    expect(cited('Das teilte die Polizei in der Stadt am Abend mit.', 'de', 'https://zeitung.example.de/a')).toEqual(
      [],
    );
  });
});
