/** Shared test setup: parsers and a small outlet directory beyond the four seed outlets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { createDirectory, type Outlet } from '../../../src/outlets';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

export const linkedom = (html: string): Document => parseHTML(html).document;
// jsdom ships no types and @types/jsdom is not a dependency: type the one constructor used here.
type JsdomCtor = new (html: string, opts: { url: string }) => { window: Window };
// @ts-expect-error -- untyped module
const { JSDOM } = (await import('jsdom')) as { JSDOM: JsdomCtor };
export const jsdom = (html: string, url = 'https://example.test/'): Document =>
  new JSDOM(html, { url }).window.document;

const o = (
  id: string,
  name: string,
  aliases: string[],
  domains: string[],
  country: string,
  type: Outlet['type'],
): Outlet => ({ id, name, aliases, domains, country, languages: [], type, owner: null });

export const SEED_OUTLETS: Outlet[] = [
  o('aljazeera', 'Al Jazeera', ['Al-Jazeera', 'Aljazeera'], ['aljazeera.com', 'aljazeera.net'], 'QA', 'broadcaster'),
  o('newsweek', 'Newsweek', [], ['newsweek.com'], 'US', 'magazine'),
  o('nytimes', 'The New York Times', ['New York Times', 'NYT', 'NY Times'], ['nytimes.com'], 'US', 'newspaper'),
  o('reuters', 'Reuters', [], ['reuters.com'], 'GB', 'news-agency'),
];
export const EXTRA_OUTLETS: Outlet[] = [
  o('dpa', 'dpa', ['Deutsche Presse-Agentur'], ['dpa.com'], 'DE', 'news-agency'),
  o('afp', 'AFP', ['Agence France-Presse'], ['afp.com'], 'FR', 'news-agency'),
  o('spiegel', 'Der Spiegel', ['Spiegel', 'Spiegel Online'], ['spiegel.de'], 'DE', 'magazine'),
  o('bbc', 'BBC', ['BBC News'], ['bbc.co.uk', 'bbc.com'], 'GB', 'public-broadcaster'),
  o('tagesschau', 'tagesschau', ['Tagesschau'], ['tagesschau.de'], 'DE', 'public-broadcaster'),
];

/** The seed directory (what expected.json is written against). */
export const seedDirectory = () => createDirectory(SEED_OUTLETS);
export const testDirectory = () => createDirectory([...SEED_OUTLETS, ...EXTRA_OUTLETS]);

export const SEED_URL = 'https://nachrichten.example/politik/iran-und-russland-historischer-militaerpakt';

/** An outlet row for a small test directory: its own languages, and the names it marks as needing context. */
export const markedOutlet = (
  id: string,
  name: string,
  aliases: string[],
  country: string,
  type: Outlet['type'],
  languages: string[],
  needsContext?: string[],
): Outlet & { needsContext?: string[] } => ({
  id,
  name,
  aliases,
  domains: [`${id}.example`],
  country,
  languages,
  type,
  owner: null,
  ...(needsContext ? { needsContext } : {}),
});
