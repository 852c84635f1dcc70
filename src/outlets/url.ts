/**
 * Turns whatever the page gives us (URL, protocol-relative URL, bare host,
 * "host/path") into host, registrable domain and path, unwrapping the AMP
 * caches and redirectors that hide the real address.
 */
import { parse } from 'tldts';

export interface Target {
  /** Lower-case host name without a trailing dot. */
  host: string;
  /** Registrable domain (public suffix list, ICANN section), or null (IP, bare suffix, invalid). */
  domain: string | null;
  /** Public suffix of the host ("co.uk", "gov.uk"), or null. */
  suffix: string | null;
  /** Path without query or fragment, as written ("/r/news/comments/..."). */
  path: string;
  /** Query string without "?" (may be ""). */
  query: string;
}

const URL_RE = /^https?:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^/?#:]*)(?::\d*)?([^?#]*)(?:\?([^#]*))?/i;
const PARSE_OPTS = { extractHostname: false, validateHostname: false } as const;

function toUrl(input: string): string | null {
  const s = input.trim();
  if (/^https?:\/\//i.test(s)) return s;
  if (s.startsWith('//')) return `https:${s}`;
  // Another scheme (mailto:, javascript:, tel:) names no web host; "host:8080" is still a host.
  if (/^[a-z][a-z\d+.-]*:(?!\d)/i.test(s)) return null;
  return s ? `https://${s}` : null;
}

function queryParam(query: string, name: string): string | null {
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' '));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** AMP cache and Translate proxies write a host as one label: "-" stands for ".", "--" for "-". */
function decodeDashedHost(label: string): string {
  // NUL is the placeholder for "-": it cannot occur in a host label
  const NUL = '\u0000';
  return label.replace(/--/g, NUL).replace(/-/g, '.').replaceAll(NUL, '-');
}

/** The address an AMP cache, Google AMP viewer or click redirector stands for, or null. */
function unwrap(t: Target): string | null {
  if (t.domain === 'ampproject.org' && t.host.endsWith('.cdn.ampproject.org')) {
    // https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/amp/123 (c = document, v = viewer, i = image)
    const m = /^\/[a-z]\/(s\/)?([^/]+.*)$/.exec(t.path);
    if (m) return `${m[1] ? 'https' : 'http'}://${m[2]}${t.query ? `?${t.query}` : ''}`;
    return `https://${decodeDashedHost(t.host.slice(0, -'.cdn.ampproject.org'.length))}/`;
  }
  // Google Translate's proxy: https://www-gamestar-de.translate.goog/artikel/...
  if (t.domain === 'translate.goog' && t.host !== t.domain) {
    return `https://${decodeDashedHost(t.host.slice(0, -'.translate.goog'.length))}${t.path}`;
  }
  const sld = t.domain?.slice(0, t.domain.indexOf('.'));
  if (sld === 'google') {
    const amp = /^\/amp\/(s\/)?(.+)$/.exec(t.path);
    if (amp) return `${amp[1] ? 'https' : 'http'}://${amp[2]}${t.query ? `?${t.query}` : ''}`;
    if (t.path === '/url') return queryParam(t.query, 'q') ?? queryParam(t.query, 'url');
  }
  if ((t.host === 'l.facebook.com' || t.host === 'lm.facebook.com') && t.path === '/l.php')
    return queryParam(t.query, 'u');
  return null;
}

/**
 * Public-suffix answers per host: an article links the same few hosts again and
 * again, and the lookup is the costliest step per link. Bounded; a pure
 * function of the host, so keeping it across analyses is safe.
 */
const SUFFIXES = new Map<string, { domain: string | null; suffix: string | null }>();

function suffixOf(host: string): { domain: string | null; suffix: string | null } {
  let v = SUFFIXES.get(host);
  if (!v) {
    const p = parse(host, PARSE_OPTS);
    v = { domain: p.isIcann === false ? null : p.domain, suffix: p.publicSuffix };
    if (SUFFIXES.size >= 5_000) SUFFIXES.clear();
    SUFFIXES.set(host, v);
  }
  return v;
}

function parseOnce(input: string): Target | null {
  const url = toUrl(input);
  const m = url ? URL_RE.exec(url) : null;
  if (!m) return null;
  const host = m[1].toLowerCase().replace(/\.$/, '');
  if (!host || /\s/.test(host)) return null;
  const { domain, suffix } = suffixOf(host);
  return { host, domain, suffix, path: m[2] || '/', query: m[3] ?? '' };
}

/**
 * Registrable domain of a URL or host as written (no unwrapping), or null
 * when it has none (IP address, bare suffix, private suffix, other scheme).
 */
export function registrable(input: string): string | null {
  return parseOnce(input)?.domain ?? null;
}

/** Lower-case host of a URL or host as written (no unwrapping), or null when it names no web host. */
export function hostOf(input: string): string | null {
  return parseOnce(input)?.host ?? null;
}

/** Plain-text domains and URLs: "www.aljazeera.com", "https://x.com/a". */
export const DOMAIN_RE =
  /\b(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?::\d+)?(?:\/[^\s<>"'()]*)?/gi;

/** Parses a URL or host; null when it names no web host. */
export function parseTarget(input: string): Target | null {
  let t = parseOnce(input);
  // A few rounds only: a redirector pointing at a redirector is rare, a loop must not hang.
  for (let i = 0; t && i < 3; i++) {
    const inner = unwrap(t);
    if (!inner) break;
    t = parseOnce(inner) ?? t;
  }
  return t;
}

/** The host and each parent up to the registrable domain: "edition.cnn.com", "cnn.com". */
export function hostChain(t: Target): string[] {
  const out = [t.host];
  if (!t.domain) return out;
  let h = t.host;
  while (h.length > t.domain.length) {
    h = h.slice(h.indexOf('.') + 1);
    out.push(h);
  }
  return out;
}
