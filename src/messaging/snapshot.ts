/**
 * What the content script sends for analysis (types and limits only: the
 * first chunk imports this, the schema lives in protocol.ts).
 *
 * Chrome refuses a runtime message whose JSON exceeds 64 MiB; JSON may take up
 * to 6 bytes for one UTF-16 unit (\u0001), so 8 million characters always fit.
 * The largest corpus page is under 2 million.
 */
export const MAX_SNAPSHOT_CHARS = 8_000_000;

/** Hidden containers listed at most (below a hidden one none is listed), and the length of one place. */
export const MAX_HIDDEN_PLACES = 20_000;
export const MAX_PLACE_CHARS = 2_000;

export interface PageSnapshot {
  /** document.documentElement.outerHTML. */
  html: string;
  /** location.href: the page's address, as the live DOM's report had it. */
  url: string;
  /**
   * The containers the live page hides by style, as "tag:i/j/k" (child-element
   * indices from <html>): marked in the copy when the tag there agrees.
   */
  hidden: string[];
  /** The live parser kept <noscript> content as text (scripting on): the copy's parser must too. */
  noscriptText: boolean;
  /** The markup was longer than MAX_SNAPSHOT_CHARS and is cut: the report is 'too-large'. */
  cut: boolean;
}
