import { beforeEach, describe, expect, it, vi } from 'vitest';

/** storage.sync with Chrome's quotas: 8,192 bytes per item (key + JSON), 102,400 in all. */
const store: Record<string, unknown> = {};
const bytes = (k: string, v: unknown) => new TextEncoder().encode(k + JSON.stringify(v)).length;
const sync = {
  get: async (keys: string | string[]) => {
    const out: Record<string, unknown> = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) if (k in store) out[k] = JSON.parse(JSON.stringify(store[k]));
    return out;
  },
  set: async (items: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(items))
      if (bytes(k, v) > 8_192) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded (${k})`);
    const next = { ...store, ...items };
    if (Object.entries(next).reduce((n, [k, v]) => n + bytes(k, v), 0) > 102_400)
      throw new Error('QUOTA_BYTES quota exceeded');
    Object.assign(store, JSON.parse(JSON.stringify(items)));
  },
  remove: async (keys: string | string[]) => {
    for (const k of Array.isArray(keys) ? keys : [keys]) delete store[k];
  },
};
vi.mock('webextension-polyfill', () => ({
  default: { storage: { sync, onChanged: { addListener() {}, removeListener() {} } }, runtime: { id: 'x' } },
}));

const { readRecord, writeRecord, toItems, fromItems } = await import('../../../src/settings/sync-record');
const { loadSettings, saveSettings } = await import('../../../src/settings/store');
const { readDisabledSites } = await import('../../../src/settings/site-switch');
const { DEFAULT_SETTINGS } = await import('../../../src/settings/schema');

beforeEach(() => {
  for (const k of Object.keys(store)) delete store[k];
});

const outlets = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `Regionalzeitung Nummer ${i} – Ölmühle`,
    domain: `zeitung-${i}.example.de`,
    country: 'DE',
    type: 'newspaper' as const,
  }));

describe('settings larger than one storage.sync item', () => {
  it('keeps small settings in one plain item, as before', () => {
    expect(toItems('settings', DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('saves and reads back 500 outlet additions and 1,000 sites within Chrome quotas', async () => {
    const big = {
      ...DEFAULT_SETTINGS,
      outletAdditions: outlets(500),
      disabledSites: Array.from({ length: 1_000 }, (_, i) => `s${i}.example`),
    };
    expect(await saveSettings(big)).toMatchObject({ ok: true });
    expect(Object.keys(store).length).toBeGreaterThan(2);
    expect(await loadSettings()).toEqual(big);
    expect(await readDisabledSites()).toHaveLength(1_000);
  });

  it('removes chunks left over when the settings shrink', async () => {
    await writeRecord('settings', { ...DEFAULT_SETTINGS, outletAdditions: outlets(300) });
    await writeRecord('settings', DEFAULT_SETTINGS);
    expect(Object.keys(store)).toEqual(['settings']);
    expect(await readRecord('settings')).toEqual(DEFAULT_SETTINGS);
  });

  it('treats missing or damaged chunks as unreadable, never as other settings', () => {
    const items = toItems('settings', { ...DEFAULT_SETTINGS, outletAdditions: outlets(200) });
    delete items['settings#2'];
    expect(fromItems('settings', items)).toBeNull();
    expect(fromItems('settings', { settings: { __chunks: 1 }, 'settings#1': '{"broken' })).toBeNull();
    expect(fromItems('settings', {})).toBeUndefined();
  });

  it('rejects more than the quota can hold with a clear message and keeps what was stored', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, hoverCards: false });
    const r = await saveSettings({ ...DEFAULT_SETTINGS, outletAdditions: outlets(501) });
    expect(r).toEqual({ ok: false, error: expect.stringContaining('500') });
    expect((await loadSettings()).hoverCards).toBe(false);
  });
});
