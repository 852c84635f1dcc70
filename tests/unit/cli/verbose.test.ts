/** `--verbose`: the debug switch from the command line; failing steps go to stderr and into the report. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArgs, run } from '../../../src/cli/run';
import type { OutletDirectory } from '../../../src/outlets';
import { FIXTURES, seedDirectory } from '../core/helpers';

const tmp = mkdtempSync(join(tmpdir(), 'sl-verbose-'));
const credited = join(tmp, 'credited.txt');
writeFileSync(
  credited,
  `Ein Titel über den Haushalt\n\n${'Der Bundestag hat am Freitag den Haushalt beschlossen, nach langer Debatte im Plenum. '.repeat(4)}\n\nQuelle: dpa\n`,
);

const cli = async (directory: OutletDirectory, ...argv: string[]) => {
  let out = '';
  let err = '';
  const code = await run(
    argv,
    { stdout: { write: (s) => void (out += s) }, stderr: { write: (s) => void (err += s) } },
    { directory },
  );
  return { code, out, err };
};
const failingNames = (): OutletDirectory => ({
  ...seedDirectory(),
  byName: () => {
    throw new Error('name index broken');
  },
});

afterEach(() => vi.restoreAllMocks());

describe('CLI --verbose', () => {
  it('parses the switch', () => {
    expect(parseArgs(['--verbose', 'a.html'])).toMatchObject({ format: 'json', paths: ['a.html'], verbose: true });
    expect(parseArgs(['a.html'])).toMatchObject({ format: 'json', paths: ['a.html'], verbose: false });
  });

  it('prints each failing step on stderr and keeps it in the JSON report', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { code, out, err } = await cli(failingNames(), '--verbose', credited);
    expect(code).toBe(0);
    expect(err).toContain(`diagnostics: ${credited}: references failed: name index broken`);
    expect((JSON.parse(out) as { diagnostics: unknown[] }).diagnostics).toContainEqual({
      step: 'references',
      message: 'name index broken',
    });
  });

  it('says every step ran when none failed, and prints nothing without the switch', async () => {
    const verbose = await cli(seedDirectory(), '-v', join(FIXTURES, 'article.html'));
    expect(verbose.err).toBe(`diagnostics: ${join(FIXTURES, 'article.html')}: every step ran\n`);
    const quiet = await cli(seedDirectory(), join(FIXTURES, 'article.html'));
    expect(quiet.err).toBe('');
    expect(JSON.parse(quiet.out)).not.toHaveProperty('diagnostics');
  });
});
