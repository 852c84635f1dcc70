/**
 * Registrable domains (public suffix list via tldts) and a fallback category
 * for sites the outlet directory does not classify. The directory's own
 * platform rules win; these only fill in when it answers 'other'.
 */
import { parse } from 'tldts';
import type { OutletDirectory } from '../outlets/types';
import type { Category, PlatformInfo } from './types';

/**
 * Registrable domains per host: a page cites the same few hosts again and
 * again, and the suffix-list lookup is the costliest step per link. Bounded; a
 * pure function of the host, so it may outlive one analysis.
 */
const BY_HOST = new Map<string, string | null>();
const HOST_RE = /^https?:\/\/(?:[^@/?#]*@)?([a-z0-9.-]+)(?::\d*)?(?=[/?#]|$)/i;

/** Registrable domain of a URL or host, or null when it has no public suffix. */
export function registrable(input: string): string | null {
  const url = input.includes('://') ? input : `https://${input}`;
  const host = HOST_RE.exec(url)?.[1]?.toLowerCase();
  if (host) {
    const known = BY_HOST.get(host);
    if (known !== undefined) return known;
  }
  let domain: string | null = null;
  try {
    const r = parse(url);
    domain = !r.domain || !r.isIcann || r.isIp ? null : r.domain.toLowerCase();
  } catch {
    domain = null;
  }
  if (host) {
    if (BY_HOST.size >= 5_000) BY_HOST.clear();
    BY_HOST.set(host, domain);
  }
  return domain;
}


export function hostOf(input: string): string | null {
  // ASCII hosts need no parser; IDNs, IPv6 and odd inputs still go through URL.
  const m = HOST_RE.exec(input);
  if (m) return m[1].toLowerCase();
  try {
    return new URL(input.includes('://') ? input : `https://${input}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

const SOCIAL = /^(twitter|x|facebook|fb|instagram|youtube|youtu|tiktok|linkedin|threads|bsky|telegram|t|vk|weibo|pinterest|snapchat|tumblr|mastodon|truthsocial|gab|gettr|rumble|twitch|flickr|whatsapp)\.\w+$/;
const FORUM = /^(reddit|redd|quora|stackexchange|stackoverflow|4chan|8kun|discourse|gutefrage|hackernews|ycombinator|lemmy|kiwifarms|somethingawful|resetera)\.\w+$/;
const REFERENCE = /^(wikipedia|wikimedia|wikidata|britannica|archive|wayback|duden|dictionary|merriam-webster|statista|destatis)\.\w+$/;
const ACADEMIC = /^(doi|arxiv|pubmed|ncbi|nature|sciencedirect|springer|wiley|jstor|researchgate|ssrn|biorxiv|medrxiv|thelancet|nejm|plos|scholar|semanticscholar|cell|pnas|sciencemag|science)\.\w+$/;

export function fallbackCategory(domain: string, host: string): Category {
  if (SOCIAL.test(domain)) return 'social';
  if (FORUM.test(domain)) return 'forum';
  if (REFERENCE.test(domain) || /(^|\.)archive\.(org|today|ph|is)$/.test(host)) return 'reference';
  if (ACADEMIC.test(domain) || /\.(edu|ac\.[a-z]{2}|edu\.[a-z]{2})$/.test(host) || /(^|\.)(uni-[\w-]+|[\w-]*university[\w-]*)\./.test(host)) return 'academic';
  if (/\.(gov|mil|gouv\.fr|gov\.[a-z]{2}|gv\.at|admin\.ch|bund\.de|europa\.eu|int)$/.test(host) || /^(bundesregierung|bundestag|bundesrat|who|un)\.(de|int|org)$/.test(domain)) return 'government';
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
 * Directory classification with the core's fallback; null for URLs without a
 * registrable domain (registrable() keeps its answer per host).
 */
export function classifyUrl(url: string, dir: OutletDirectory): Classified | null {
  const host = hostOf(url);
  if (!host) return null;
  const domain = registrable(url);
  if (!domain) return null;
  let c: ReturnType<OutletDirectory['classify']> | null = null;
  try {
    c = dir.classify(url);
  } catch {
    c = null;
  }
  const outlet = c?.outlet ?? null;
  let category: Category = c?.category ?? 'other';
  if (category === 'other' && !outlet) category = fallbackCategory(domain, host);
  if (outlet && category === 'other') category = 'news';
  return {
    domain: (c?.domain ?? domain).toLowerCase(),
    host,
    category,
    outlet: outlet?.name ?? null,
    outletId: outlet?.id ?? null,
    platform: c?.platform ?? null,
    shortener: c?.shortener ?? false,
  };
}

/** Plain-text domains and URLs: "www.aljazeera.com", "https://x.com/a". */
export const DOMAIN_RE = /\b(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?::\d+)?(?:\/[^\s<>"'()]*)?/gi;
