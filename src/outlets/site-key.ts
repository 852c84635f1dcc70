/**
 * The key a site is stored and compared under: a host in lower case, without
 * "www." and a trailing dot. Light on purpose (no suffix list): the content
 * script's first chunk asks it on every page. Validation of what a user types
 * is sites.ts.
 */
export function siteKey(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** Is `host` the site or under it ("news.example.com" is under "example.com")? */
export function isUnderSite(host: string, site: string): boolean {
  const h = siteKey(host);
  return h === site || h.endsWith(`.${site}`);
}
