/**
 * Platform rules for links that are not news outlets: social networks, forums,
 * reference works, academic and government sites, with the account or
 * community the URL shows ("@handle", "r/sub", "c/community").
 */
import type { Category, PlatformInfo } from './types';
import { institutionOf } from './institutions';
import { PLATFORM_HOSTS, type AccountShape } from './platform-hosts';
import { hostChain, parseTarget, type Target } from './url';

export interface PlatformMatch {
  category: Category;
  platform: PlatformInfo | null;
}

// First path segments that are site pages, not accounts (x.com/search, instagram.com/p/...).
const RESERVED = new Set(
  (
    'i home search hashtag intent share sharer sharer.php explore settings messages notifications compose login signup logout ' +
    'tos privacy about help legal en de fr download jobs p reel reels tv stories accounts direct developer watch events ' +
    'photo.php story.php permalink.php profile.php home.php dialog plugins marketplace gaming groups pages policies business ' +
    'ads l.php feed video videos music topics i18n wall status statuses post posts web embed hashtags tags tag'
  ).split(' '),
);

const HANDLE = /^[\p{L}\p{N}_.-]{1,64}$/u;

function segments(path: string): string[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

function first(seg: string[]): string | null {
  const s = seg[0];
  return s && !RESERVED.has(s.toLowerCase()) && HANDLE.test(s.replace(/^@/, '')) ? `@${s.replace(/^@/, '')}` : null;
}

function after(seg: string[], key: string, prefix: string): string | null {
  const i = seg.indexOf(key);
  return i >= 0 && seg[i + 1] ? `${prefix}${seg[i + 1]}` : null;
}

function fediverse(t: Target, seg: string[]): string | null {
  const s = seg[0] ?? '';
  if (s.startsWith('@') && s.length > 1) return s.includes('@', 1) ? s : `${s}@${t.host}`;
  if ((s === 'c' || s === 'm' || s === 'u') && seg[1]) return `${s}/${seg[1]}`;
  return null;
}

function account(shape: AccountShape, t: Target, host: string): string | null {
  const seg = segments(t.path);
  switch (shape) {
    case 'first':
      // weibo.com/u/123 and similar numeric profile paths.
      return seg[0] === 'u' && seg[1] ? `u/${seg[1]}` : first(seg);
    case 'at':
      return seg.find((s) => s.startsWith('@') && s.length > 1) ?? null;
    case 'youtube':
      if (seg[0]?.startsWith('@')) return seg[0];
      return after(seg, 'channel', 'channel/') ?? after(seg, 'c', 'c/') ?? after(seg, 'user', 'user/');
    case 'facebook':
      if (seg[0] === 'groups') return after(seg, 'groups', 'groups/');
      if (seg[0] === 'profile.php') return /(?:^|&)id=(\d+)/.exec(t.query)?.[1] ?? null;
      return first(seg);
    case 'reddit':
      return after(seg, 'r', 'r/') ?? after(seg, 'user', 'u/') ?? after(seg, 'u', 'u/');
    case 'bluesky':
      return seg[0] === 'profile' && seg[1] ? `@${seg[1]}` : null;
    case 'telegram':
      return first(seg[0] === 's' ? seg.slice(1) : seg[0]?.startsWith('+') || seg[0] === 'joinchat' ? [] : seg);
    case 'linkedin':
      return seg[0] === 'in' || seg[0] === 'company' || seg[0] === 'school'
        ? seg[1]
          ? `${seg[0]}/${seg[1]}`
          : null
        : null;
    case 'subdomain': {
      const sub = t.host.slice(0, -host.length - 1).replace(/^www\./, '');
      return sub && sub !== 'www' ? `@${sub}` : null;
    }
    case 'stackexchange':
      return host === 'stackexchange.com' && t.host !== host ? t.host.slice(0, -host.length - 1) : null;
    case 'fediverse':
      return fediverse(t, seg);
    case 'board':
      return seg[0] && seg[0] !== 'bbs' ? `/${seg[0]}/` : seg[1] ? seg[1] : null;
  }
}

// Forum software and federated platforms recognised by URL shape on any host.
const SHAPES: [RegExp, string, Category][] = [
  [/^\/@[\p{L}\p{N}_.]+(@[\w.-]+)?(\/\d+)?\/?$/u, 'Mastodon', 'social'],
  [/^\/(c|m)\/[\w.]+(@[\w.-]+)?\/?$|^\/post\/\d+\/?$/, 'Lemmy', 'forum'],
  [/^\/t\/[^/]+\/\d+(\/\d+)?\/?$/, 'Discourse', 'forum'],
  [/\/(viewtopic|viewforum)\.php$/, 'phpBB', 'forum'],
  [/\/(showthread|forumdisplay)\.php$|^\/showthread\//, 'vBulletin', 'forum'],
  [/\/threads\/[^/]+\.\d+\/?/, 'XenForo', 'forum'],
  [/^\/(forums?|board|community|discussions?)(\/|$|\.)|\/forums?\//, 'Forum', 'forum'],
  [/\/threads\//, 'Forum', 'forum'],
];

const FORUM_HOST = /^(forums?|community|discuss|discussions?|board|boards|talk)\./;

/** Platform rule for a parsed target, or null for an ordinary site. */
export function matchPlatform(t: Target, chain: readonly string[] = hostChain(t)): PlatformMatch | null {
  for (const h of chain) {
    const row = PLATFORM_HOSTS.get(h);
    if (row)
      return {
        category: row.category,
        platform: { name: row.name, account: row.shape ? account(row.shape, t, h) : null },
      };
  }
  const kind = institutionOf(t, chain);
  if (kind) return { category: kind, platform: null };
  for (const [re, name, category] of SHAPES) {
    if (re.test(t.path)) {
      const acc = name === 'Mastodon' || name === 'Lemmy' ? fediverse(t, segments(t.path)) : null;
      return { category, platform: { name, account: acc } };
    }
  }
  if (/(^|\/)index\.php$/.test(t.path) && /(^|&)topic=\d/.test(t.query))
    return { category: 'forum', platform: { name: 'SMF', account: null } };
  if (FORUM_HOST.test(t.host) || /(^|[.-])forums?([.-]|$)/.test(t.domain ?? ''))
    return { category: 'forum', platform: { name: 'Forum', account: null } };
  return null;
}

/** Convenience for callers holding a URL string. */
export function classifyPlatform(url: string): PlatformMatch | null {
  const t = parseTarget(url);
  return t ? matchPlatform(t) : null;
}
