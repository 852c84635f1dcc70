import { describe, expect, it, vi } from 'vitest';
import { browserMock } from '../browser-mock';

vi.mock('webextension-polyfill', () => ({ default: browserMock }));

const { parseSettingsFile, settingsToFile } = await import('../../../src/options/settings-file');
const { parseSite } = await import('../../../src/outlets/sites');
const { importSettingsText } = await import('../../../src/options/components/backup-section');
const { migrate } = await import('../../../src/settings/migrations');
const { DEFAULT_SETTINGS } = await import('../../../src/settings/schema');

const sample = {
  ...DEFAULT_SETTINGS,
  mentionMarks: false,
  disabledSites: ['example.org'],
  outletAdditions: [{ name: 'Lokalblatt', domain: 'lokalblatt.de', country: 'DE', type: 'newspaper' as const }],
};

/** The options page's save: validate like saveSettings, keep the old value when invalid. */
function fakeStore(initial: unknown) {
  const store = { value: initial };
  const save = async (next: unknown) => {
    const r = migrate(next);
    if (!r.ok) return r.error;
    store.value = r.settings;
    return null;
  };
  return { store, save };
}

describe('settings file', () => {
  it('round-trips through export and import', async () => {
    const text = settingsToFile(sample, new Date('2025-01-19T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      app: 'source-lens',
      exportedAt: '2025-01-19T00:00:00.000Z',
      settings: sample,
    });
    const { store, save } = fakeStore(DEFAULT_SETTINGS);
    const note = await importSettingsText(text, save);
    expect(note).toEqual({ kind: 'ok', text: 'Settings imported.' });
    expect(store.value).toEqual(sample);
  });

  it('imports an old (v1) file through the migrations', async () => {
    const { store, save } = fakeStore(DEFAULT_SETTINGS);
    const text = JSON.stringify({
      app: 'source-lens',
      settings: { version: 1, cards: false, marks: true, offSites: ['a.example'] },
    });
    expect((await importSettingsText(text, save)).kind).toBe('ok');
    expect(store.value).toMatchObject({ version: 2, hoverCards: false, disabledSites: ['a.example'] });
  });

  it.each([
    ['not JSON', '{oops', 'The file is not valid JSON.'],
    ['someone else’s JSON', '{"hello": 1}', 'This is not a Source Lens settings file.'],
    ['an array', '[]', 'This is not a Source Lens settings file.'],
    [
      'a wrong type inside',
      JSON.stringify({ app: 'source-lens', settings: { ...sample, hoverCards: 'yes' } }),
      'hoverCards',
    ],
    [
      'a bad host',
      JSON.stringify({ app: 'source-lens', settings: { ...sample, disabledSites: ['not a host'] } }),
      'disabledSites',
    ],
    ['a newer version', JSON.stringify({ app: 'source-lens', settings: { ...sample, version: 99 } }), 'newer'],
  ])('rejects %s with a clear message and keeps the current settings', async (_, text, detail) => {
    const { store, save } = fakeStore(sample);
    const note = await importSettingsText(text, save);
    expect(note.kind).toBe('error');
    expect(note.text).toBe('This file was not imported. Your settings are unchanged.');
    expect(note.details!.join(' ')).toContain(detail);
    expect(store.value).toBe(sample);
  });

  it('recognises only its own files', () => {
    expect(parseSettingsFile(JSON.stringify({ app: 'other', settings: {} }))).toMatchObject({
      ok: false,
      reason: 'not-ours',
    });
    expect(parseSettingsFile('x'.repeat(3 * 1024 * 1024))).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('normalizes sites the user types', () => {
    expect(parseSite('https://www.Example.com/path?q=1')).toBe('example.com');
    expect(parseSite(' news.example.co.uk ')).toBe('news.example.co.uk');
    expect(parseSite('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(parseSite('not a host')).toBeNull();
    expect(parseSite('localhost')).toBeNull();
  });
});
