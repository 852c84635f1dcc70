/**
 * A page's markup as a DOM the core reads: linkedom, no layout, no scripts, no
 * network. The one parse of the CLI (saved pages) and of the extension's
 * background (the content script's snapshot), so both read a page alike.
 */
import { parseHTML } from 'linkedom';

export function htmlDocument(html: string): Document {
  return parseHTML(html).document;
}
