import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/settings/migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../src/settings/schema';

describe('settings migrations', () => {
  it('accepts the current defaults unchanged', () => {
    expect(migrate(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('lifts version 1 settings and keeps what the user chose', () => {
    const result = migrate({ version: 1, cards: false, marks: true, offSites: ['Example.COM'] });
    expect(result).toEqual({
      ok: true,
      settings: {
        version: SETTINGS_VERSION,
        hoverCards: false,
        mentionMarks: true,
        disabledSites: ['example.com'],
        outletAdditions: [],
      },
    });
  });

  it('treats a stored object without a version as version 1', () => {
    expect(migrate({ cards: false })).toMatchObject({ ok: true, settings: { hoverCards: false, mentionMarks: true } });
  });

  it('rejects settings from a newer Source Lens with a clear message', () => {
    expect(migrate({ ...DEFAULT_SETTINGS, version: 99 })).toEqual({
      ok: false,
      error: expect.stringContaining('newer'),
    });
  });

  it('rejects invalid values and says where', () => {
    expect(migrate({ ...DEFAULT_SETTINGS, hoverCards: 'yes' })).toEqual({
      ok: false,
      error: expect.stringContaining('hoverCards'),
    });
    const badOutlet = {
      ...DEFAULT_SETTINGS,
      outletAdditions: [{ name: 'X', domain: 'x.example', country: 'Germany', type: 'newspaper' }],
    };
    expect(migrate(badOutlet)).toEqual({ ok: false, error: expect.stringContaining('country') });
    expect(migrate(null)).toEqual({ ok: false, error: 'settings are not an object' });
    expect(migrate('{"version":2}')).toMatchObject({ ok: false });
  });
});
