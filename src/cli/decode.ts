/**
 * Bytes -> text for saved pages: gzip, BOMs, <meta charset> and http-equiv
 * sniffing, UTF-8 when the bytes are UTF-8 (whatever a stale declaration
 * says), then the declared charset, then windows-1252 (pages that declare
 * UTF-8 but were saved as Latin-1 are common), and clear errors for binaries.
 */
import { gunzipSync } from 'node:zlib';
import { MAX_FILE_BYTES } from './fs';
import { decodeUtf32, looksEbcdic, utf32Order } from './encodings';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: string };

/** Files that are certainly not pages, by their first bytes. */
const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
];

export function decodeBytes(input: Uint8Array, opts: { html: boolean; maxBytes?: number; charset?: string }): Decoded {
  let buf = input;
  if (buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b) {
    const max = opts.maxBytes ?? MAX_FILE_BYTES;
    try {
      // zlib inflates chunk by chunk and stops at maxOutputLength: a small
      // file that expands to gigabytes (a gzip bomb) never gets the memory.
      buf = gunzipSync(buf, { maxOutputLength: max });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        return { ok: false, error: `gzip data expands beyond the limit (${Math.round(max / 1024 / 1024)} MB)` };
      }
      return {
        ok: false,
        error: /unexpected end/i.test(err.message)
          ? 'truncated gzip file (unexpected end of data)'
          : `corrupt gzip data (${err.message})`,
      };
    }
  }
  if (isBlank(buf)) return { ok: false, error: 'empty file' };
  // UTF-32 before UTF-16: its little-endian BOM starts with UTF-16's.
  const order = utf32Order(buf);
  if (order) return decodeUtf32(buf, order);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return decode(buf.subarray(3), 'utf-8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return decode(buf.subarray(2), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return decode(buf.subarray(2), 'utf-16be');
  const magic = MAGIC.find(([, sig]) => sig.every((b, i) => buf[i] === b));
  if (magic) return { ok: false, error: `binary file (${magic[0]}), not a page` };
  const head = buf.subarray(0, 8192);
  if (looksEbcdic(head))
    return {
      ok: false,
      error:
        'EBCDIC-encoded page (an IBM mainframe charset), not supported: convert it first, e.g. iconv -f IBM1047 -t UTF-8',
    };
  if (head.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes), not a page' };
  if (controlShare(head) > 0.05) return { ok: false, error: 'binary file (mostly control characters), not a page' };
  const declared = (opts.html ? sniffCharset(latin1(head)) : null) ?? opts.charset?.toLowerCase() ?? null;
  // Bytes that are valid UTF-8 are UTF-8, whatever a stale <meta> says: saved
  // pages are often re-encoded without touching the declaration, and legacy
  // encodings almost never form valid multi-byte UTF-8 by accident.
  const u = utf8Stats(buf);
  if (u.invalid === 0) return decode(buf, 'utf-8');
  // Mostly UTF-8 with a few broken bytes (a cut-off last character, a pasted
  // Latin-1 snippet): still UTF-8, with replacement characters where broken.
  const declaredUtf8 = !declared || /^utf-?8$/i.test(declared);
  if (u.multi > 0 && (u.invalidAtEnd ? u.invalid === 1 : declaredUtf8 && u.multi >= u.invalid * 4)) {
    return { ...decode(buf, 'utf-8'), encoding: 'utf-8 (with invalid bytes)' } as Decoded;
  }
  if (
    declared &&
    /ebcdic|^(cp|ibm)-?0*(37|273|277|278|280|284|285|297|500|871|875|1025|1026|1047|114[0-9])$/.test(declared)
  ) {
    return {
      ok: false,
      error: `declared charset ${declared} is EBCDIC (an IBM mainframe charset), not supported: convert it first, e.g. iconv -f ${declared} -t UTF-8`,
    };
  }
  if (declared && !declaredUtf8) {
    const r = decode(buf, declared);
    if (r.ok) return r;
  }
  return decode(buf, 'windows-1252');
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

function isBlank(b: Uint8Array): boolean {
  for (const x of b) if (x !== 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d && x !== 0x0c) return false;
  return true;
}

/** Share of C0 control bytes other than tab, newlines and form feed. */
function controlShare(b: Uint8Array): number {
  if (!b.length) return 0;
  let n = 0;
  for (const x of b)
    if ((x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d && x !== 0x0c && x !== 0x1b) || x === 0x7f) n++;
  return n / b.length;
}

/**
 * Counts valid multi-byte UTF-8 sequences and invalid bytes (strictly, as
 * WHATWG's decoder does: no overlongs, no surrogates, nothing above U+10FFFF).
 * `invalidAtEnd`: the only problem is a sequence cut off at the end of the file.
 */
export function utf8Stats(b: Uint8Array): { multi: number; invalid: number; invalidAtEnd: boolean } {
  let multi = 0;
  let invalid = 0;
  let invalidAtEnd = false;
  for (let i = 0; i < b.length;) {
    const x = b[i];
    if (x < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (x >= 0xc2 && x <= 0xdf) need = 1;
    else if (x >= 0xe0 && x <= 0xef) {
      need = 2;
      if (x === 0xe0) lo = 0xa0;
      if (x === 0xed) hi = 0x9f;
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3;
      if (x === 0xf0) lo = 0x90;
      if (x === 0xf4) hi = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need && i + j < b.length; j++) {
      const c = b[i + j];
      if (c < (j === 1 ? lo : 0x80) || c > (j === 1 ? hi : 0xbf)) break;
    }
    if (j > need) {
      multi++;
      i += need + 1;
    } else {
      invalid++;
      if (i + j >= b.length) invalidAtEnd = true;
      i += j;
    }
  }
  return { multi, invalid, invalidAtEnd };
}

/** <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, <?xml encoding="x"?> */
export function sniffCharset(head: string): string | null {
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** windows-1252 0x80–0x9F (undefined bytes stay U+0081, U+008D, U+008F, U+0090, U+009D as WHATWG says). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decode(buf: Uint8Array, label: string): Decoded {
  try {
    const decoder = new TextDecoder(label);
    let text = decoder.decode(buf);
    // Node's TextDecoder decodes windows-1252 (and its aliases latin1, ascii…) as ISO-8859-1: "€" comes out as U+0080.
    if (decoder.encoding === 'windows-1252')
      text = text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
    return { ok: true, text, encoding: label };
  } catch {
    return { ok: false, error: `cannot decode as ${label}` };
  }
}
