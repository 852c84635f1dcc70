/**
 * Throughput of the command line: pages per second with 1, 2 and all cores,
 * over a folder of pages and a WARC built from it, each repeated (default 5
 * times: 1,940 pages of the corpus, a few minutes of work on one core, as a
 * site's archive or a slice of a crawl would be), the startup of a run apart,
 * and peak memory as a generated input grows from 100 to 10,000 pages.
 *
 *   npm run bench:cli -- [DIR=../shared/corpus or tests/fixtures] [--repeat 5] [--runs 1] [--no-memory] [--no-throughput]
 *
 * Each run is a real `npm run -s analyze -- --format ndjson --jobs N INPUT`
 * ("1 core": the same under `taskset -c 0`, see RUNS_OF)
 * with stdout to a file, measured by /usr/bin/time (wall time, CPU time, max
 * RSS of the largest process: the CLI, its workers are threads of it). The
 * headline pages/s is pages over the whole wall time, startup included;
 * "startup s" is the wall time of a run over N tiny pages (npm, tsx, the
 * outlet directory, starting N workers), and "steady pages/s" the rate once
 * started. The load average is printed beside each figure: on a shared
 * machine a high load means the ratios are disturbed.
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { collectInputs } from '../src/cli/inputs';
import { pageOfFile, writeWarc, type WarcPage } from '../src/cli/warc-build';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const opt = (name: string, dflt: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const positional = argv.filter((a, i) => !a.startsWith('--') && !['--runs', '--repeat'].includes(argv[i - 1]));
const DIR = resolve(
  positional[0] ??
    (existsSync(join(ROOT, '../shared/corpus')) ? join(ROOT, '../shared/corpus') : join(ROOT, 'tests/fixtures')),
);
const RUNS = Number(opt('--runs', '1'));
const REPEAT = Number(opt('--repeat', '5'));
const tmp = mkdtempSync(join(tmpdir(), 'sl-bench-cli-'));
const CORES = [...new Set([1, 2, availableParallelism()])];

interface Measure {
  wall: number;
  cpu: number;
  rssMb: number;
  /** Reports written (stdout lines): a run that failed fast must not look fast. */
  reports: number;
}

/** One `npm run analyze` under /usr/bin/time; the figures come from its last stderr line. */
function measure(args: string[], pin = false): Measure {
  const timeOut = join(tmp, 'time.txt');
  const out = join(tmp, 'out.ndjson');
  const fd = openSync(out, 'w');
  try {
    const cmd = [
      '/usr/bin/time',
      '-o',
      timeOut,
      '-f',
      '%e %U %S %M',
      'npm',
      'run',
      '-s',
      'analyze',
      '--',
      '--format',
      'ndjson',
      ...args,
    ];
    execFileSync(pin ? 'taskset' : cmd[0], pin ? ['-c', '0', ...cmd] : cmd.slice(1), {
      cwd: ROOT,
      stdio: ['ignore', fd, 'ignore'],
    });
  } catch {
    // Exit code 1 (some pages failed) is a normal run.
  } finally {
    closeSync(fd);
  }
  const reports = countLines(out);
  rmSync(out);
  const [wall, user, sys, rssKb] = readFileSync(timeOut, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
  return { wall, cpu: user + sys, rssMb: rssKb / 1024, reports };
}

function countLines(file: string): number {
  const b = readFileSync(file);
  let n = 0;
  for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) n++;
  return n;
}

function best(args: string[], pin = false): Measure {
  const ms = Array.from({ length: RUNS }, () => measure(args, pin));
  return ms.reduce((a, b) => (b.wall < a.wall ? b : a));
}

const load = () => loadavg()[0].toFixed(1);
const col = (v: string | number, w: number) => String(v).padStart(w);

/** The folder's pages REPEAT times over, as hard links (copies across file systems) in subfolders. */
function repeatedFolder(files: string[]): string {
  const out = join(tmp, 'folder');
  for (let i = 0; i < REPEAT; i++) {
    for (const f of files) {
      const to = join(out, String(i), relative(DIR, f));
      mkdirSync(dirname(to), { recursive: true });
      try {
        linkSync(f, to);
      } catch {
        copyFileSync(f, to);
      }
    }
  }
  return out;
}

function* repeatedPages(files: string[]): Generator<WarcPage> {
  const pages = files.flatMap((f) => {
    try {
      return [pageOfFile(f, readFileSync(f))];
    } catch {
      return [];
    }
  });
  for (let i = 0; i < REPEAT; i++)
    for (const p of pages) yield i ? { ...p, url: `${p.url}${p.url.includes('?') ? '&' : '?'}copy=${i}` } : p;
}

/** Startup per job count: a run over `jobs` tiny pages (a WARC, so every job starts a worker). */
async function startup(run: Run): Promise<number> {
  const file = join(tmp, `tiny-${run.jobs}.warc`);
  const html = Buffer.from(
    '<!doctype html><html lang="en"><head><title>Tiny</title></head><body><p>Nothing here.</p></body></html>',
  );
  await writeWarc(
    file,
    Array.from({ length: run.jobs }, (_, i) => ({ url: `https://tiny.example/${i}`, html })),
  );
  return best(['--jobs', String(run.jobs), file], run.pin).wall;
}

/**
 * "1 core" is one job pinned to one CPU (taskset): one job alone is not one core, since V8's helper
 * threads (concurrent marking, parallel scavenges, background compiling: ~40% of the analysis CPU,
 * measured per thread in /proc) run on the other core. "1 job" is the same run unpinned.
 */
interface Run {
  label: string;
  jobs: number;
  pin: boolean;
}
const RUNS_OF: Run[] = [
  { label: '1 core', jobs: 1, pin: true },
  ...CORES.map((jobs) => ({ label: jobs === 1 ? '1 job' : `${jobs} jobs`, jobs, pin: false })),
];

process.stdout.write(
  `cores: ${availableParallelism()}; load at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);
if (!flag('--no-throughput')) {
  const files = collectInputs([DIR]).files.filter((f) => /\.html?(\.gz)?$/i.test(f));
  const folder = repeatedFolder(files);
  const warc = join(tmp, 'corpus.warc.gz');
  const records = await writeWarc(warc, repeatedPages(files));
  process.stdout.write(
    `input: ${DIR} ×${REPEAT}: ${files.length * REPEAT} pages as files, a WARC of ${records} records\n\n`,
  );
  const starts = new Map<Run, number>();
  for (const run of RUNS_OF) starts.set(run, await startup(run));
  process.stdout.write(
    'input    run       reports   pages/s   wall s   cpu s   startup s   steady pages/s   max RSS MB   load\n',
  );
  for (const [name, input, n] of [
    ['folder', folder, files.length * REPEAT],
    ['warc', warc, records],
  ] as const) {
    const rates = new Map<string, number>();
    for (const run of RUNS_OF) {
      const m = best(['--jobs', String(run.jobs), input], run.pin);
      const rate = n / m.wall;
      const start = starts.get(run) ?? 0;
      rates.set(run.label, rate);
      const ratio =
        run.jobs > 1
          ? `   ×${(rate / (rates.get('1 core') ?? rate)).toFixed(2)} of 1 core, ×${(rate / (rates.get('1 job') ?? rate)).toFixed(2)} of 1 job`
          : '';
      process.stdout.write(
        `${name.padEnd(8)} ${run.label.padEnd(7)}   ${col(m.reports, 7)}   ${col(rate.toFixed(1), 7)}   ${col(m.wall.toFixed(1), 6)}   ${col(m.cpu.toFixed(1), 5)}   ${col(start.toFixed(2), 9)}   ${col((n / Math.max(0.01, m.wall - start)).toFixed(1), 14)}   ${col(m.rssMb.toFixed(0), 10)}   ${col(load(), 4)}${ratio}\n`,
      );
    }
  }
}

if (!flag('--no-memory')) {
  // Generated pages: each different (outlets, links, text), so nothing is cached across pages.
  const outlets = ['Reuters', 'AFP', 'dpa', 'BBC', 'The New York Times', 'Al Jazeera', 'Der Spiegel'];
  const domains = ['reuters.com', 'afp.com', 'dpa.com', 'bbc.co.uk', 'nytimes.com', 'aljazeera.com', 'spiegel.de'];
  const generated = function* (n: number): Generator<WarcPage> {
    for (let i = 0; i < n; i++) {
      const a = i % outlets.length;
      const b = (i * 3 + 1) % outlets.length;
      const html = `<!doctype html><html lang="de"><head><title>Bericht ${i}: Lage in der Region</title><meta property="article:published_time" content="2025-03-05T10:00:00Z"></head><body><article><h1>Bericht ${i}: Lage in der Region</h1>${Array.from({ length: 12 }, (_, k) => `<p>Absatz ${k} von Bericht ${i}. Laut ${outlets[a]} und wie ${outlets[b]} berichtet, hat sich die Lage am Tag ${i % 31} verändert. <a href="https://www.${domains[(a + k) % domains.length]}/story/${i}-${k}">Mehr</a></p>`).join('')}<p>Quelle: ${outlets[a]}</p></article></body></html>`;
      yield { url: `https://news.example/region/${i}-bericht`, html: Buffer.from(html) };
    }
  };
  const jobs = availableParallelism();
  process.stdout.write(
    `\npeak memory, generated pages, --jobs ${jobs}:\npages   reports   pages/s   max RSS MB   load\n`,
  );
  for (const n of [100, 1000, 10000]) {
    const file = join(tmp, `gen-${n}.warc.gz`);
    await writeWarc(file, generated(n));
    const m = measure(['--jobs', String(jobs), file]);
    process.stdout.write(
      `${col(n, 5)}   ${col(m.reports, 7)}   ${col((n / m.wall).toFixed(1), 7)}   ${col(m.rssMb.toFixed(0), 10)}   ${col(load(), 4)}\n`,
    );
    rmSync(file);
  }
}
rmSync(tmp, { recursive: true, force: true });
