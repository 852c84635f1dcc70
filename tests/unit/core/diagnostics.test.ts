/** The debug switch: a failing guarded step keeps the page safe and, with `debug`, says which step failed and why. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze, analyzeText } from '../../../src/core';
import type { OutletDirectory } from '../../../src/outlets';
import { fixture, linkedom, SEED_URL, seedDirectory } from './helpers';

/** A directory whose name lookup throws: a credit line without a URL ("Quelle: dpa") asks it. */
const failingNames = (): OutletDirectory => ({
  ...seedDirectory(),
  byName: () => {
    throw new Error('name index broken');
  },
});

const PARA =
  'Der Bundestag hat am Freitag den Haushalt für das kommende Jahr beschlossen, nach langer Debatte im Plenum. '.repeat(
    4,
  );
const CREDITED = `<html lang="de"><head><title>Ein Titel über den Haushalt</title></head><body><article><h1>Ein Titel über den Haushalt</h1><p>${PARA}</p><p>${PARA}</p><p>Quelle: dpa</p></article></body></html>`;

afterEach(() => vi.restoreAllMocks());

describe('diagnostics', () => {
  it('lists the failing step and its error, and logs it, when the switch is on', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const r = analyze(linkedom(CREDITED), { url: SEED_URL, directory: failingNames(), debug: true });
    expect(r.diagnostics).toContainEqual({ step: 'references', message: 'name index broken' });
    expect(warn).toHaveBeenCalledWith('[source-lens] references failed:', expect.any(Error));
    // The rest of the report is still there.
    expect(r.title).toBe('Ein Titel über den Haushalt');
    expect(r.references).toEqual([]);
  });

  it('gives an empty list when every step ran', () => {
    const r = analyze(linkedom(fixture('article.html')), { url: SEED_URL, directory: seedDirectory(), debug: true });
    expect(r.diagnostics).toEqual([]);
  });

  it('stays silent and adds no field without the switch', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const r = analyze(linkedom(CREDITED), { url: SEED_URL, directory: failingNames() });
    expect(r).not.toHaveProperty('diagnostics');
    expect(warn).not.toHaveBeenCalled();
  });

  it('works for plain text too', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const r = analyzeText(`Ein Titel über den Haushalt\n\n${PARA}\n\nQuelle: dpa`, {
      directory: failingNames(),
      debug: true,
    });
    expect(r.diagnostics?.map((d) => d.step)).toContain('references');
  });
});
