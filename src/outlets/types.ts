export const CATEGORIES = ['news', 'social', 'forum', 'reference', 'academic', 'government', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const OUTLET_TYPES = [
  'newspaper',
  'magazine',
  'broadcaster',
  'public-broadcaster',
  'news-agency',
  'digital-native',
  'state-media',
  'aggregator',
  'fact-checker',
] as const;
export type OutletType = (typeof OUTLET_TYPES)[number];

/** The platform a non-outlet link belongs to, and the account the URL shows. */
export interface PlatformInfo {
  /** "X", "Reddit", "Wikipedia", "Mastodon" ... */
  name: string;
  /** "@handle", "r/sub", or null when the URL does not show it. */
  account: string | null;
}

/** One news outlet of the directory. */
export interface Outlet {
  /** Stable slug, e.g. "aljazeera". */
  id: string;
  name: string;
  /** Other names people write: abbreviations, with/without article, German/English forms. */
  aliases: string[];
  /** Every registrable domain or host it publishes under, first = homepage. */
  domains: string[];
  /** ISO 3166-1 alpha-2, upper case ("DE"); "INT" is not used: pick the seat. */
  country: string;
  /** ISO 639-1 codes. */
  languages: string[];
  type: OutletType;
  owner: string | null;
  /** Names or aliases, as written above, that are everyday words, first names or short acronyms: they may only match with evidence. */
  needsContext?: string[];
  /** The name without its bracketed qualifier ("The Star" for "The Star (Malaysia)"), indexed as a name of its own. */
  bareName?: string;
  /** "closed:2023", "renamed:NAME"; absent = active. */
  status?: string;
  /** "low": the row is kept for its domains but its names stay out of name matching. */
  confidence?: 'low';
  /** True when it comes from the user's own additions. */
  user?: boolean;
}

/** What a URL or domain is, as far as Source Lens can tell offline. */
export interface Classification {
  /** Registrable domain (public suffix list), lower case; null for invalid input. */
  domain: string | null;
  host: string | null;
  category: Category;
  outlet: Outlet | null;
  platform: PlatformInfo | null;
  shortener: boolean;
}

/** The directory as the analysis core sees it. Pure and synchronous once loaded. */
export interface OutletDirectory {
  /** Outlet for a URL, host or domain (subdomains, m./amp., AMP cache URLs handled). */
  byDomain(urlOrHost: string): Outlet | null;
  /** Outlet for a name as written: case-, accent- and article-insensitive ("die New York Times", "NYT"). */
  byName(name: string): Outlet | null;
  /** Full classification of a URL: category, platform, outlet. */
  classify(url: string): Classification;
  /** Number of outlets, for diagnostics. */
  readonly size: number;
  /**
   * Every name and alias as the index keys it, for callers that precompute over
   * all names once per directory (the core's mention scan) without folding
   * 6,000 names again.
   */
  readonly nameKeys: readonly NameKey[];
}

/** One outlet name or alias as the directory indexes it. */
export interface NameKey {
  /** Folded as written: "die zeit". */
  exact: string;
  /** Folded without the leading article of the outlet's language: "zeit". */
  bare: string;
  /** `bare` without separators: "zeit", "ntv". */
  loose: string;
}

/** What a user may add or override in the options page. */
export interface UserOutlet {
  name: string;
  domain: string;
  country: string;
  type: OutletType;
}
