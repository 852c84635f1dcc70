import { siteKey } from '../outlets/site-key';
import { safeHttpUrl } from '../shared/web-url';

/** Only http(s) links ever leave the popup (see safeHttpUrl); undefined suits JSX attributes. */
export const safeHref = (url: string | null | undefined): string | undefined => safeHttpUrl(url) ?? undefined;

/** "https://www.nytimes.com/2025/01/x.html" -> "nytimes.com/2025/01/x.html": short, readable link text. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname === '/' ? '' : u.pathname;
    return siteKey(u.hostname) + readable(path + u.search);
  } catch {
    return url;
  }
}

/** Direction and invisible format characters: a decoded path must not reorder or hide what is shown. */
const FORMAT_CHARS = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** "/news/%D8%AD%D8%A7" -> "/news/حا": the path as its site's readers see it (the href stays encoded). */
function readable(s: string): string {
  let out = s;
  try {
    out = decodeURI(s);
  } catch {
    out = s;
  }
  return out.replace(FORMAT_CHARS, '');
}
