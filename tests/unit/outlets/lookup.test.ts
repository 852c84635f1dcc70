import { describe, expect, it } from 'vitest';
import { createBuiltinDirectory } from '../../../src/outlets/builtin';
import { createDirectory, loadDirectory } from '../../../src/outlets';
import { SEED_OUTLETS } from '../core/helpers';

const dir = createBuiltinDirectory();
const id = (o: { id: string } | null) => o?.id ?? null;

describe('byDomain', () => {
  it.each([
    ['edition.cnn.com', 'cnn'],
    ['https://m.bbc.co.uk/news/world-123', 'bbc'],
    ['https://www.bbc.com/news', 'bbc'],
    ['bbc.co.uk', 'bbc'],
    ['https://www.nytimes.com/2024/01/01/world/x.html', 'nytimes'],
    ['https://amp.theguardian.com/world/2024/jan/01/x', 'guardian'],
    ['https://www-theguardian-com.cdn.ampproject.org/c/s/www.theguardian.com/world/2024/x', 'guardian'],
    ['https://www-n--tv-de.cdn.ampproject.org/', 'n-tv'],
    ['https://www.google.com/amp/s/www.spiegel.de/politik/a-123.amp', 'spiegel'],
    ['https://mobile.reuters.com/article/x', 'reuters'],
    ['//www.faz.net/aktuell/', 'faz'],
    ['WWW.SUEDDEUTSCHE.DE', 'sueddeutsche'],
    ['https://faktencheck.afp.com/x', 'afp-factcheck'],
    ['https://www.afp.com/en', 'afp'],
    ['de.euronews.com', 'euronews'],
    ['https://www.google.com/url?q=https%3A%2F%2Fwww.zeit.de%2Fx&sa=D', 'zeit'],
  ])('%s -> %s', (input, expected) => {
    expect(id(dir.byDomain(input))).toBe(expected);
  });

  it('returns null for unknown, invalid and non-web input', () => {
    expect(dir.byDomain('example.org')).toBeNull();
    expect(dir.byDomain('')).toBeNull();
    expect(dir.byDomain('mailto:x@spiegel.de')).toBeNull();
    expect(dir.byDomain('https://192.168.0.1/')).toBeNull();
  });
});

describe('byName', () => {
  it.each([
    ['die New York Times', 'nytimes'],
    ['The New York Times', 'nytimes'],
    ['NYT', 'nytimes'],
    ['FAZ', 'faz'],
    ['F.A.Z.', 'faz'],
    ['SZ', 'sueddeutsche'],
    ['Süddeutsche', 'sueddeutsche'],
    ['Sueddeutsche Zeitung', 'sueddeutsche'],
    ['suddeutsche zeitung', 'sueddeutsche'],
    ['dpa', 'dpa'],
    ['AFP', 'afp'],
    ['AP', 'associated-press'],
    ['Le Monde', 'le-monde'],
    ['le monde', 'le-monde'],
    ['LE MONDE', 'le-monde'],
    ['Monde', 'le-monde'],
    ["L'Équipe", 'l-equipe'],
    ['l equipe', 'l-equipe'],
    ['El País', 'el-pais'],
    ['el pais', 'el-pais'],
    ['der Spiegel', 'spiegel'],
    ['Spiegel', 'spiegel'],
    ['n-tv', 'n-tv'],
    ['ntv', 'n-tv'],
    ['Die Welt', 'welt'],
    ['Neue Zürcher Zeitung', 'nzz'],
    ['netzpolitik.org', 'netzpolitik'],
    ['spiegel.de', 'spiegel'],
    ['Der Standard', 'derstandard'],
  ])('%s -> %s', (input, expected) => {
    expect(id(dir.byName(input))).toBe(expected);
  });

  it('keeps names apart that meet only without their article, and finds nothing for the ambiguous rest', () => {
    expect(id(dir.byName('Die Presse'))).toBe('diepresse');
    expect(dir.byName('Presse')).toBeNull();
    expect(dir.byName('')).toBeNull();
    expect(dir.byName('Nonexistent Gazette of Nowhere')).toBeNull();
  });
});

// One outlet a well-read person would name, per continent: by domain and by name.
describe('a well-known outlet on every continent', () => {
  it.each([
    ['Europe', 'lemonde.fr', 'Le Monde'],
    ['Europe', 'bbc.co.uk', 'BBC'],
    ['North America', 'washingtonpost.com', 'The Washington Post'],
    ['South America', 'folha.uol.com.br', 'Folha de S.Paulo'],
    ['Asia', 'asahi.com', 'Asahi Shimbun'],
    ['Asia', 'timesofindia.indiatimes.com', 'Times of India'],
    ['Middle East', 'haaretz.com', 'Haaretz'],
    ['Africa', 'dailymaverick.co.za', 'Daily Maverick'],
    ['Oceania', 'smh.com.au', 'The Sydney Morning Herald'],
  ])('%s: %s / %s', (_continent, domain, name) => {
    const byDomain = dir.byDomain(domain);
    expect(byDomain).not.toBeNull();
    expect(dir.byName(name)?.id).toBe(byDomain!.id);
  });
});

describe('classify', () => {
  it('marks outlets as news with the registrable domain', () => {
    const c = dir.classify('https://edition.cnn.com/2024/world');
    expect(c).toMatchObject({ domain: 'cnn.com', host: 'edition.cnn.com', category: 'news', shortener: false });
    expect(c.outlet?.id).toBe('cnn');
  });

  it('marks shorteners, and still names the outlet of a branded one', () => {
    expect(dir.classify('https://bit.ly/3abc')).toMatchObject({ shortener: true, category: 'other', outlet: null });
    const bbc = dir.classify('https://bbc.in/3abc');
    expect(bbc.shortener).toBe(true);
    expect(bbc.outlet?.id).toBe('bbc');
  });

  it('returns an empty classification for invalid input', () => {
    expect(dir.classify('javascript:alert(1)')).toEqual({
      domain: null,
      host: null,
      category: 'other',
      outlet: null,
      platform: null,
      shortener: false,
    });
  });
});

describe('loading', () => {
  it('loadDirectory resolves the full data once and honours additions', async () => {
    const a = await loadDirectory();
    expect(a.size).toBeGreaterThan(1500);
    const b = await loadDirectory([{ name: 'Mein Blatt', domain: 'example.org', country: 'DE', type: 'newspaper' }]);
    expect(b.byDomain('example.org')?.name).toBe('Mein Blatt');
    expect(a.byDomain('example.org')).toBeNull();
  });

  it('createDirectory keeps working with explicit outlets', () => {
    const d = createDirectory(SEED_OUTLETS);
    expect(d.byName('NYT')?.id).toBe('nytimes');
  });
});
