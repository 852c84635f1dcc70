/**
 * Link resolution without `new URL` for the common shapes. An article has
 * dozens of links and the URL parser is the slowest step per link in Node
 * (and allocates in browsers); absolute and root-relative hrefs made only of
 * characters the URL parser leaves alone resolve by string concatenation,
 * with exactly the result `new URL(href, base).href` gives, and so do plain
 * relative paths against such a base. Anything else (dot segments, ports,
 * uppercase hosts, non-ASCII) takes the parser.
 */

// Host: lower-case labels ending in a letter TLD (an IPv4-looking host is normalised by the parser).
const HOST = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,63}';
// Path/query/fragment characters the parser never escapes or rewrites (no ', ", <, >, `, {, }, |, \, ^, space, %-less junk).
const SAFE_TAIL = '[A-Za-z0-9\\-._~!$&()*+,;=:@/?#%]*';
const ABSOLUTE = new RegExp(`^(https?)://(${HOST})(/${SAFE_TAIL})?$`);
const ROOTED = new RegExp(`^/(?!/)${SAFE_TAIL}$`);
// Dot segments, also percent-encoded ("%2e" is a dot to the parser), and broken escapes.
const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)|%2e|%(?![0-9A-Fa-f]{2})/i;
// A relative path ("story/1.html"): no scheme, no leading "/", "?", "#" or ".".
const RELATIVE = new RegExp(`^(?![a-z][a-z0-9+.-]*:|[/?#.])${SAFE_TAIL}$`, 'i');
// The base up to its last "/" before any query or fragment: the directory a relative path resolves against.
const BASE_DIR = new RegExp(`^https?://${HOST}(?:/[^?#]*)?`);
const ORIGIN = new RegExp(`^https?://${HOST}(?=[/?#]|$)`);
const SKIP_SCHEME = /^\s*(javascript|mailto|tel|data):/i;

/** Absolute http(s) URL for an href, or null (other schemes, unparsable). */
export function resolveHref(href: string, base: string): string | null {
  if (!href || SKIP_SCHEME.test(href)) return null;
  const h = href.trim();
  const abs = ABSOLUTE.exec(h);
  if (abs && !DOT_SEGMENT.test(h)) return abs[3] ? h : `${h}/`;
  if (ROOTED.test(h) && !DOT_SEGMENT.test(h)) {
    const origin = ORIGIN.exec(base);
    if (origin) return origin[0] + h;
  }
  if (RELATIVE.test(h) && !DOT_SEGMENT.test(h) && ABSOLUTE.test(base) && !DOT_SEGMENT.test(base)) {
    const dir = BASE_DIR.exec(base)?.[0];
    if (dir)
      return dir.includes('/', dir.indexOf('//') + 2) ? dir.slice(0, dir.lastIndexOf('/') + 1) + h : `${dir}/${h}`;
  }
  try {
    const u = new URL(h, base || undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
