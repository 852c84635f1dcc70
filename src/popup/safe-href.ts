import { safeHttpUrl } from '../shared/web-url';

/** Only http(s) links ever leave the popup (see safeHttpUrl); undefined suits JSX attributes. */
export const safeHref = (url: string | null | undefined): string | undefined => safeHttpUrl(url) ?? undefined;

/** "https://www.nytimes.com/2025/01/x.html" -> "nytimes.com/2025/01/x.html": short, readable link text. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname === '/' ? '' : u.pathname;
    return u.hostname.replace(/^www\./, '') + path + u.search;
  } catch {
    return url;
  }
}
