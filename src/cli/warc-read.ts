/**
 * WARC input (.warc, .warc.gz, stdin) through warcio. Every `response`
 * record with an HTML content type is a page. warcio stops quietly at a
 * record it cannot parse, so the reader checks that it reached the end of
 * the file; when it did not, the bad stretch is reported and reading starts
 * again at the next record (the next gzip member or "WARC/1." line).
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { WARCParser, type WARCRecord } from 'warcio';
import { MAX_FILE_BYTES } from './fs';
import type { PageTask } from './page';

export const WARC_RE = /\.warc(\.gz)?$/i;

export type WarcItem = { kind: 'page'; task: PageTask } | { kind: 'error'; file: string; error: string };

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/** Pages of one record, or why it is skipped (null: not a page, silently). */
async function recordItem(record: WARCRecord, file: string, offset: number): Promise<WarcItem | null> {
  const type = record.warcType as string | null | undefined;
  if (!type) return { kind: 'error', file, error: `malformed WARC record at byte ${offset} (no WARC-Type), skipped` };
  if (type !== 'response') return null;
  const contentType = record.httpHeaders?.headers.get('content-type') ?? '';
  if (!HTML_TYPE.test(contentType)) return null;
  const url = record.warcTargetURI ?? '';
  const id = record.warcHeader('WARC-Record-ID') ?? null;
  const where = `record ${id ?? `at byte ${offset}`}`;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url))
    return { kind: 'error', file, error: `${where} has no WARC-Target-URI, skipped` };
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of record) {
      size += chunk.byteLength;
      if (size > MAX_FILE_BYTES)
        return {
          kind: 'error',
          file,
          error: `${where} (${url}) expands beyond the limit (${MAX_FILE_BYTES / 1024 / 1024} MB), skipped`,
        };
      chunks.push(chunk);
    }
  } catch (e) {
    return {
      kind: 'error',
      file,
      error: `${where} (${url}) cannot be read (${e instanceof Error ? e.message : String(e)}), skipped`,
    };
  }
  const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  const bytes = Buffer.concat(chunks);
  return {
    kind: 'page',
    task: { file, bytes, text: false, charset, warc: { url, date: record.warcDate ?? null, id } },
  };
}

/** Runs one parser over `source`; returns the offset it stopped at (relative to the source's start). */
async function* parseFrom(
  source: AsyncIterable<Uint8Array>,
  file: string,
  base: number,
  end: { at: number; threw: string | null },
): AsyncGenerator<WarcItem> {
  const parser = new WARCParser(source);
  try {
    for await (const record of parser) {
      const item = await recordItem(record, file, base + parser.offset);
      if (item) yield item;
    }
  } catch (e) {
    end.threw = e instanceof Error ? e.message : String(e);
  }
  end.at = parser.offset;
}

/** Where the next record may start after `from`: a gzip member or a "WARC/1." line. */
function nextStart(path: string, from: number, gz: boolean): number | null {
  const sig = gz ? Buffer.from([0x1f, 0x8b, 0x08]) : Buffer.from('WARC/1.');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let pos = from; ; pos += buf.length - sig.length) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n < sig.length) return null;
      const i = buf.subarray(0, n).indexOf(sig);
      if (i >= 0) return pos + i;
      if (n < buf.length) return null;
    }
  } finally {
    closeSync(fd);
  }
}

/** The pages of a WARC file on disk, skipping what cannot be parsed. */
export async function* warcFile(path: string, size: number): AsyncGenerator<WarcItem> {
  const gz = /\.gz$/i.test(path) || firstBytesGzip(path);
  let start = 0;
  while (start < size) {
    const end = { at: 0, threw: null as string | null };
    yield* parseFrom(createReadStream(path, { start }), path, start, end);
    const stop = start + end.at;
    if (stop >= size && !end.threw) return;
    const next = nextStart(path, stop + 1, gz);
    const what = end.threw
      ? `malformed WARC data at byte ${stop} (${end.threw})`
      : `malformed or truncated WARC record at byte ${stop}`;
    yield {
      kind: 'error',
      file: path,
      error: next === null ? `${what}; nothing readable after it` : `${what}; skipped to byte ${next}`,
    };
    if (next === null) return;
    start = next;
  }
}

function firstBytesGzip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(2);
    return readSync(fd, b, 0, 2, 0) === 2 && b[0] === 0x1f && b[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/** A WARC stream without random access (stdin): a bad record ends the stream, and says so. */
export async function* warcStream(stream: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<WarcItem> {
  let total = 0;
  const it = stream[Symbol.asyncIterator]();
  const counted: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        const r = await it.next();
        if (!r.done) total += r.value.byteLength;
        return r;
      },
    }),
  };
  const end = { at: 0, threw: null as string | null };
  yield* parseFrom(counted, name, 0, end);
  // Whatever the parser left unread still counts: it tells a clean end from a cut-off one.
  for (let r = await it.next(); !r.done; r = await it.next()) total += r.value.byteLength;
  if (end.threw || end.at < total)
    yield {
      kind: 'error',
      file: name,
      error: `malformed or truncated WARC data at byte ${end.at}${end.threw ? ` (${end.threw})` : ''}; the rest of the stream skipped`,
    };
}
