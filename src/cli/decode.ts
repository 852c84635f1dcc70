/**
 * Bytes -> text for saved pages: gzip, BOMs, <meta charset> and http-equiv
 * sniffing, strict UTF-8 first, then the declared charset, then windows-1252 (pages that declare
 * UTF-8 but were saved as Latin-1 are common), and clear errors for binaries.
 */
import { gunzipSync } from 'node:zlib';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: string };

export function decodeBytes(input: Uint8Array, opts: { html: boolean }): Decoded {
  let buf = input;
  if (buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      buf = gunzipSync(buf);
    } catch (e) {
      return { ok: false, error: `corrupt gzip data (${(e as Error).message})` };
    }
  }
  if (buf.length === 0 || /^\s*$/.test(latin1(buf.subarray(0, 4096))) && buf.length < 4096) return { ok: false, error: 'empty file' };
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return decode(buf.subarray(3), 'utf-8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return decode(buf.subarray(2), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return decode(buf.subarray(2), 'utf-16be');
  if (buf.subarray(0, 8192).includes(0)) return { ok: false, error: 'binary file (contains NUL bytes), not a page' };
  // Bytes that are valid UTF-8 are UTF-8, whatever a stale <meta> says: saved
  // pages are often re-encoded without touching the declaration, and legacy
  // encodings almost never form valid multi-byte UTF-8 by accident.
  const utf8 = decode(buf, 'utf-8', true);
  if (utf8.ok) return utf8;
  const declared = opts.html ? sniffCharset(latin1(buf.subarray(0, 8192))) : null;
  if (declared && !/^utf-?8$/i.test(declared)) {
    const r = decode(buf, declared);
    if (r.ok) return r;
  }
  return decode(buf, 'windows-1252');
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

/** <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, <?xml encoding="x"?> */
export function sniffCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function decode(buf: Uint8Array, label: string, fatal = false): Decoded {
  try {
    const text = new TextDecoder(label, { fatal }).decode(buf);
    return { ok: true, text, encoding: label };
  } catch {
    return { ok: false, error: `cannot decode as ${label}` };
  }
}
