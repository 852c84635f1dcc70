/**
 * One page, from bytes to report: the same function runs in the main thread
 * (`--jobs 1`) and in every worker, so both give the same reports.
 */
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, analyzeText } from '../core';
import { htmlDocument } from '../core/html-document';
import { ownUrl } from '../core/own-url';
import type { SourceReport } from '../core/types';
import type { OutletDirectory } from '../outlets';
import { decodeBytes } from './decode';

/** Where a page of a WARC file came from: the record's target URL, date and WARC-Record-ID. */
export interface WarcInfo {
  url: string;
  date: string | null;
  id: string | null;
}

export type FileReport = SourceReport & { file: string; warc?: WarcInfo };

export interface PageTask {
  /** The input's name: the file, or the WARC file a record came from. */
  file: string;
  bytes: Uint8Array;
  /** Plain text (a .txt file), not HTML. */
  text: boolean;
  warc?: WarcInfo;
  /** The charset an HTTP header declared (WARC records), used when the page declares none. */
  charset?: string;
  /** The debug switch (`--verbose`): failing steps go into the report's diagnostics. */
  debug?: boolean;
}

export type PageResult =
  { ok: true; report: FileReport } | { ok: true; json: string; tooLarge: boolean } | { ok: false; error: string };

/**
 * How a report leaves the thread that made it: the object (table, markdown,
 * summary need it) or its JSON text (ndjson: one line; json: indented), which
 * is much cheaper to pass between threads than the object, and takes the
 * serialising off the main thread.
 */
export type Encoding = 'object' | 'ndjson' | 'json';

export function encodeResult(r: PageResult, enc: Encoding): PageResult {
  if (enc === 'object' || !r.ok || !('report' in r)) return r;
  return {
    ok: true,
    json: enc === 'ndjson' ? JSON.stringify(r.report) : JSON.stringify(r.report, null, 2),
    tooLarge: r.report.status === 'too-large',
  };
}

/** A saved page knows its own address: internal links are only recognisable against it. */
function canonicalOf(document: Document, fileUrl: string): string {
  const canonical = ownUrl(document);
  if (!canonical) return fileUrl;
  // As a browser's document.URL (and a WARC-Target-URI) has it: percent-encoded.
  try {
    return new URL(canonical).href;
  } catch {
    return fileUrl;
  }
}

/** The URL the CLI gives a saved HTML file: its canonical URL, else its file: URL. */
export function savedPageUrl(bytes: Uint8Array, file: string): string {
  const fileUrl = pathToFileURL(resolvePath(file)).href;
  const dec = decodeBytes(bytes, { html: true });
  return dec.ok ? canonicalOf(htmlDocument(dec.text), fileUrl) : fileUrl;
}

export function analyzePage(task: PageTask, dir: OutletDirectory): PageResult {
  const dec = decodeBytes(task.bytes, { html: !task.text, charset: task.charset });
  if (!dec.ok) return { ok: false, error: dec.error };
  const extra = task.warc ? { file: task.file, warc: task.warc } : { file: task.file };
  try {
    if (task.text)
      return {
        ok: true,
        report: {
          ...extra,
          ...analyzeText(dec.text, {
            directory: dir,
            url: pathToFileURL(resolvePath(task.file)).href,
            debug: task.debug,
          }),
        },
      };
    const document = htmlDocument(dec.text);
    // A WARC record's URL is where the page was fetched: that is the page's address.
    const url = task.warc ? task.warc.url : canonicalOf(document, pathToFileURL(resolvePath(task.file)).href);
    return { ok: true, report: { ...extra, ...analyze(document, { url, directory: dir, debug: task.debug }) } };
  } catch (e) {
    return { ok: false, error: `could not analyze: ${e instanceof Error ? e.message : String(e)}` };
  }
}
