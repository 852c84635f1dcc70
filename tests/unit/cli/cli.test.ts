import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run';
import { decodeBytes } from '../../../src/cli/decode';
import { FIXTURES, fixture, seedDirectory } from '../core/helpers';

const tmp = mkdtempSync(join(tmpdir(), 'sl-cli-'));
const cli = async (...argv: string[]) => {
  let out = '';
  let err = '';
  const code = await run(
    argv,
    { stdout: { write: (s) => void (out += s) }, stderr: { write: (s) => void (err += s) } },
    { directory: seedDirectory() },
  );
  return { code, out, err };
};

describe('CLI', () => {
  it('prints one JSON report for one file', async () => {
    const { code, out, err } = await cli(join(FIXTURES, 'article.html'));
    expect(code).toBe(0);
    expect(err).toBe('');
    const r = JSON.parse(out);
    expect(r).toMatchObject({
      isArticle: true,
      lang: 'de',
      tags: ['Russland', 'Türkei', 'York'],
      declaredTotals: { web: 15, social: 194, forums: 38 },
    });
    for (const o of r.outlets) expect(Object.keys(o)).toEqual(expect.arrayContaining(['name', 'domain', 'category']));
  });

  it('reports a missing file, exits 1, and still analyses the others', async () => {
    const { code, out, err } = await cli(
      '--format',
      'json',
      join(FIXTURES, 'seed.txt'),
      join(tmp, 'missing.html'),
      join(FIXTURES, 'article-bare.html'),
    );
    expect(code).toBe(1);
    expect(err).toMatch(/missing\.html: no such file/);
    const list = JSON.parse(out);
    expect(list).toHaveLength(2);
    expect(list.map((r: { references: unknown[] }) => r.references.length)).toEqual([3, 3]);
  });

  it('reads .html.gz, .txt and windows-1252 pages', async () => {
    writeFileSync(join(tmp, 'seed.html.gz'), gzipSync(fixture('article.html')));
    const latin = Buffer.from(
      '<html><head><meta charset="utf-8"><title>Grüße aus Köln</title></head><body><p>Straße</p></body></html>',
      'latin1',
    );
    writeFileSync(join(tmp, 'latin.html'), latin);
    const gz = JSON.parse((await cli(join(tmp, 'seed.html.gz'))).out);
    expect(gz.mentions).toHaveLength(3);
    const txt = JSON.parse((await cli(join(FIXTURES, 'seed.txt'))).out);
    expect(txt.title).toBe('Iran und Russland: Historischer Militärpakt gegen den Westen unterzeichnet!');
    const cp = JSON.parse((await cli(join(tmp, 'latin.html'))).out);
    expect(cp.title).toBe('Grüße aus Köln');
  });

  it('rejects binary and empty files with a clear message', async () => {
    writeFileSync(join(tmp, 'bin.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    writeFileSync(join(tmp, 'empty.html'), '');
    const { code, err, out } = await cli(join(tmp, 'bin.html'), join(tmp, 'empty.html'));
    expect(code).toBe(1);
    expect(err).toMatch(/bin\.html: binary file/);
    expect(err).toMatch(/empty\.html: empty file/);
    expect(JSON.parse(out)).toEqual([]);
  });

  it('walks folders, shows progress on stderr only, keeps stdout clean JSON', async () => {
    const d = join(tmp, 'many');
    mkdirSync(d, { recursive: true });
    for (let i = 0; i < 7; i++) copyFileSync(join(FIXTURES, 'article-bare.html'), join(d, `p${i}.html`));
    writeFileSync(join(d, 'notes.md'), 'ignored');
    const { code, out, err } = await cli(d);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(7);
    expect(err).toMatch(/progress: 7\/7/);
  });

  it('prints markdown and table formats', async () => {
    const md = await cli('--format', 'markdown', join(FIXTURES, 'article.html'));
    expect(md.out).toMatch(/^## Iran und Russland/);
    expect(md.out).toMatch(/“Al Jazeera berichtet” → Al Jazeera \(Referenz 1\)/);
    const table = await cli('--format=table', join(FIXTURES, 'article.html'), join(FIXTURES, 'seed.txt'));
    expect(table.out.split('\n')[0]).toMatch(/^file\s+article\s+conf/);
  });

  it('exits 2 on usage errors', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('--format', 'xml', 'a.html')).code).toBe(2);
    expect((await cli('--bogus', 'a.html')).code).toBe(2);
  });
});

describe('decodeBytes', () => {
  it('falls back to windows-1252 when declared UTF-8 is invalid', () => {
    const r = decodeBytes(Buffer.from('<meta charset="utf-8"><p>\xe9t\xe9</p>', 'latin1'), { html: true });
    expect(r).toMatchObject({ ok: true, text: '<meta charset="utf-8"><p>été</p>' });
  });
  it('honours BOMs and declared legacy charsets', () => {
    expect(decodeBytes(Buffer.from('\ufeffÄ', 'utf16le'), { html: true })).toMatchObject({ ok: true, text: 'Ä' });
    const iso = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">'),
      Buffer.from([0xa4]),
    ]);
    expect(decodeBytes(iso, { html: true })).toMatchObject({ ok: true, encoding: 'iso-8859-15' });
  });
});
