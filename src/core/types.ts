/**
 * The SourceReport: the one plain-JSON type every part of Source Lens shares
 * (content script -> background -> popup, and the CLI). Keep it serialisable:
 * no Maps, no DOM nodes, no functions.
 */

// Categories, outlet types and platforms are the outlet directory's words (src/outlets); the report re-exports them.
import type { Category, OutletType, PlatformInfo } from '../outlets/types';
export { CATEGORIES, OUTLET_TYPES, type Category, type OutletType, type PlatformInfo } from '../outlets/types';

/** One signal that pushed the article decision up or down. `code` is stable and translated in the UI. */
export interface DetectionReason {
  code: string;
  /** Signed contribution to the score; positive = looks like an article. */
  weight: number;
  /** Short, untranslated evidence (e.g. "NewsArticle", "412 words"). Plain text, never markup. */
  detail?: string;
}

export interface Detection {
  isArticle: boolean;
  /** 0..1 */
  confidence: number;
  reasons: DetectionReason[];
}

export interface Metadata {
  title: string;
  lang: string | null;
  publishedTime: string | null;
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
}

/** Where a citation sits: the n-th occurrence in document order, used by "show in page". */
export interface Position {
  /** Index of the item within its own list (references, mentions or links). */
  index: number;
  /** Character offset within the article text, when known. */
  offset: number | null;
}

export type ReferenceKind = 'list' | 'footnote' | 'credit' | 'dateline';

export interface Reference {
  id: string; // "ref-1"
  /** The label as the page prints it: "Referenz 1", "[2]", "Quelle". */
  label: string;
  kind: ReferenceKind;
  url: string | null;
  /** Registrable domain (public suffix list), or null when the reference names no domain. */
  domain: string | null;
  /** Outlet name from the directory, or null. */
  outlet: string | null;
  text: string;
  category: Category;
  /** True when an in-text attribution points to this reference. */
  mentioned: boolean;
  position: Position;
  /** The outlet the label names when the URL's domain is another's ("Reuters" on a link to evil.invalid). */
  labelledAs?: string;
  /** True when the credited outlet is the page's own publisher ("Quelle: ntv.de" on n-tv.de): not an outside source. */
  self?: boolean;
}

export interface Mention {
  id: string; // "men-1"
  /** The attribution as it stands in the text: "Al Jazeera berichtet". */
  text: string;
  /** The outlet name as written ("Die New York Times"). */
  name: string;
  /** Canonical outlet name from the directory. */
  outlet: string;
  domain: string | null;
  /** Id of the matching reference, or null. */
  referenceId: string | null;
  /** Label of the matching reference ("Referenz 1"), or null; the reference itself is `referenceId` (the name is kept: public JSON). */
  reference: string | null;
  /** Id of a matching outbound link, or null. */
  linkId: string | null;
  /** False when neither a reference nor a link backs this mention. */
  referenced: boolean;
  position: Position;
  /** True when the outlet is the page's own publisher ("told CNN" on cnn.com): the page's own reporting. */
  self?: boolean;
  /** False when the directory does not know the outlet and the text names it as one ("die Nachrichtenagentur Wafa"). */
  inDirectory?: boolean;
}

export interface Link {
  id: string; // "lnk-1"
  url: string;
  /** Registrable domain. */
  domain: string;
  text: string;
  category: Category;
  outlet: string | null;
  platform: PlatformInfo | null;
  shortener: boolean;
  position: Position;
}

export interface DeclaredTotals {
  web: number | null;
  social: number | null;
  forums: number | null;
}

export interface CitationCounts {
  references: number;
  mentions: number;
  links: number;
}

export interface OutletSummary {
  name: string;
  domain: string | null;
  category: Category;
  country: string | null;
  type: OutletType | null;
  homepage: string | null;
  /** From the directory: "closed:2023", "renamed:NAME"; absent = active. */
  status?: string;
  citedBy: CitationCounts;
  /** Every URL of this outlet cited in the article (references and links). */
  urls: string[];
  referenceIds: string[];
  mentionIds: string[];
  linkIds: string[];
  /** True when this is the page's own publisher: shown apart, left out of the breakdown and the badge. */
  self?: boolean;
  /** False for an outlet the directory does not know, named as one by the text. */
  inDirectory?: boolean;
}

export interface Breakdown {
  byCategory: Record<Category, number>;
  byCountry: Record<string, number>;
  byType: Record<string, number>;
}

export interface Audit {
  /** Mentions with no reference and no link. */
  unreferencedMentions: string[];
  /** References the text never mentions. */
  unmentionedReferences: string[];
}

export interface Timings {
  detectMs: number;
  extractMs: number;
  totalMs: number;
}

export type ReportStatus = 'complete' | 'detection-only' | 'too-large';

export interface SourceReport {
  schemaVersion: 1;
  url: string;
  status: ReportStatus;
  isArticle: boolean;
  confidence: number;
  reasons: DetectionReason[];
  title: string;
  lang: string | null;
  metadata: Metadata;
  tags: string[];
  references: Reference[];
  mentions: Mention[];
  links: Link[];
  outlets: OutletSummary[];
  declaredTotals: DeclaredTotals | null;
  breakdown: Breakdown;
  audit: Audit;
  timings: Timings;
  /** Set by the background when the report was cut to fit its storage budget: how many items were left out. */
  truncated?: Truncated;
  /** Steps that failed and yielded an empty section; only with the debug switch (AnalyzeOptions.debug). */
  diagnostics?: Diagnostic[];
}

export interface Truncated {
  links: number;
  mentions: number;
  references: number;
}

/** One guarded step that threw: its name and the error's message. */
export interface Diagnostic {
  step: string;
  message: string;
}
