import { describe, expect, it } from 'vitest';
import { createDirectory, type Outlet } from '../../../src/outlets';
import { foldName, isArticle, leadingArticle, looseKey } from '../../../src/outlets/names';

const outlet = (id: string, name: string, languages: string[], aliases: string[] = []): Outlet => ({
  id,
  name,
  aliases,
  domains: [`${id}.example`],
  country: 'US',
  languages,
  type: 'newspaper',
  owner: null,
});

describe('foldName', () => {
  it('folds case, accents, punctuation and the letters NFD keeps (ß, æ, ø)', () => {
    expect(foldName("L'Équipe")).toBe('l equipe');
    expect(foldName('Süddeutsche Zeitung')).toBe('suddeutsche zeitung');
    expect(foldName('Straßen-Blatt')).toBe('strassen blatt');
    expect(foldName('Ærø Avis')).toBe('aero avis');
  });
});

describe('articles by language', () => {
  it.each([
    ['de', 'der'],
    ['de', 'die'],
    ['de', 'das'],
    ['en', 'the'],
    ['fr', 'les'],
    ['fr', 'l'],
    ['es', 'los'],
    ['es', 'las'],
    ['it', 'il'],
    ['it', 'gli'],
    ['it', 'i'],
    ['it', 'lo'],
    ['nl', 'de'],
    ['nl', 'het'],
    ['pt', 'o'],
    ['pt', 'os'],
    ['pt', 'as'],
  ])('%s: "%s" is an article', (lang, word) => {
    expect(isArticle(word, [lang])).toBe(true);
  });

  it.each([
    ['en', 'i'],
    ['en', 'la'],
    ['de', 'the'],
    ['en', 'as'],
    ['en', 'a'],
    ['fr', 'het'],
  ])('%s: "%s" is not', (lang, word) => {
    expect(isArticle(word, [lang])).toBe(false);
  });

  it('drops an article only for the language it belongs to', () => {
    expect(looseKey('La Repubblica', ['it'])).toBe('repubblica');
    expect(looseKey('La Repubblica', ['en'])).toBe('larepubblica');
    expect(looseKey('Die Zeit', ['de'])).toBe('zeit');
    expect(looseKey('De Telegraaf', ['nl'])).toBe('telegraaf');
    expect(looseKey('O Globo', ['pt'])).toBe('globo');
    expect(looseKey("L'Équipe", ['fr'])).toBe('equipe');
    expect(looseKey('i Paper', ['en'])).toBe('ipaper');
  });

  it('keeps an article-shaped abbreviation in capitals ("LA Times"), not a name in capitals ("DIE ZEIT")', () => {
    expect(leadingArticle('LA Times', ['es'])).toBe(0);
    expect(looseKey('LA Times')).toBe('latimes');
    expect(looseKey('the LA Times', ['en'])).toBe('latimes');
    expect(looseKey('DIE ZEIT', ['de'])).toBe('zeit');
    expect(leadingArticle('Die', ['de'])).toBe(0);
  });
});

describe('directory name keys', () => {
  const dir = createDirectory([
    outlet('latimes', 'Los Angeles Times', ['en'], ['LA Times']),
    outlet('times', 'The Times', ['en']),
    outlet('ipaper', 'i Paper', ['en'], ['the i Paper']),
    outlet('paper', 'Paper', ['en']),
    outlet('repubblica', 'La Repubblica', ['it']),
  ]);

  it('lists every name with its exact, bare and loose key on the interface', () => {
    expect(dir.nameKeys).toContainEqual({ exact: 'la times', bare: 'la times', loose: 'latimes' });
    expect(dir.nameKeys).toContainEqual({ exact: 'the times', bare: 'times', loose: 'times' });
    expect(dir.nameKeys).toContainEqual({ exact: 'la repubblica', bare: 'repubblica', loose: 'repubblica' });
  });

  it('finds "LA Times" and "i Paper" as themselves, not as "Times" and "Paper"', () => {
    expect(dir.byName('LA Times')?.id).toBe('latimes');
    expect(dir.byName('Times')?.id).toBe('times');
    expect(dir.byName('i Paper')?.id).toBe('ipaper');
    expect(dir.byName('the i Paper')?.id).toBe('ipaper');
    expect(dir.byName('Paper')?.id).toBe('paper');
    expect(dir.byName('Repubblica')?.id).toBe('repubblica');
  });
});
