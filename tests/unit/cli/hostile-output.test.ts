/**
 * Issue #20, the command line: what a hostile page or file name must not do
 * to the terminal, a Markdown renderer or a spreadsheet.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/cli/decode';
import { MAX_FILE_BYTES } from '../../../src/cli/fs';
import { userOutletsToCsv as userOutletsCsv } from '../../../src/outlets/user-outlets';
import { parseUserOutletsCsv } from '../../../src/outlets/user-outlets';
import { toCsv } from '../../../src/popup/export/csv';
import { mdText } from '../../../src/shared/markdown';
import { FIXTURES } from '../core/helpers';
import { seedReport } from '../popup/fixtures';
import { cli } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'sl-cli-hostile-'));
const write = (name: string, data: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};
const GOOD = join(FIXTURES, 'article-bare.html');
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const hostilePage = `<html><head><title>Title\u001b]0;pwned\u0007\u001b[2J\u009b31m</title></head><body><article>
<h1>Title</h1><p>Laut Reuters war es <img src=x onerror=alert(1)> so. ![t](https://tracker.example/p.gif) \u001b]8;;https://evil.example\u001b\\\\click\u001b]8;;\u001b\\\\</p>
<p>Quelle: <a href="https://www.reuters.com/x">Reuters \u001b[31m ![i](https://tracker.example/i.gif)</a></p></article></body></html>`;

describe('CLI: gzip bombs', () => {
  it('stops inflating at the page limit and says the data expands beyond it', () => {
    const bomb = gzipSync(Buffer.alloc(MAX_FILE_BYTES + 1024, 'a'));
    expect(bomb.length).toBeLessThan(MAX_FILE_BYTES / 100);
    const r = decodeBytes(bomb, { html: true });
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.error).toMatch(/expands beyond the limit/);
  });

  it('reports a .html.gz bomb as one error line and analyses the other files', async () => {
    const bomb = write('bomb.html.gz', gzipSync(Buffer.alloc(MAX_FILE_BYTES + 1, ' ')));
    const r = await cli(['--format', 'ndjson', bomb, GOOD]);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([`error: ${bomb}: gzip data expands beyond the limit (100 MB)`]);
    expect(r.ndjson()).toHaveLength(1);
  });
});

describe('CLI: no terminal escape sequences in human-readable output', () => {
  it('table and markdown print no control characters from the page or the file name', async () => {
    const page = write('ti\u001b]0;x\u0007tle\nname.html', hostilePage);
    for (const format of ['table', 'markdown']) {
      const r = await cli(['--format', format, page]);
      expect(r.code).toBe(0);
      expect(r.out).not.toMatch(CONTROL);
      expect(r.out).toContain('\\x1b');
    }
  });

  it('error lines on stderr show control characters in file names as escapes', async () => {
    const bad = write('bad\u001b[2J\nline.html', '');
    const r = await cli([bad, GOOD]);
    expect(r.err).not.toMatch(CONTROL);
    expect(r.lines).toEqual([`error: ${join(tmp, 'bad\\x1b[2J\\x0aline.html')}: empty file`]);
  });
});

describe('CLI: Markdown escaped as the popup export does it', () => {
  it('prints no live HTML, image or link from page text, with the shared escaping', async () => {
    const r = await cli(['--format', 'markdown', write('md.html', hostilePage)]);
    expect(r.out).not.toMatch(/<img/i);
    expect(r.out).not.toMatch(/(^|[^\\])!\[/m);
    expect(r.out).not.toMatch(/(^|[^\\])\]\(https:\/\/tracker/m);
    const mention = JSON.parse((await cli([write('md2.html', hostilePage)])).out) as { mentions: { text: string }[] };
    expect(mention.mentions.length).toBeGreaterThan(0);
    // The CLI's line is built from the very same function the popup uses.
    for (const m of mention.mentions) expect(r.out).toContain(`“${mdText(m.text)}”`);
  });
});

/** A spreadsheet that splits on ";" (German Excel), honouring quotes as RFC 4180 says. */
function semicolonCells(csv: string): string[] {
  const cells: string[] = [];
  for (const line of csv.split('\r\n')) {
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ';') {
        cells.push(cell);
        cell = '';
      } else cell += c;
    }
    cells.push(cell);
  }
  return cells;
}

describe('CSV exports: every field quoted, formulas guarded, one writer', () => {
  const FORMULA = /^[=+\-@]/;
  it('the popup CSV: "x;=1+2;y" reaches a ;-splitting spreadsheet as one text cell', () => {
    const report = { ...seedReport(), title: 'x;=1+2;y' };
    const cells = semicolonCells(toCsv(report));
    expect(cells.some((c) => c.includes('x;=1+2;y'))).toBe(true);
    expect(cells.filter((c) => FORMULA.test(c.trim()))).toEqual([]);
  });

  it('the options page "Export CSV" of user outlets', () => {
    const csv = userOutletsCsv([
      { name: '=HYPERLINK("http://evil")', domain: 'a.example', country: 'DE', type: 'newspaper' },
      { name: 'x;=1+2;y', domain: 'b.example', country: 'DE', type: 'newspaper' },
    ]);
    expect(csv.split('\r\n')[0]).toBe('name,domain,country,type');
    expect(csv.split('\r\n')[2]).toBe('"x;=1+2;y","b.example","DE","newspaper"');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(semicolonCells(csv).filter((c) => FORMULA.test(c.trim()))).toEqual([]);
  });

  it('the options export still imports back as it was', () => {
    const list = [{ name: 'Der Spiegel, Hamburg', domain: 'spiegel.de', country: 'DE', type: 'magazine' as const }];
    expect(parseUserOutletsCsv(userOutletsCsv(list))).toEqual({ ok: true, outlets: list });
  });
});

describe('CLI: folders and encodings', () => {
  it('does not follow a symbolic link to ".." out of the given folder', async () => {
    const root = join(tmp, 'outer');
    const inner = join(root, 'inner');
    mkdirSync(inner, { recursive: true });
    copyFileSync(GOOD, join(root, 'outside.html'));
    copyFileSync(GOOD, join(inner, 'inside.html'));
    symlinkSync('..', join(inner, 'up'));
    symlinkSync(join(root, 'outside.html'), join(inner, 'linked.html'));
    const r = await cli(['--format', 'ndjson', inner]);
    expect(r.code).toBe(0);
    expect(r.ndjson().map((x) => x.file)).toEqual([join(inner, 'inside.html')]);
    expect(r.lines.sort()).toEqual([
      `warning: ${join(inner, 'linked.html')}: symbolic link leads out of the folder, not followed`,
      `warning: ${join(inner, 'up')}: symbolic link leads out of the folder, not followed`,
    ]);
  });

  const page = '<html><head><title>Grüße aus Köln</title></head><body><p>Ein Text über Köln.</p></body></html>';
  const utf32 = (s: string, le: boolean, bom: boolean) => {
    const cps = [...(bom ? '\ufeff' : ''), ...s].map((c) => c.codePointAt(0)!);
    const b = Buffer.alloc(cps.length * 4);
    cps.forEach((cp, i) => (le ? b.writeUInt32LE(cp, i * 4) : b.writeUInt32BE(cp, i * 4)));
    return b;
  };

  it.each([
    ['UTF-32LE with a BOM', utf32(page, true, true)],
    ['UTF-32BE with a BOM', utf32(page, false, true)],
    ['UTF-32LE without a BOM', utf32(page, true, false)],
  ])('reads a %s page', async (_, bytes) => {
    const r = await cli([write('utf32.html', bytes)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ title: 'Grüße aus Köln' });
  });

  it('refuses an EBCDIC page with a clear message instead of analysing garbage', async () => {
    const map: Record<string, number> = { ' ': 0x40, '<': 0x4c, '>': 0x6e, '/': 0x61, '.': 0x4b, '\n': 0x25 };
    const ebcdic = (c: string) => {
      if (map[c] !== undefined) return map[c];
      const x = c.charCodeAt(0);
      const at = (base: string, codes: number[]) => codes[x - base.charCodeAt(0)];
      if (c >= 'a' && c <= 'i') return at('a', [0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89]);
      if (c >= 'j' && c <= 'r') return 0x91 + (x - 'j'.charCodeAt(0));
      if (c >= 's' && c <= 'z') return 0xa2 + (x - 's'.charCodeAt(0));
      if (c >= 'A' && c <= 'I') return 0xc1 + (x - 'A'.charCodeAt(0));
      if (c >= 'J' && c <= 'R') return 0xd1 + (x - 'J'.charCodeAt(0));
      if (c >= 'S' && c <= 'Z') return 0xe2 + (x - 'S'.charCodeAt(0));
      return 0x6f;
    };
    const text =
      '<html><head><title>Hallo Welt</title></head><body><p>Ein Text aus dem Rechenzentrum der Bank.</p>\n<p>Noch ein Absatz mit Worten.</p></body></html>';
    const bad = write('ebcdic.html', Buffer.from([...text].map(ebcdic)));
    const r = await cli([bad, GOOD]);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/ebcdic\.html: EBCDIC-encoded page/);
  });
});
