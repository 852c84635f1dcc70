/**
 * What a user types as a site (options page, settings file, outlet import):
 * a host or a URL, checked against the public suffix list, so "..com",
 * "co.uk" or a 300-letter label are refused instead of stored.
 */
import { parse } from 'tldts';
import { siteKey } from './site-key';

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * "https://www.Example.com/path" -> "example.com"; null when it names no site.
 * IP addresses count as sites (a page served from 127.0.0.1 can be turned off)
 * unless `allowIp` is false (an outlet needs a domain).
 */
export function parseSite(input: string, allowIp = true): string | null {
  if (typeof input !== 'string') return null;
  const host = siteKey(
    input
      .trim()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
      .replace(/[/?#:].*$/, ''),
  );
  if (!host || host.length > 253) return null;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host))
    return allowIp && host.split('.').every((n) => Number(n) <= 255) ? host : null;
  if (!host.split('.').every((l) => LABEL.test(l))) return null;
  // A bare public suffix ("co.uk") has no registrable domain; a name under an unknown top-level domain
  // ("intranet.local") keeps one, so a suffix list older than a new TLD refuses nothing real.
  const p = parse(host);
  return p.domain && !p.isIp ? host : null;
}
