/**
 * What the analysis asks of a URL: host, registrable domain and category from
 * one parse (the directory's), with a fallback category for sites the
 * directory does not classify. The directory's own platform rules win; the
 * fallback only fills in when it answers 'other'.
 */
import type { Category, Classification, OutletDirectory, PlatformInfo } from './types';

const SOCIAL =
  /^(twitter|x|facebook|fb|instagram|youtube|youtu|tiktok|linkedin|threads|bsky|telegram|t|vk|weibo|pinterest|snapchat|tumblr|mastodon|truthsocial|gab|gettr|rumble|twitch|flickr|whatsapp)\.\w+$/;
const FORUM =
  /^(reddit|redd|quora|stackexchange|stackoverflow|4chan|8kun|discourse|gutefrage|hackernews|ycombinator|lemmy|kiwifarms|somethingawful|resetera)\.\w+$/;
const REFERENCE =
  /^(wikipedia|wikimedia|wikidata|britannica|archive|wayback|duden|dictionary|merriam-webster|statista|destatis)\.\w+$/;
const ACADEMIC =
  /^(doi|arxiv|pubmed|ncbi|nature|sciencedirect|springer|wiley|jstor|researchgate|ssrn|biorxiv|medrxiv|thelancet|nejm|plos|scholar|semanticscholar|cell|pnas|sciencemag|science)\.\w+$/;

export function fallbackCategory(domain: string, host: string): Category {
  if (SOCIAL.test(domain)) return 'social';
  if (FORUM.test(domain)) return 'forum';
  if (REFERENCE.test(domain) || /(^|\.)archive\.(org|today|ph|is)$/.test(host)) return 'reference';
  if (
    ACADEMIC.test(domain) ||
    /\.(edu|ac\.[a-z]{2}|edu\.[a-z]{2})$/.test(host) ||
    /(^|\.)(uni-[\w-]+|[\w-]*university[\w-]*)\./.test(host)
  )
    return 'academic';
  if (
    /\.(gov|mil|gouv\.fr|gov\.[a-z]{2}|gv\.at|admin\.ch|bund\.de|europa\.eu|int)$/.test(host) ||
    /^(bundesregierung|bundestag|bundesrat|who|un)\.(de|int|org)$/.test(domain)
  )
    return 'government';
  return 'other';
}

export interface Classified {
  domain: string;
  host: string;
  category: Category;
  outlet: string | null;
  outletId: string | null;
  platform: PlatformInfo | null;
  shortener: boolean;
}

/**
 * The directory's classification with the fallback category; null for URLs
 * without a registrable domain, and when the directory fails. Host and domain
 * come from the same parse, so an AMP cache or redirector link names the site
 * it stands for in both.
 */
export function classifyUrl(url: string, dir: OutletDirectory): Classified | null {
  let c: Classification;
  try {
    c = dir.classify(url);
  } catch {
    return null;
  }
  const { host, domain } = c;
  if (!host || !domain) return null;
  const outlet = c.outlet;
  let category: Category = c.category;
  if (category === 'other' && !outlet) category = fallbackCategory(domain, host);
  if (outlet && category === 'other') category = 'news';
  return {
    domain,
    host,
    category,
    outlet: outlet?.name ?? null,
    outletId: outlet?.id ?? null,
    platform: c.platform,
    shortener: c.shortener,
  };
}
