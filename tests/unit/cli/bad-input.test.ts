/**
 * The CLI on bad input: every bad file gets one clear line on stderr, the
 * good ones are still analyzed, stdout stays valid JSON, and the exit code
 * says what happened (0 all fine, 1 some failed, 2 usage).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nodeFs, type CliFs } from '../../../src/cli/fs';
import { run } from '../../../src/cli/run';
import { FIXTURES, seedDirectory } from '../core/helpers';

const CLI_FIXTURES = join(FIXTURES, 'cli');
const GOOD = join(FIXTURES, 'article-bare.html');
const tmp = mkdtempSync(join(tmpdir(), 'sl-cli-bad-'));
const dir = seedDirectory();

async function cli(argv: string[], fs?: CliFs) {
  let out = '';
  let err = '';
  const code = await run(
    argv,
    { stdout: { write: (s) => void (out += s) }, stderr: { write: (s) => void (err += s) } },
    { directory: dir, fs },
  );
  const lines = err.split('\n').filter(Boolean);
  return { code, out, err, lines, json: () => JSON.parse(out) };
}

const write = (name: string, data: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};

describe('CLI: binary and empty files', () => {
  it.each([
    ['an image renamed .html', 'png-renamed.html', /PNG image/],
    ['a JPEG renamed .htm', 'jpeg-renamed.htm', /JPEG image/],
    ['a PDF renamed .html', 'pdf-renamed.html', /PDF document/],
    ['random bytes with NULs', 'nul-bytes.html', /binary file \(contains NUL bytes\)/],
    ['control characters without NULs', 'control-chars.txt', /binary file \(mostly control characters\)/],
    ['an empty file', 'empty.html', /empty file/],
    ['a whitespace-only file', 'whitespace.html', /empty file/],
    ['a truncated .html.gz', 'truncated.html.gz', /truncated gzip file/],
    ['a .html.gz holding nothing', 'empty.html.gz', /empty file/],
  ])('%s: one clear message, the good file still analyzed, exit 1', async (_, name, msg) => {
    const bad = join(CLI_FIXTURES, name);
    const r = await cli(['--format', 'json', bad, GOOD]);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(new RegExp(`^error: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(r.lines[0]).toMatch(msg);
    const list = r.json();
    expect(list).toHaveLength(1);
    expect(list[0].file).toBe(GOOD);
    expect(list[0].references).toHaveLength(3);
  });

  it('keeps stdout valid JSON when the only file fails', async () => {
    const r = await cli([join(CLI_FIXTURES, 'empty.html')]);
    expect(r.code).toBe(1);
    expect(r.json()).toEqual([]);
  });

  it('prints nothing on stdout for markdown and table when every file fails', async () => {
    for (const format of ['markdown', 'table']) {
      const r = await cli(['--format', format, join(CLI_FIXTURES, 'png-renamed.html')]);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
    }
  });
});

describe('CLI: charsets', () => {
  const title = async (file: string) => (await cli([file])).json().title as string;
  it('reads a German windows-1252 page that declares UTF-8', async () => {
    const r = await cli([join(CLI_FIXTURES, 'de-cp1252-declared-utf8.html')]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.json().title).toBe('Grüße aus Köln: Straßenfest für 5 €');
    expect(r.json().tags).toEqual(['Köln', 'Straßenfest']);
  });

  it('reads a UTF-8 page that declares windows-1252 (valid multi-byte UTF-8 wins)', async () => {
    expect(await title(join(CLI_FIXTURES, 'de-utf8-declared-cp1252.html'))).toBe('Grüße aus Köln: Straßenfest für 5 €');
  });

  it('reads a page with no charset at all, in either encoding', async () => {
    expect(await title(join(CLI_FIXTURES, 'de-utf8-no-charset.html'))).toBe('Grüße aus Köln: Straßenfest für 5 €');
    expect(await title(join(CLI_FIXTURES, 'de-cp1252-no-charset.html'))).toBe('Grüße aus Köln: Straßenfest für 5 €');
  });

  it('honours a declared legacy charset when the bytes are not UTF-8', async () => {
    // ISO-8859-15 0xA4 is €, windows-1252 0xA4 is ¤.
    expect(await title(join(CLI_FIXTURES, 'de-iso-8859-15.html'))).toBe('Preise in € steigen');
  });

  it('reads an unknown declared charset as windows-1252 instead of failing', async () => {
    expect(await title(join(CLI_FIXTURES, 'unknown-charset.html'))).toBe('Grüße aus Köln: Straßenfest für 5 €');
  });

  it('keeps a UTF-8 page whose last character was cut off as UTF-8', async () => {
    const bytes = readFileSync(join(CLI_FIXTURES, 'de-utf8-no-charset.html'));
    const cut = write('cut-off.html', Buffer.concat([bytes, Buffer.from('Schluss: Grü', 'utf8').subarray(0, -1)]));
    expect(await title(cut)).toBe('Grüße aus Köln: Straßenfest für 5 €');
  });

  it('maps windows-1252 0x80–0x9F to the right characters (Node decodes them as Latin-1)', async () => {
    const bytes = Buffer.from([
      0x3c, 0x70, 0x3e, 0x80, 0x84, 0x93, 0x94, 0x96, 0x85, 0x99, 0x9f, 0x81, 0x3c, 0x2f, 0x70, 0x3e,
    ]);
    const { decodeBytes } = await import('../../../src/cli/decode');
    expect(decodeBytes(bytes, { html: true })).toEqual({
      ok: true,
      encoding: 'windows-1252',
      text: '<p>€„“”–…™Ÿ\u0081</p>',
    });
  });

  it('reads windows-1252 plain text', async () => {
    const r = await cli([join(CLI_FIXTURES, 'de-cp1252.txt')]);
    expect(r.code).toBe(0);
    expect(r.json().title).toBe('Grüße aus Köln: Straßenfest für 5 €');
  });
});

describe('CLI: folders with entries it cannot read', () => {
  it('reports a dangling link, a FIFO and a folder named like a page, analyzes the rest, exits 1', async () => {
    const d = join(tmp, 'mixed');
    mkdirSync(join(d, 'sub'), { recursive: true });
    copyFileSync(GOOD, join(d, 'a.html'));
    copyFileSync(GOOD, join(d, 'sub', 'b.html'));
    symlinkSync(join(d, 'missing-target.html'), join(d, 'dangling.html'));
    execFileSync('mkfifo', [join(d, 'pipe.html')]);
    mkdirSync(join(d, 'folder.html'));
    copyFileSync(GOOD, join(d, 'folder.html', 'inside.html'));
    writeFileSync(join(d, 'notes.md'), 'not an input');
    const r = await cli([d]);
    expect(r.code).toBe(1);
    expect(r.lines.sort()).toEqual([
      `error: ${join(d, 'dangling.html')}: broken symbolic link (no such file or directory)`,
      `error: ${join(d, 'pipe.html')}: not a regular file (a device, FIFO or socket)`,
    ]);
    expect(r.json().map((x: { file: string }) => x.file)).toEqual([
      join(d, 'a.html'),
      join(d, 'folder.html', 'inside.html'),
      join(d, 'sub', 'b.html'),
    ]);
  });

  it('never blocks on a FIFO given directly', async () => {
    const fifo = join(tmp, 'direct.html');
    execFileSync('mkfifo', [fifo]);
    const r = await cli([fifo, GOOD]);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([`error: ${fifo}: not a regular file (a device, FIFO or socket)`]);
    expect(r.json()).toHaveLength(1);
  });

  it('follows a link loop only once', async () => {
    const d = join(tmp, 'loop');
    mkdirSync(d, { recursive: true });
    copyFileSync(GOOD, join(d, 'a.html'));
    symlinkSync(d, join(d, 'again'));
    const r = await cli([d]);
    expect(r.code).toBe(0);
    expect(r.json().file).toBe(join(d, 'a.html'));
  });

  // Root reads everything, so permission errors are simulated through the injected file system.
  const denying = (denied: (p: string) => boolean, code = 'EACCES'): CliFs => {
    const fail = (p: string) => {
      throw Object.assign(new Error(`${code}: operation failed, '${p}'`), { code });
    };
    return {
      stat: (p) => nodeFs.stat(p),
      readdir: (p) => (denied(p) ? fail(p) : nodeFs.readdir(p)),
      readFile: (p) => (denied(p) ? fail(p) : nodeFs.readFile(p)),
    };
  };

  it('reports unreadable files and folders (chmod 000) and still analyzes the readable ones', async () => {
    const d = join(tmp, 'perm');
    mkdirSync(join(d, 'locked'), { recursive: true });
    copyFileSync(GOOD, join(d, 'ok.html'));
    copyFileSync(GOOD, join(d, 'secret.html'));
    copyFileSync(GOOD, join(d, 'locked', 'c.html'));
    const r = await cli(
      [d],
      denying((p) => p.endsWith('secret.html') || p.endsWith('locked')),
    );
    expect(r.code).toBe(1);
    expect(r.lines.sort()).toEqual([
      `error: ${join(d, 'locked')}: cannot read folder: permission denied`,
      `error: ${join(d, 'secret.html')}: permission denied`,
    ]);
    expect(r.json().map((x: { file: string }) => x.file)).toEqual([join(d, 'ok.html')]);
  });

  it('reports an I/O error while reading as such', async () => {
    const r = await cli(
      [GOOD, join(FIXTURES, 'article.html')],
      denying((p) => p.endsWith('article.html'), 'EIO'),
    );
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([`error: ${join(FIXTURES, 'article.html')}: input/output error while reading`]);
    expect(r.json()).toHaveLength(1);
  });

  it('refuses files too large to be a page without reading them', async () => {
    const huge: CliFs = {
      ...nodeFs,
      stat: (p) => ({ ...nodeFs.stat(p), isFile: () => true, isDirectory: () => false, size: 2 ** 31 }),
      readFile: () => {
        throw new Error('must not read');
      },
    };
    const r = await cli([GOOD], huge);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(/file too large \(2048 MB; the limit is 100 MB\)/);
  });

  it('reports a folder without pages, and a missing path', async () => {
    const empty = join(tmp, 'nothing');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'readme.md'), 'x');
    const r = await cli([empty, join(tmp, 'nope.html'), GOOD]);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      `error: ${empty}: folder holds no .html, .htm, .html.gz, .txt or .warc files`,
      `error: ${join(tmp, 'nope.html')}: no such file or directory`,
    ]);
    expect(r.json()).toHaveLength(1);
  });
});

describe('CLI: exit codes and streams', () => {
  it('exits 0 and writes nothing to stderr when all files are fine', async () => {
    const gz = write('ok.html.gz', gzipSync(readFileSync(GOOD)));
    const r = await cli([GOOD, gz]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.json()).toHaveLength(2);
  });

  it.each([[[]], [['--format']], [['--format', 'xml', GOOD]], [['--nope', GOOD]], [['-x']]])(
    'exits 2 on usage error %j, nothing on stdout',
    async (argv) => {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/usage: npm run analyze/);
    },
  );

  it('warns on stderr when a page was too large to read whole, and still reports it', async () => {
    const big = write(
      'big.html',
      `<html><body><article><h1>Ein großer Artikel</h1>${`<p>${'Wort '.repeat(200_000)}</p>`.repeat(6)}</article></body></html>`,
    );
    const r = await cli([big]);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([`warning: ${big}: page too large, only its first part was analyzed`]);
    expect(r.json().status).toBe('too-large');
  });
});
