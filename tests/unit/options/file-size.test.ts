import { describe, expect, it, vi } from 'vitest';
import { browserMock } from '../browser-mock';

vi.mock('webextension-polyfill', () => ({ default: browserMock }));

const { importSettingsFile } = await import('../../../src/options/components/backup-section');

/** A File-like whose text() must never be called: the size alone decides. */
const hugeFile = (size: number) =>
  ({ size, name: 'big.json', type: 'application/json', text: vi.fn(async () => '{}') }) as unknown as File & {
    text: ReturnType<typeof vi.fn>;
  };

describe('file size is checked before a file is read', () => {
  it('a 3 MB settings file is "too large", not "not a Source Lens settings file", and is never read', async () => {
    const file = hugeFile(3 * 1024 * 1024);
    const save = vi.fn(async () => null);
    const note = await importSettingsFile(file, save);
    expect(note.kind).toBe('error');
    expect(note.details?.join(' ')).toContain('too large: at most 2 MB');
    expect(note.details?.join(' ')).not.toMatch(/not a Source Lens/i);
    expect(file.text).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
  });
});
