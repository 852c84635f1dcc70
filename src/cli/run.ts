/**
 * The CLI as a function with injected IO, so tests can call it directly.
 * Exit codes: 0 all files analysed, 1 some failed, 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyze, analyzeText } from '../core';
import { attr, first, meta } from '../core/dom';
import { loadDirectory, type OutletDirectory } from '../outlets';
import { decodeBytes } from './decode';
import { toMarkdown, toTable, type FileReport } from './format';
import { collectInputs } from './inputs';
import { createProgress } from './progress';

export interface Io {
  stdout: { write(s: string): void };
  stderr: { write(s: string): void; isTTY?: boolean };
}

const USAGE = 'usage: npm run analyze -- [--format json|markdown|table] FILE_OR_DIR...\n';
type Format = 'json' | 'markdown' | 'table';

export function parseArgs(argv: string[]): { format: Format; paths: string[] } | { error: string } {
  let format: Format = 'json';
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format' || a === '-f' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'json' && v !== 'markdown' && v !== 'table') return { error: `unknown format "${v ?? ''}"` };
      format = v;
    } else if (a === '--help' || a === '-h') return { error: '' };
    else if (a === '--') continue;
    else if (a.startsWith('-') && a.length > 1) return { error: `unknown option ${a}` };
    else paths.push(a);
  }
  return paths.length ? { format, paths } : { error: 'no input files' };
}

export function analyzeFile(file: string, dir: OutletDirectory): FileReport {
  const bytes = readFileSync(file);
  const isText = /\.txt$/i.test(file);
  const dec = decodeBytes(bytes, { html: !isText });
  if (!dec.ok) throw new Error(dec.error);
  const fileUrl = pathToFileURL(resolvePath(file)).href;
  if (isText) return { file, ...analyzeText(dec.text, { directory: dir, url: fileUrl }) };
  const { document } = parseHTML(dec.text);
  // A saved page knows its own address: internal links are only recognisable against it.
  const canonical = attr(first(document, 'link[rel=canonical]'), 'href') || meta(document, 'og:url');
  const url = /^https?:\/\//i.test(canonical) ? canonical : fileUrl;
  return { file, ...analyze(document as unknown as Document, { url, directory: dir }) };
}

export async function run(argv: string[], io: Io, opts: { directory?: OutletDirectory } = {}): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.stderr.write(args.error ? `error: ${args.error}\n${USAGE}` : USAGE);
    return 2;
  }
  const { files, errors } = collectInputs(args.paths);
  for (const e of errors) io.stderr.write(`error: ${e.file}: ${e.error}\n`);
  const dir = opts.directory ?? (await loadDirectory());
  const progress = createProgress(files.length, io.stderr, !!io.stderr.isTTY || files.length > 5);
  const reports: FileReport[] = [];
  let failed = errors.length;
  files.forEach((file, i) => {
    try {
      reports.push(analyzeFile(file, dir));
    } catch (e) {
      failed++;
      const err = e as NodeJS.ErrnoException;
      io.stderr.write(`${files.length > 5 && io.stderr.isTTY ? '\n' : ''}error: ${file}: ${err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a folder' : err.message}\n`);
    }
    progress.tick(i + 1, file);
  });
  progress.done();
  const multiple = args.paths.length > 1 || files.length > 1 || reports.length !== 1;
  if (args.format === 'json') io.stdout.write(JSON.stringify(multiple ? reports : reports[0], null, 2) + '\n');
  else if (reports.length) io.stdout.write(args.format === 'markdown' ? toMarkdown(reports) : toTable(reports));
  return failed ? 1 : 0;
}
