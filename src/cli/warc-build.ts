/**
 * Writes saved pages as a WARC file (one `response` record per page, as a
 * crawler would have stored it), so a folder of pages can be analysed the
 * way a crawl is, and the two results compared. Used by `scripts/build-warc.ts`,
 * the CLI benchmark and the tests.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { gunzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { savedPageUrl } from './page';

export interface WarcPage {
  /** The page's URL: the record's WARC-Target-URI. */
  url: string;
  html: Uint8Array;
  /** ISO date; default now. */
  date?: string;
}

/** A saved file as a WARC page: gzip undone, its URL the one the CLI would give the file. */
export function pageOfFile(file: string, bytes: Uint8Array): WarcPage {
  const html = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return { url: savedPageUrl(html, file), html };
}

export async function serializeRecord(page: WarcPage, gzip: boolean): Promise<Uint8Array> {
  const record = WARCRecord.create(
    {
      url: page.url,
      date: page.date ?? new Date().toISOString(),
      type: 'response',
      warcVersion: 'WARC/1.1',
      statusline: 'HTTP/1.1 200 OK',
      httpHeaders: { 'Content-Type': 'text/html', 'Content-Length': String(page.html.byteLength) },
    },
    [page.html],
  );
  return WARCSerializer.serialize(record, { gzip });
}

/** Writes the pages to `out` one record at a time (memory stays at one page). */
export async function writeWarc(
  out: string,
  pages: Iterable<WarcPage> | AsyncIterable<WarcPage>,
  gzip = /\.gz$/i.test(out),
): Promise<number> {
  const stream = createWriteStream(out);
  let n = 0;
  for await (const page of pages) {
    if (!stream.write(await serializeRecord(page, gzip))) await once(stream, 'drain');
    n++;
  }
  stream.end();
  await once(stream, 'finish');
  return n;
}
