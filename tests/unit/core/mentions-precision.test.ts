/** Mention precision: longer proper names and everyday words that happen to be outlet names. */
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../src/core/blocks';
import { findMentions } from '../../../src/core/mentions';
import { createDirectory, type Outlet } from '../../../src/outlets';
import { SEED_OUTLETS } from './helpers';

const o = (id: string, name: string, aliases: string[], domains: string[]): Outlet => ({
  id,
  name,
  aliases,
  domains,
  country: 'US',
  languages: [],
  type: 'magazine',
  owner: null,
});
const dir = createDirectory([
  ...SEED_OUTLETS,
  o('thestreet', 'TheStreet', ['The Street'], ['thestreet.com']),
  o('foreignaffairs', 'Foreign Affairs', [], ['foreignaffairs.com']),
  o('the-times', 'The Times', ['Times'], ['thetimes.co.uk']),
  o('spiegel', 'Der Spiegel', ['Spiegel'], ['spiegel.de']),
]);
const found = (text: string) => findMentions(textBlocks(text), dir, new Set()).map((f) => f.text);

describe('mention precision', () => {
  it('does not read the tail of a longer proper name as an outlet', () => {
    expect(found('Downing Street said the meeting would go ahead as planned.')).toEqual([]);
    expect(found('The Department of Foreign Affairs said it would review the case.')).toEqual([]);
  });
  it('needs an article before a name that is an everyday word in the text', () => {
    expect(found('Times said it was on the street at times, as so often.')).toEqual([]);
    expect(found('The Times said it was on the street at times, as so often.')).toEqual(['The Times said']);
  });
  it('still finds names after a sentence-initial word and with a media noun', () => {
    expect(found('Wie der Spiegel berichtet, ist das wie immer so.')).toEqual(['der Spiegel berichtet']);
    expect(found('Das Magazin Newsweek hebt hervor, dass es so ist.')).toEqual(['Newsweek hebt hervor']);
    expect(found('Yesterday Reuters reported that it rained all day yesterday.')).toEqual(['Reuters reported']);
  });
  it('does not take a domain in the text for an everyday word', () => {
    expect(found('Zuvor im Text. Newsweek hebt hervor, dass es so ist. Quelle: www.newsweek.com')).toEqual([
      'Newsweek hebt hervor',
    ]);
  });
});
