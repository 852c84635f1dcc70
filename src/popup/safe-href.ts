/** Only http(s) links ever leave the popup: a page cannot smuggle javascript: or data: URLs in. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

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
