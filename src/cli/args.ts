/** The command line's options. Usage errors come back as `{ error }` (exit code 2). */
import { availableParallelism } from 'node:os';

export type Format = 'json' | 'ndjson' | 'markdown' | 'table';

export interface Args {
  format: Format;
  paths: string[];
  jobs: number;
  unordered: boolean;
  /** 1-based shard index and shard count. */
  shard: { index: number; count: number } | null;
  skipDone: string | null;
  summary: boolean;
  /** The debug switch: failing extractor steps are listed on stderr and in each report's diagnostics. */
  verbose: boolean;
}

export const USAGE = `usage: npm run analyze -- [options] FILE_OR_DIR_OR_WARC... (- reads a WARC from stdin)
  --format json|ndjson|markdown|table   json (default): one report, or an array; ndjson: one report per line as each page finishes
  --jobs N          worker threads (default: the available cores)
  --unordered       print reports as they finish instead of in input order
  --shard I/N       analyse only shard I of N (1-based), a deterministic split of the pages
  --skip-done FILE  skip the pages an earlier NDJSON output already holds (resume after a crash)
  --verbose, -v     list failing analysis steps on stderr and in each report's diagnostics
  --summary         print only the outlets cited most, by category, country and type (JSON for json/ndjson, else a table)
`;

const FORMATS: readonly Format[] = ['json', 'ndjson', 'markdown', 'table'];

export function parseArgs(argv: string[]): Args | { error: string } {
  const args: Args = {
    format: 'json',
    paths: [],
    jobs: availableParallelism(),
    unordered: false,
    shard: null,
    skipDone: null,
    summary: false,
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = () => (eq > 0 ? a.slice(eq + 1) : argv[++i]);
    if (name === '--format' || name === '-f') {
      const v = value();
      if (!FORMATS.includes(v as Format)) return { error: `unknown format "${v ?? ''}"` };
      args.format = v as Format;
    } else if (name === '--jobs' || name === '-j') {
      const v = value();
      if (!/^[1-9]\d{0,3}$/.test(v ?? '')) return { error: `--jobs needs a whole number from 1, got "${v ?? ''}"` };
      args.jobs = Number(v);
    } else if (name === '--shard') {
      const v = value() ?? '';
      const m = /^(\d+)\/(\d+)$/.exec(v);
      if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]))
        return { error: `--shard needs I/N with 1 ≤ I ≤ N, got "${v}"` };
      args.shard = { index: Number(m[1]), count: Number(m[2]) };
    } else if (name === '--skip-done') {
      const v = value();
      if (!v) return { error: '--skip-done needs an NDJSON file' };
      args.skipDone = v;
    } else if (a === '--unordered') args.unordered = true;
    else if (a === '--summary') args.summary = true;
    else if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--help' || a === '-h') return { error: '' };
    else if (a === '--') continue;
    else if (a.startsWith('-') && a.length > 1) return { error: `unknown option ${a}` };
    else args.paths.push(a);
  }
  return args.paths.length ? args : { error: 'no input files' };
}
