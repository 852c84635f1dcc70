/**
 * The two page encodings TextDecoder does not know, which would otherwise
 * come out as garbage with no warning: UTF-32 (decoded here, it is simple)
 * and EBCDIC (recognised, and refused with a clear message).
 */
import type { Decoded } from './decode';

/** 'le' / 'be' when the bytes are UTF-32: a BOM, or ASCII text in 4-byte units ("<\0\0\0" / "\0\0\0<"). */
export function utf32Order(b: Uint8Array): 'le' | 'be' | null {
  if (b.length < 4) return null;
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'be';
  if (b.length % 4 !== 0) return null;
  // Without a BOM: the first 64 code units all below U+10000 (two zero
  // bytes each, on the high side) and most of them ASCII, in one byte order.
  const n = Math.min(64, b.length / 4);
  let le = 0;
  let be = 0;
  let leAscii = 0;
  let beAscii = 0;
  for (let i = 0; i < n; i++) {
    const [w, x, y, z] = [b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]];
    if (!y && !z && (w || x)) le++;
    if (!w && !x && (y || z)) be++;
    if (w && w < 0x80 && !x && !y && !z) leAscii++;
    if (z && z < 0x80 && !w && !x && !y) beAscii++;
  }
  if (le === n && leAscii * 2 > n) return 'le';
  return be === n && beAscii * 2 > n ? 'be' : null;
}

export function decodeUtf32(b: Uint8Array, order: 'le' | 'be'): Decoded {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength - (b.byteLength % 4));
  const start = view.byteLength >= 4 && view.getUint32(0, order === 'le') === 0xfeff ? 4 : 0;
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = start; i < view.byteLength; i += 4) {
    const cp = view.getUint32(i, order === 'le');
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return { ok: true, text: parts.join(''), encoding: `utf-32${order}` };
}

/**
 * EBCDIC text: letters are bytes 0x81–0xE9 and the space is 0x40, so most
 * bytes are high, "@" is everywhere and the ASCII space is nearly absent
 * (UTF-8 text in any script still spaces its words with 0x20).
 */
export function looksEbcdic(head: Uint8Array): boolean {
  if (head.length < 16) return false;
  let high = 0;
  let at = 0;
  let space = 0;
  for (const x of head) {
    if (x >= 0x80) high++;
    else if (x === 0x40) at++;
    else if (x === 0x20) space++;
  }
  return high > head.length / 2 && at > head.length / 20 && space * 4 < at;
}
