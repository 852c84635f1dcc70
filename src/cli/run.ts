/**
 * The CLI as a function with injected IO, so tests can call it directly.
 * Exit codes: 0 all files analysed, 1 some failed, 2 usage error.
 */
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyze, analyzeText } from '../core';
import { ownUrl } from '../core/own-url';
import { loadDirectory, type OutletDirectory } from '../outlets';
import { decodeBytes } from './decode';
import { toMarkdown, toTable, type FileReport } from './format';
import { fsMessage, MAX_FILE_BYTES, nodeFs, type CliFs } from './fs';
import { collectInputs } from './inputs';
import { createProgress } from './progress';

export interface Io {
  stdout: { write(s: string): void };
  stderr: { write(s: string): void; isTTY?: boolean };
}

const USAGE = 'usage: npm run analyze -- [--format json|markdown|table] [--verbose] FILE_OR_DIR...\n';
type Format = 'json' | 'markdown' | 'table';

/** `verbose`: the debug switch; failing extractors are listed on stderr and in each report's diagnostics. */
export function parseArgs(argv: string[]): { format: Format; paths: string[]; verbose: boolean } | { error: string } {
  let format: Format = 'json';
  let verbose = false;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format' || a === '-f' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'json' && v !== 'markdown' && v !== 'table') return { error: `unknown format "${v ?? ''}"` };
      format = v;
    } else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--help' || a === '-h') return { error: '' };
    else if (a === '--') continue;
    else if (a.startsWith('-') && a.length > 1) return { error: `unknown option ${a}` };
    else paths.push(a);
  }
  return paths.length ? { format, paths, verbose } : { error: 'no input files' };
}

/** A problem with one input file: reported on stderr, the other files go on. */
export class InputError extends Error {}

function readInput(file: string, fs: CliFs): Uint8Array {
  let st;
  try {
    st = fs.stat(file);
  } catch (e) {
    throw new InputError(fsMessage(e));
  }
  if (st.isDirectory()) throw new InputError('is a folder');
  // Never read a FIFO (blocks forever) or a device (never ends).
  if (!st.isFile()) throw new InputError('not a regular file (a device, FIFO or socket)');
  if (st.size > MAX_FILE_BYTES) throw new InputError(`file too large (${Math.round(st.size / 1024 / 1024)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
  try {
    return fs.readFile(file);
  } catch (e) {
    throw new InputError(fsMessage(e));
  }
}

export function analyzeFile(file: string, dir: OutletDirectory, fs: CliFs = nodeFs, debug = false): FileReport {
  const bytes = readInput(file, fs);
  const isText = /\.txt$/i.test(file);
  const dec = decodeBytes(bytes, { html: !isText });
  if (!dec.ok) throw new InputError(dec.error);
  const fileUrl = pathToFileURL(resolvePath(file)).href;
  if (isText) return { file, ...analyzeText(dec.text, { directory: dir, url: fileUrl, debug }) };
  const { document } = parseHTML(dec.text);
  // A saved page knows its own address: internal links are only recognisable against it.
  const url = ownUrl(document) ?? fileUrl;
  return { file, ...analyze(document, { url, directory: dir, debug }) };
}

export async function run(argv: string[], io: Io, opts: { directory?: OutletDirectory; fs?: CliFs } = {}): Promise<number> {
  const fs = opts.fs ?? nodeFs;
  const args = parseArgs(argv);
  if ('error' in args) {
    io.stderr.write(args.error ? `error: ${args.error}\n${USAGE}` : USAGE);
    return 2;
  }
  const { files, errors } = collectInputs(args.paths, fs);
  for (const e of errors) io.stderr.write(`error: ${e.file}: ${e.error}\n`);
  const dir = opts.directory ?? (await loadDirectory());
  const progress = createProgress(files.length, io.stderr, !!io.stderr.isTTY || files.length > 5);
  const reports: FileReport[] = [];
  let failed = errors.length;
  files.forEach((file, i) => {
    try {
      const report = analyzeFile(file, dir, fs, args.verbose);
      if (args.verbose) io.stderr.write(diagnosticLines(file, report));
      if (report.status === 'too-large') io.stderr.write(`warning: ${file}: page too large, only its first part was analyzed\n`);
      reports.push(report);
    } catch (e) {
      failed++;
      const why = e instanceof InputError ? e.message : `could not analyze: ${e instanceof Error ? e.message : String(e)}`;
      io.stderr.write(`${files.length > 5 && io.stderr.isTTY ? '\n' : ''}error: ${file}: ${why}\n`);
    }
    progress.tick(i + 1, file);
  });
  progress.done();
  const multiple = args.paths.length > 1 || files.length > 1 || reports.length !== 1;
  if (args.format === 'json') io.stdout.write(JSON.stringify(multiple ? reports : reports[0], null, 2) + '\n');
  else if (reports.length) io.stdout.write(args.format === 'markdown' ? toMarkdown(reports) : toTable(reports));
  return failed ? 1 : 0;
}

/** The --verbose lines of one report: each failed step, or that none failed. */
export function diagnosticLines(file: string, report: FileReport): string {
  const list = report.diagnostics ?? [];
  if (!list.length) return `diagnostics: ${file}: every step ran\n`;
  return list.map((d) => `diagnostics: ${file}: ${d.step} failed: ${d.message}\n`).join('');
}
