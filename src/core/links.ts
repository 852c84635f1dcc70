/**
 * Outbound links inside the article body. Blocks already skip furniture
 * (navigation, share bars, related teasers, comments, footers); here we drop
 * what is still not a citation: share intents, the page's own site, non-web links.
 */
import type { OutletDirectory } from '../outlets/types';
import { LIMITS } from './limits';
import { attr, squash, textOf } from './dom';
import type { Block } from './blocks';
import { classifyUrl } from '../outlets/classify';
import { registrable } from '../outlets/url';
import { resolveHref } from './resolve';
import type { Link } from './types';

const SHARE_RE =
  /\/sharer|\/share(?:Article)?(?:\.php)?\?|\/intent\/(?:tweet|post)|\/pin\/create|(?:^|\/\/)wa\.me\/|api\.whatsapp\.com|whatsapp:\/\/|\/submit\?url=|t\.me\/share|telegram\.me\/share|\/spi\/shares|flipboard\.com\/bookmarklet|getpocket\.com\/(?:save|edit)|\/dialog\/(?:share|feed)|addthis\.com|sharethis\.com/i;

export function extractLinks(
  blocks: Block[],
  dir: OutletDirectory,
  baseUrl: string,
  max = 50_000,
): { links: Link[]; truncated: boolean } {
  const own = registrable(baseUrl);
  const links: Link[] = [];
  const seen = new Set<Element>();
  for (const b of blocks) {
    for (const a of b.links) {
      if (seen.has(a)) continue;
      seen.add(a);
      if (links.length >= max) return { links, truncated: true };
      const url = resolveHref(attr(a, 'href'), baseUrl);
      // Over-long URLs are no citation anyone can follow, and the border would refuse them.
      if (!url || url.length > LIMITS.url || SHARE_RE.test(url)) continue;
      const c = classifyUrl(url, dir);
      if (!c || (own && c.domain === own)) continue;
      const text = squash(textOf(a)).slice(0, 200);
      const offset = b.text.indexOf(text);
      links.push({
        id: `lnk-${links.length + 1}`,
        url,
        domain: c.domain,
        text,
        category: c.category,
        outlet: c.outlet,
        platform: c.platform,
        shortener: c.shortener,
        position: { index: links.length, offset: text && offset >= 0 ? b.offset + offset : b.offset },
      });
    }
  }
  return { links, truncated: false };
}
