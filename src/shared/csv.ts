/**
 * The one CSV writer of every export (the popup's source list, the options
 * page's user outlets): RFC 4180 with every field quoted, so a spreadsheet
 * that splits on ";" (German Excel) or tabs never sees a cell boundary inside
 * a field; and text a spreadsheet would run as a formula (= + - @, tab, CR
 * at the start) gets a leading apostrophe.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  const s = String(value);
  // Apostrophes already in front of a formula get one more, so unguardCsvField gives back exactly this text.
  const safe = typeof value === 'string' && /^'*[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** What an importer reads back: the text without the one apostrophe csvField put in front of a formula. */
export function unguardCsvField(field: string): string {
  return /^'+[=+\-@\t\r]/.test(field) ? field.slice(1) : field;
}

export function csvRow(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',');
}

/**
 * A whole CSV file: header and rows, CRLF line ends as RFC 4180 says. The
 * header is ours, plain column names, so it stays unquoted and readable
 * (`outlet,domain,…`); a name that would need quoting is a programming error.
 */
export function csvTable(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  if (header.some((h) => !/^[a-z][a-z0-9_]*$/.test(h)))
    throw new Error(`CSV column names are plain lowercase words: ${header.join(',')}`);
  return [header.join(','), ...rows.map(csvRow)].join('\r\n') + '\r\n';
}
