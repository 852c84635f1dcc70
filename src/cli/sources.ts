/**
 * Every page to analyse, one at a time and only when asked for (an async
 * generator: nothing is read ahead of the workers). Files are read whole;
 * WARC files and stdin are streamed record by record.
 */
import { closeSync, openSync } from 'node:fs';
import { fsMessage, MAX_FILE_BYTES, type CliFs } from './fs';
import type { PageTask } from './page';
import { warcFile, warcStream, WARC_RE, type WarcItem } from './warc-read';

export type SourceItem = WarcItem;

export class InputError extends Error {}

export function readInput(file: string, fs: CliFs): Uint8Array {
  let st;
  try {
    st = fs.stat(file);
  } catch (e) {
    throw new InputError(fsMessage(e));
  }
  if (st.isDirectory()) throw new InputError('is a folder');
  // Never read a FIFO (blocks forever) or a device (never ends).
  if (!st.isFile()) throw new InputError('not a regular file (a device, FIFO or socket)');
  if (st.size > MAX_FILE_BYTES)
    throw new InputError(
      `file too large (${Math.round(st.size / 1024 / 1024)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
    );
  try {
    return fs.readFile(file);
  } catch (e) {
    throw new InputError(fsMessage(e));
  }
}

export const isWarc = (file: string) => file === '-' || WARC_RE.test(file);

export async function* pagesOf(
  files: readonly string[],
  fs: CliFs,
  stdin: AsyncIterable<Uint8Array>,
): AsyncGenerator<SourceItem> {
  for (const file of files) {
    if (file === '-') {
      yield* warcStream(stdin, '-');
      continue;
    }
    if (WARC_RE.test(file)) {
      // A WARC file is streamed, so the page-size limit applies to each record, not to the file.
      let size;
      try {
        const st = fs.stat(file);
        if (!st.isFile()) throw new InputError('not a regular file (a device, FIFO or socket)');
        size = st.size;
        // Opened here so that permission errors read as such, not as malformed WARC data.
        closeSync(openSync(file, 'r'));
      } catch (e) {
        yield { kind: 'error', file, error: e instanceof InputError ? e.message : fsMessage(e) };
        continue;
      }
      yield* warcFile(file, size);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readInput(file, fs);
    } catch (e) {
      yield { kind: 'error', file, error: e instanceof InputError ? e.message : fsMessage(e) };
      continue;
    }
    const task: PageTask = { file, bytes, text: /\.txt$/i.test(file) };
    yield { kind: 'page', task };
  }
}
