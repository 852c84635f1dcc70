/**
 * Settings are never lost: an interrupted, malformed, oversized or too-new
 * import keeps the old settings; every earlier stored version migrates; an
 * extension update (a new code instance over the same storage) reads the
 * user's settings and outlet additions back unchanged.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** storage.sync as the browser keeps it: JSON-cloned values, writes that can fail. */
const sync = {
  data: {} as Record<string, unknown>,
  failNext: null as Error | null,
  failGet: null as Error | null,
  writes: 0,
};
const clone = <T>(x: T): T => (x === undefined ? x : JSON.parse(JSON.stringify(x)));
const browserMock = {
  runtime: { id: 'test-extension' },
  i18n: { getMessage: (k: string) => k, getUILanguage: () => 'en' },
  storage: {
    sync: {
      get: async (keys: string | string[]) => {
        if (sync.failGet) throw sync.failGet;
        const out: Record<string, unknown> = {};
        for (const key of Array.isArray(keys) ? keys : [keys]) if (key in sync.data) out[key] = clone(sync.data[key]);
        return out;
      },
      remove: async (keys: string | string[]) => {
        for (const key of Array.isArray(keys) ? keys : [keys]) delete sync.data[key];
      },
      set: async (obj: Record<string, unknown>) => {
        if (sync.failNext) {
          const e = sync.failNext;
          sync.failNext = null;
          throw e;
        }
        sync.writes++;
        Object.assign(sync.data, clone(obj));
      },
    },
    onChanged: { addListener: () => {}, removeListener: () => {} },
  },
};
vi.mock('webextension-polyfill', () => ({ default: browserMock }));

const { loadSettings, saveSettings, updateSettings } = await import('../../../src/settings/store');
const { migrate } = await import('../../../src/settings/migrations');
const { DEFAULT_SETTINGS, SETTINGS_VERSION } = await import('../../../src/settings/schema');
const { importSettingsText } = await import('../../../src/options/components/backup-section');
const { settingsToFile } = await import('../../../src/options/settings-file');
type Settings = typeof DEFAULT_SETTINGS;

const MINE: Settings = {
  ...DEFAULT_SETTINGS,
  hoverCards: false,
  disabledSites: ['example.org', 'news.example'],
  outletAdditions: [{ name: 'Lokalblatt', domain: 'lokalblatt.de', country: 'DE', type: 'newspaper' }],
};

/** The options page's save, exactly as src/options/app.tsx writes it. */
const save = async (next: unknown) => {
  const r = await saveSettings(next);
  return r.ok ? null : r.error;
};

beforeEach(() => {
  sync.data = { settings: clone(MINE) };
  sync.failNext = null;
  sync.failGet = null;
  sync.writes = 0;
});

describe('an import that fails keeps the old settings', () => {
  const file = settingsToFile({ ...MINE, hoverCards: true, disabledSites: ['other.example'] });

  it.each([
    ['cut off half-way (interrupted download)', file.slice(0, Math.floor(file.length / 2))],
    ['cut off one byte short', file.trimEnd().slice(0, -1)],
    ['empty', ''],
    ['binary garbage', '\u0000\u0001PNG\u0000'],
    ['JSON of another app', JSON.stringify({ app: 'other', settings: MINE })],
    [
      'from a newer Source Lens',
      JSON.stringify({ app: 'source-lens', settings: { ...MINE, version: SETTINGS_VERSION + 1 } }),
    ],
    [
      'with a wrong type inside',
      JSON.stringify({ app: 'source-lens', settings: { ...MINE, disabledSites: 'example.org' } }),
    ],
    [
      'with a bad outlet',
      JSON.stringify({
        app: 'source-lens',
        settings: { ...MINE, outletAdditions: [{ name: '', domain: 'x', country: 'Deutschland', type: 'blog' }] },
      }),
    ],
    [
      'with a prototype-polluting key',
      '{"app":"source-lens","settings":{"__proto__":{"version":2,"hoverCards":true},"version":2}}',
    ],
    ['too large', `{"app":"source-lens","settings":{"x":"${'a'.repeat(3 * 1024 * 1024)}"}}`],
  ])('%s', async (_, text) => {
    const note = await importSettingsText(text, save);
    expect(note.kind).toBe('error');
    expect(sync.writes).toBe(0);
    expect(sync.data.settings).toEqual(MINE);
    expect(await loadSettings()).toEqual(MINE);
    expect(({} as Record<string, unknown>).hoverCards).toBeUndefined();
  });

  it('a write the browser refuses (quota, sync off) is an error note, not a crash, and changes nothing', async () => {
    sync.failNext = new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    const note = await importSettingsText(file, save);
    expect(note).toMatchObject({ kind: 'error', details: [expect.stringContaining('QUOTA_BYTES_PER_ITEM')] });
    expect(sync.data.settings).toEqual(MINE);
  });

  it('a good import replaces the settings as one write', async () => {
    const note = await importSettingsText(file, save);
    expect(note.kind).toBe('ok');
    expect(sync.writes).toBe(1);
    expect(sync.data.settings).toEqual({ ...MINE, hoverCards: true, disabledSites: ['other.example'] });
  });
});

describe('unreadable stored settings are never overwritten by a small change', () => {
  it.each([
    [
      'written by a newer Source Lens (another synced device)',
      { ...MINE, version: SETTINGS_VERSION + 1, newField: [1, 2, 3] },
    ],
    ['damaged', { version: SETTINGS_VERSION, hoverCards: 'maybe' }],
    ['not an object', 'settings'],
  ])('%s: defaults are shown, the stored copy stays', async (_, stored) => {
    sync.data.settings = stored;
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const r = await updateSettings((s) => ({ ...s, hoverCards: false }));
    expect(r.ok).toBe(false);
    expect(sync.writes).toBe(0);
    expect(sync.data.settings).toEqual(stored);
  });

  it('a small change still works on readable and on missing settings', async () => {
    expect((await updateSettings((s) => ({ ...s, mentionMarks: false }))).ok).toBe(true);
    expect(sync.data.settings).toEqual({ ...MINE, mentionMarks: false });
    delete sync.data.settings;
    expect((await updateSettings((s) => ({ ...s, hoverCards: false }))).ok).toBe(true);
    expect(sync.data.settings).toEqual({ ...DEFAULT_SETTINGS, hoverCards: false });
  });

  it('a failing read gives defaults for display but writes nothing', async () => {
    sync.failGet = new Error('storage unavailable');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await updateSettings((s) => ({ ...s, hoverCards: false }))).ok).toBe(false);
    sync.failGet = null;
    expect(sync.data.settings).toEqual(MINE);
  });
});

/**
 * One stored example per version that ever existed. When SETTINGS_VERSION is
 * bumped, this table must grow (the first test fails until it does).
 */
const EARLIER: Record<number, { stored: unknown[]; expect: Settings[] }> = {
  1: {
    stored: [
      { version: 1, cards: false, marks: true, offSites: ['Example.COM', 'news.example'] },
      { cards: true, marks: false }, // v1 before it stored a version
      { version: 1 }, // nothing chosen yet
    ],
    expect: [
      { ...DEFAULT_SETTINGS, hoverCards: false, mentionMarks: true, disabledSites: ['example.com', 'news.example'] },
      { ...DEFAULT_SETTINGS, hoverCards: true, mentionMarks: false },
      DEFAULT_SETTINGS,
    ],
  },
};

describe('migrations from every earlier version', () => {
  it('has examples for every version before the current one', () => {
    for (let v = 1; v < SETTINGS_VERSION; v++) expect(EARLIER[v], `settings version ${v}`).toBeDefined();
  });

  for (const [version, { stored, expect: want }] of Object.entries(EARLIER)) {
    it(`v${version} → v${SETTINGS_VERSION}: read on load, written back only on the next save`, async () => {
      for (const [i, old] of stored.entries()) {
        sync.data.settings = clone(old);
        expect(await loadSettings()).toEqual(want[i]);
        expect(sync.data.settings).toEqual(old); // loading never rewrites
        expect((await updateSettings((s) => s)).ok).toBe(true);
        expect(sync.data.settings).toEqual(want[i]);
      }
    });
  }

  it('v1 with any choices keeps every choice, and migration is idempotent', () => {
    const host = fc.constantFrom('example.com', 'News.Example.ORG', 'a-b.co.uk', 'x.de');
    fc.assert(
      fc.property(
        fc.record(
          {
            version: fc.constant(1),
            cards: fc.boolean(),
            marks: fc.boolean(),
            offSites: fc.uniqueArray(host, { maxLength: 4, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }),
          },
          { requiredKeys: ['version'] },
        ),
        (old) => {
          const r = migrate(old);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.settings.hoverCards).toBe(old.cards ?? DEFAULT_SETTINGS.hoverCards);
          expect(r.settings.mentionMarks).toBe(old.marks ?? DEFAULT_SETTINGS.mentionMarks);
          expect(r.settings.disabledSites).toEqual((old.offSites ?? []).map((h) => h.toLowerCase()));
          expect(migrate(r.settings)).toEqual(r);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('an extension update keeps the settings', () => {
  it('a fresh code instance over the same storage reads the same settings and outlet additions', async () => {
    const many: Settings = {
      ...MINE,
      outletAdditions: Array.from({ length: 40 }, (_, i) => ({
        name: `Blatt ${i}`,
        domain: `blatt${i}.de`,
        country: 'DE',
        type: 'newspaper' as const,
      })),
    };
    expect((await saveSettings(many)).ok).toBe(true);
    vi.resetModules();
    const fresh = await import('../../../src/settings/store');
    expect(fresh.loadSettings).not.toBe(loadSettings);
    expect(await fresh.loadSettings()).toEqual(many);
  });
});
