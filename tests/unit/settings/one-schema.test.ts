/**
 * One user-outlet schema and one site key for import, the options page and
 * storage: what one accepts the others accept, what one refuses they refuse.
 */
import { describe, expect, it, vi } from 'vitest';
import { browserMock, stored } from '../browser-mock';

vi.mock('webextension-polyfill', () => ({ default: browserMock }));

const { migrate } = await import('../../../src/settings/migrations');
const { DEFAULT_SETTINGS } = await import('../../../src/settings/schema');
const { setSiteDisabled, loadSettings } = await import('../../../src/settings/store');
const { isHostDisabled } = await import('../../../src/settings/site-switch');
const { MAX_USER_OUTLETS, parseUserOutletsJson } = await import('../../../src/outlets/user-outlets');
const { parseSite } = await import('../../../src/outlets/sites');

const outlets = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `Blatt ${i}`,
    domain: `blatt-${i}.de`,
    country: 'DE',
    type: 'newspaper',
  }));
const withOutlets = (list: unknown[]) => ({ ...DEFAULT_SETTINGS, outletAdditions: list });
const withSites = (sites: string[]) => ({ ...DEFAULT_SETTINGS, disabledSites: sites });

describe('one limit for user outlets', () => {
  it('refuses a 600-outlet import in the options page as saving would', () => {
    const imported = parseUserOutletsJson(JSON.stringify(outlets(600)));
    expect(imported).toEqual({ ok: false, errors: [expect.stringContaining(`at most ${MAX_USER_OUTLETS}`)] });
    expect(migrate(withOutlets(outlets(600)))).toEqual({
      ok: false,
      error: expect.stringContaining(`at most ${MAX_USER_OUTLETS}`),
    });
  });

  it('accepts the limit in both', () => {
    expect(parseUserOutletsJson(JSON.stringify(outlets(MAX_USER_OUTLETS))).ok).toBe(true);
    expect(migrate(withOutlets(outlets(MAX_USER_OUTLETS))).ok).toBe(true);
  });
});

describe('one user-outlet schema', () => {
  it('refuses country ZZ in import and in storage', () => {
    const zz = [{ name: 'Blatt', domain: 'blatt.de', country: 'ZZ', type: 'newspaper' }];
    expect(parseUserOutletsJson(JSON.stringify(zz)).ok).toBe(false);
    expect(migrate(withOutlets(zz)).ok).toBe(false);
    expect(migrate(withOutlets([{ ...zz[0], country: 'de' }]))).toMatchObject({
      ok: true,
      settings: { outletAdditions: [{ country: 'DE' }] },
    });
  });

  it('refuses a bare public suffix as an outlet domain in both', () => {
    const bad = [{ name: 'Blatt', domain: 'co.uk', country: 'GB', type: 'newspaper' }];
    expect(parseUserOutletsJson(JSON.stringify(bad)).ok).toBe(false);
    expect(migrate(withOutlets(bad)).ok).toBe(false);
  });
});

describe('one site key', () => {
  const long = `${'a'.repeat(100)}.com`;
  it.each(['..com', 'co.uk', long, `${'a'.repeat(300)}.com`, 'localhost', 'not a host', '-x.com'])(
    'refuses "%s" as a disabled site, typed or stored',
    (site) => {
      expect(parseSite(site)).toBeNull();
      expect(migrate(withSites([site])).ok).toBe(false);
    },
  );

  it.each([
    ['https://www.Example.com/path?q=1', 'example.com'],
    [' news.example.co.uk ', 'news.example.co.uk'],
    ['127.0.0.1:8080', '127.0.0.1'],
    ['WWW.Zeitung.DE.', 'zeitung.de'],
  ])('keys "%s" as "%s"', (input, key) => {
    expect(parseSite(input)).toBe(key);
  });

  it('turns a site off and on under its key, wherever it is asked from', async () => {
    delete stored.settings;
    await setSiteDisabled('WWW.Example.com', true);
    expect((await loadSettings()).disabledSites).toEqual(['example.com']);
    expect(isHostDisabled(['example.com'], 'news.EXAMPLE.com')).toBe(true);
    await setSiteDisabled('example.com', false);
    expect((await loadSettings()).disabledSites).toEqual([]);
  });
});
