/**
 * Writers for stdout, each fed one report at a time. json streams an array
 * (indented as JSON.stringify(list, null, 2) would be) unless the run is one
 * file, which prints the bare report; ndjson writes a line per report;
 * markdown a section per report; table keeps only its rows until the end.
 */
import type { Format } from './args';
import { markdownOne, tableOf, tableRow, type FileReport } from './format';

export interface Writer {
  report(r: FileReport): void;
  /** A report already as JSON text (see `Encoding`): ndjson one line, json indented. */
  json?(text: string): void;
  end(): void;
}

type Out = { write(s: string): void };

export function createWriter(format: Format, out: Out, single: boolean): Writer {
  if (format === 'ndjson')
    return { report: (r) => out.write(`${JSON.stringify(r)}\n`), json: (t) => out.write(`${t}\n`), end: () => {} };
  if (format === 'markdown') {
    let n = 0;
    return {
      report: (r) => out.write(`${n++ ? '\n\n---\n\n' : ''}${markdownOne(r)}`),
      end: () => void (n && out.write('\n')),
    };
  }
  if (format === 'table') {
    const rows: string[][] = [];
    let first: FileReport | null = null;
    return {
      report: (r) => {
        if (!rows.length) first = r;
        rows.push(tableRow(r));
      },
      end: () => void (rows.length && out.write(tableOf(rows, rows.length === 1 ? first : null))),
    };
  }
  if (single) {
    let only = '';
    let n = 0;
    return {
      report: (r) => void ((only = JSON.stringify(r, null, 2)), n++),
      json: (t) => void ((only = t), n++),
      // One file that failed still leaves valid JSON on stdout: an empty list.
      end: () => out.write(`${n === 1 ? only : '[]'}\n`),
    };
  }
  let n = 0;
  const indent = (s: string) => s.replace(/\n/g, '\n  ');
  const item = (t: string) => out.write(`${n++ ? ',\n' : '[\n'}  ${indent(t)}`);
  return {
    report: (r) => item(JSON.stringify(r, null, 2)),
    json: item,
    end: () => out.write(n ? '\n]\n' : '[]\n'),
  };
}
