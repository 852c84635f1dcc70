/**
 * Issue #18: the command line over many pages. WARC input gives the same
 * reports as the files; workers give the same reports as one thread, in
 * input order; shards split deterministically; a run resumes from NDJSON;
 * broken inputs are reported and the rest analysed.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs, type CliFs } from '../../../src/cli/fs';
import { collectInputs } from '../../../src/cli/inputs';
import { pageOfFile, serializeRecord, writeWarc } from '../../../src/cli/warc-build';
import { FIXTURES } from '../core/helpers';
import { cli } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'sl-cli-crawl-'));
/** Every HTML fixture the CLI can analyse (the broken ones under cli/ are for the error tests). */
const PAGES = collectInputs([FIXTURES]).files.filter(
  (f) => /\.html?$/i.test(f) && !f.includes(`${join('fixtures', 'cli')}`) && !f.includes('fuzz'),
);
/** A report without what differs between a file and its WARC record (the input's name) or between runs (timings). */
const comparable = (r: Record<string, unknown>) => {
  const rest = { ...r };
  delete rest.file;
  delete rest.warc;
  delete rest.timings;
  return rest;
};

async function fixtureWarc(name: string): Promise<string> {
  const out = join(tmp, name);
  await writeWarc(
    out,
    PAGES.map((f) => ({ ...pageOfFile(f, readFileSync(f)), date: '2025-03-05T10:00:00Z' })),
  );
  return out;
}

describe('WARC input', () => {
  it('a WARC of the fixture pages analyses to the same reports as the files', async () => {
    expect(PAGES.length).toBeGreaterThan(10);
    const files = await cli(['--format', 'ndjson', ...PAGES]);
    for (const name of ['fixtures.warc', 'fixtures.warc.gz']) {
      const warc = await cli(['--format', 'ndjson', await fixtureWarc(name)]);
      expect(warc.code).toBe(0);
      expect(warc.err).toBe('');
      expect(warc.ndjson().map(comparable)).toEqual(files.ndjson().map(comparable));
    }
  });

  it('reports carry the input name and the record URL, date and id', async () => {
    const warc = await fixtureWarc('meta.warc.gz');
    const [first] = (await cli(['--format', 'ndjson', warc])).ndjson() as {
      file: string;
      url: string;
      warc: { url: string; date: string; id: string };
    }[];
    expect(first.file).toBe(warc);
    expect(first.warc.url).toBe(first.url);
    expect(first.warc.date).toBe('2025-03-05T10:00:00Z');
    expect(first.warc.id).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
  });

  it('reads a WARC from stdin with "-"', async () => {
    const warc = readFileSync(await fixtureWarc('stdin.warc.gz'));
    const r = await cli(['--format', 'ndjson', '-'], { stdin: warc });
    expect(r.code).toBe(0);
    expect(r.ndjson()).toHaveLength(PAGES.length);
  });

  it('only response records with an HTML content type are pages', async () => {
    const { WARCRecord, WARCSerializer } = await import('warcio');
    const json = WARCRecord.create(
      {
        url: 'https://a.example/api',
        type: 'response',
        httpHeaders: { 'Content-Type': 'application/json' },
        statusline: 'HTTP/1.1 200 OK',
      },
      [new TextEncoder().encode('{}')],
    );
    const request = WARCRecord.create(
      { url: 'https://a.example/', type: 'request', httpHeaders: {}, statusline: 'GET / HTTP/1.1' },
      [],
    );
    const page = await serializeRecord(pageOfFile(PAGES[0], readFileSync(PAGES[0])), false);
    const out = join(tmp, 'mixed.warc');
    writeFileSync(
      out,
      Buffer.concat([await WARCSerializer.serialize(json), await WARCSerializer.serialize(request), page]),
    );
    const r = await cli(['--format', 'ndjson', out]);
    expect(r.code).toBe(0);
    expect(r.ndjson()).toHaveLength(1);
  });
});

describe('broken inputs', () => {
  it('a malformed WARC record, a truncated gzip and an unreadable file are each reported, the rest analysed, exit 1', async () => {
    const rec = await Promise.all(PAGES.slice(0, 3).map((f) => serializeRecord(pageOfFile(f, readFileSync(f)), true)));
    // Record 2 is garbage in the middle of the file: the records around it still count.
    const malformed = join(tmp, 'malformed.warc.gz');
    writeFileSync(malformed, Buffer.concat([rec[0], Buffer.from('WARC/1.1\r\nthis is not a record\r\n\r\n'), rec[2]]));
    // The last record cut off in the middle.
    const truncated = join(tmp, 'truncated.warc.gz');
    writeFileSync(truncated, Buffer.concat([rec[0], rec[1], rec[2].subarray(0, rec[2].length / 2)]));
    const locked = join(tmp, 'locked.html');
    copyFileSync(PAGES[0], locked);
    // Root reads everything: the permission error comes from the injected file system.
    const deny: CliFs = { ...nodeFs, readFile: (p) => (p === locked ? fail() : nodeFs.readFile(p)) };
    const r = await cli(['--format', 'ndjson', malformed, truncated, locked, PAGES[1]], { fs: deny });
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(3);
    expect(r.lines[0]).toMatch(
      /^error: .*malformed\.warc\.gz: malformed or truncated WARC record at byte \d+; skipped to byte \d+$/,
    );
    expect(r.lines[1]).toMatch(
      /^error: .*truncated\.warc\.gz: malformed or truncated WARC record at byte \d+; nothing readable after it$/,
    );
    expect(r.lines[2]).toBe(`error: ${locked}: permission denied`);
    const urls = r.ndjson().map((x) => (x.warc as { url: string } | undefined)?.url ?? x.file);
    const url = (i: number) => pageOfFile(PAGES[i], readFileSync(PAGES[i])).url;
    expect(urls).toEqual([url(0), url(2), url(0), url(1), PAGES[1]]);
  });
});

function fail(): never {
  throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
}

describe('worker threads', () => {
  it('give the same reports as one thread, in input order, and all of them unordered', async () => {
    const one = await cli(['--format', 'ndjson', '--jobs', '1', ...PAGES]);
    const two = await cli(['--format', 'ndjson', '--jobs', '2', ...PAGES], { workers: true });
    expect(two.code).toBe(0);
    expect(two.ndjson().map((r) => r.file)).toEqual(PAGES);
    expect(two.ndjson().map(comparable)).toEqual(one.ndjson().map(comparable));
    const loose = await cli(['--format', 'ndjson', '--jobs', '2', '--unordered', ...PAGES], { workers: true });
    expect(
      loose
        .ndjson()
        .map((r) => r.file)
        .sort(),
    ).toEqual([...PAGES].sort());
  }, 60_000);

  it('work on WARC input and keep the json array shape, byte for byte as JSON.stringify(list, null, 2)', async () => {
    const r = await cli(['--jobs', '2', await fixtureWarc('workers.warc.gz')], { workers: true });
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as unknown[];
    expect(list).toHaveLength(PAGES.length);
    expect(r.out).toBe(`${JSON.stringify(list, null, 2)}\n`);
  }, 60_000);
});

describe('shards and resume', () => {
  it('--shard splits the pages into disjoint parts that add up to all of them', async () => {
    const warc = await fixtureWarc('shard.warc.gz');
    const parts = [];
    for (const i of [1, 2, 3])
      parts.push(
        (await cli(['--format', 'ndjson', '--shard', `${i}/3`, ...PAGES, warc]))
          .ndjson()
          .map((r) => (r.warc as { id: string } | undefined)?.id ?? r.file),
      );
    const all = parts.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(PAGES.length * 2);
    expect(parts.every((p) => p.length > 0)).toBe(true);
    // Deterministic: the same shard twice is the same pages.
    expect(
      (await cli(['--format', 'ndjson', '--shard', '2/3', ...PAGES, warc]))
        .ndjson()
        .map((r) => (r.warc as { id: string } | undefined)?.id ?? r.file),
    ).toEqual(parts[1]);
  });

  it('--skip-done resumes after a crash: only the pages missing from the NDJSON output are analysed', async () => {
    const warc = await fixtureWarc('resume.warc.gz');
    const full = (await cli(['--format', 'ndjson', ...PAGES.slice(0, 4), warc])).out.split('\n').filter(Boolean);
    // The crash: five reports written, the sixth cut off mid-line.
    const partial = join(tmp, 'partial.ndjson');
    writeFileSync(partial, `${full.slice(0, 5).join('\n')}\n${full[5].slice(0, 100)}`);
    const rest = await cli(['--format', 'ndjson', '--skip-done', partial, ...PAGES.slice(0, 4), warc]);
    expect(rest.code).toBe(0);
    expect(rest.lines).toEqual([
      `warning: ${partial}: 1 line(s) are not a report (a run cut off mid-line?); those pages are analysed again`,
    ]);
    expect(
      rest.out
        .split('\n')
        .filter(Boolean)
        .map((l) => comparable(JSON.parse(l) as Record<string, unknown>)),
    ).toEqual(full.slice(5).map((l) => comparable(JSON.parse(l) as Record<string, unknown>)));
  });

  it('rejects a bad --shard and --jobs as usage errors', async () => {
    for (const argv of [
      ['--shard', '0/3'],
      ['--shard', '4/3'],
      ['--shard', 'x'],
      ['--jobs', '0'],
      ['--jobs', 'many'],
    ])
      expect((await cli([...argv, PAGES[0]])).code).toBe(2);
  });
});

describe('--summary', () => {
  it('counts the outlets cited over all pages, as JSON and as a table', async () => {
    const d = join(tmp, 'twice');
    mkdirSync(d, { recursive: true });
    copyFileSync(join(FIXTURES, 'article.html'), join(d, 'a.html'));
    copyFileSync(join(FIXTURES, 'article.html'), join(d, 'b.html'));
    const one = JSON.parse((await cli([join(FIXTURES, 'article.html')])).out) as {
      outlets: { name: string; citedBy: { references: number } }[];
      breakdown: { byCategory: Record<string, number> };
    };
    const s = JSON.parse((await cli(['--summary', d])).out) as {
      pages: number;
      outlets: { name: string; pages: number; references: number }[];
      byCategory: Record<string, number>;
    };
    expect(s.pages).toBe(2);
    expect(s.outlets).toHaveLength(one.outlets.length);
    for (const o of one.outlets)
      expect(s.outlets.find((x) => x.name === o.name)).toMatchObject({
        pages: 2,
        references: 2 * o.citedBy.references,
      });
    expect(s.byCategory.news).toBe(2 * one.breakdown.byCategory.news);
    const table = await cli(['--summary', '--format', 'table', d]);
    expect(table.out).toMatch(/^2 pages, 2 articles\n\noutlet\s+domain/);
  });
});
