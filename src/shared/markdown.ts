/**
 * Markdown escaping for every Markdown this project writes (the popup's
 * export and the CLI's `--format markdown`): page text never becomes markup,
 * HTML or an image in whatever renderer shows the file.
 */
import { noControls } from './plain-text';

/** Text for a Markdown line or table cell: one line, markup characters escaped, pipes never end the cell. */
export function mdText(s: string): string {
  return noControls(s.replace(/\s+/g, ' ').trim()).replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`);
}

/** An autolink for an http(s) URL; the few characters that could break out of `<…>` or a table are percent-encoded. */
export function mdUrl(url: string): string {
  return `<${noControls(url).replace(/[|<>\s]/g, (c) => encodeURIComponent(c))}>`;
}
