import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OUTLET_TYPES } from '../../../src/core/types';
import { createBuiltinDirectory } from '../../../src/outlets/builtin';
import {
  parseUserOutletsCsv,
  parseUserOutletsJson,
  toCsv,
  toJson,
  upsertUserOutlet,
} from '../../../src/outlets/user-outlets';
import type { UserOutlet } from '../../../src/outlets/types';

const mine: UserOutlet[] = [
  { name: 'Lokalblatt Musterstadt', domain: 'lokalblatt-musterstadt.de', country: 'DE', type: 'newspaper' },
  { name: 'Spiegel (my label)', domain: 'spiegel.de', country: 'DE', type: 'digital-native' },
];

describe('user additions in lookups', () => {
  const dir = createBuiltinDirectory(mine);

  it('adds new outlets, found by domain, subdomain and name', () => {
    expect(dir.byDomain('https://www.lokalblatt-musterstadt.de/x')?.name).toBe('Lokalblatt Musterstadt');
    expect(dir.byDomain('m.lokalblatt-musterstadt.de')?.user).toBe(true);
    expect(dir.byName('lokalblatt musterstadt')?.domains).toEqual(['lokalblatt-musterstadt.de']);
    expect(dir.classify('https://lokalblatt-musterstadt.de/a').category).toBe('news');
  });

  it('overrides a built-in outlet by domain, keeping its languages', () => {
    const o = dir.byDomain('https://www.spiegel.de/politik/')!;
    expect(o).toMatchObject({
      name: 'Spiegel (my label)',
      type: 'digital-native',
      user: true,
      languages: ['de', 'en'],
    });
    expect(dir.classify('https://www.spiegel.de/').outlet?.user).toBe(true);
    // Other domains of the built-in outlet are untouched.
    expect(dir.byDomain('spon.de')?.id).toBe('spiegel');
  });
});

describe('import and export', () => {
  it('round-trips JSON and CSV', () => {
    expect(parseUserOutletsJson(toJson(mine))).toEqual({ ok: true, outlets: mine });
    expect(parseUserOutletsCsv(toCsv(mine))).toEqual({ ok: true, outlets: mine });
  });

  it('exports names a spreadsheet would run as formulas guarded, and imports them back exactly', () => {
    const list: UserOutlet[] = [
      { name: '=Standard', domain: 'derstandard.at', country: 'AT', type: 'newspaper' },
      { name: '+Plus', domain: 'plus.example.com', country: 'DE', type: 'magazine' },
      { name: "'=quoted already", domain: 'q.example.com', country: 'DE', type: 'aggregator' },
      { name: "It's -1", domain: 'its.example.com', country: 'GB', type: 'aggregator' },
    ];
    const csv = toCsv(list);
    const names = csv
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split('","')[0]);
    expect(names).toEqual([`"'=Standard`, `"'+Plus`, `"''=quoted already`, `"It's -1`]);
    expect(parseUserOutletsCsv(csv)).toEqual({ ok: true, outlets: list });
  });

  it('round-trips any valid list through CSV (names with commas, quotes, accents, formula signs)', () => {
    const outlet = fc.record({
      name: fc
        .tuple(fc.constantFrom('', '=', '+', '-', '@', "'", "'=", "''@"), fc.string({ maxLength: 40 }))
        .map(([head, rest]) => head + rest)
        .filter((s) => s.trim() === s && s.length > 0),
      domain: fc.constantFrom('a.de', 'b.co.uk', 'news.example.com', 'zeitung.at'),
      country: fc.constantFrom('DE', 'GB', 'FR', 'BR'),
      type: fc.constantFrom(...OUTLET_TYPES),
    });
    fc.assert(
      fc.property(fc.uniqueArray(outlet, { selector: (o) => o.domain, maxLength: 4 }), (list) => {
        expect(parseUserOutletsCsv(toCsv(list))).toEqual({ ok: true, outlets: list });
        expect(parseUserOutletsJson(toJson(list))).toEqual({ ok: true, outlets: list });
      }),
    );
  });

  it('normalises what people paste', () => {
    const r = parseUserOutletsCsv(
      'Domain,Name,Type,Country\nhttps://WWW.Example.org/news, Example News ,Newspaper,de\n',
    );
    expect(r).toEqual({
      ok: true,
      outlets: [{ name: 'Example News', domain: 'example.org', country: 'DE', type: 'newspaper' }],
    });
    expect(parseUserOutletsJson('{"outlets":[{"name":"X","domain":"x.fr","country":"fr","type":"magazine"}]}').ok).toBe(
      true,
    );
  });

  it('rejects invalid imports with a clear message naming the place', () => {
    const bad = parseUserOutletsJson('[{"name":"","domain":"not a domain","country":"XX","type":"blog"}]');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors).toContain('item 1 (name): name is empty');
      expect(bad.errors.some((e) => e.startsWith('item 1 (domain): domain is not a registrable'))).toBe(true);
      expect(bad.errors.some((e) => e.startsWith('item 1 (country): country must be an ISO 3166-1'))).toBe(true);
      expect(bad.errors.some((e) => e.startsWith('item 1 (type): type must be one of'))).toBe(true);
    }
    expect(parseUserOutletsJson('{oops')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^not valid JSON/)],
    });
    expect(parseUserOutletsJson('{"a":1}')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/expected a JSON array/)],
    });
    expect(parseUserOutletsCsv('name,domain\nA,a.de\n')).toEqual({
      ok: false,
      errors: ['line 1: the header lacks the column(s) country, type'],
    });
    expect(parseUserOutletsCsv('name,domain,country,type\n"A,a.de,DE,newspaper\n')).toMatchObject({ ok: false });
    const dup = parseUserOutletsCsv('name,domain,country,type\nA,a.de,DE,newspaper\nB,www.a.de,DE,magazine\n');
    expect(dup).toEqual({ ok: false, errors: ['line 3: domain a.de already given at line 2'] });
  });

  it('upserts by domain', () => {
    const list = upsertUserOutlet(mine, { name: 'New', domain: 'spiegel.de', country: 'DE', type: 'magazine' });
    expect(list).toHaveLength(2);
    expect(list.find((o) => o.domain === 'spiegel.de')?.name).toBe('New');
  });
});
