/**
 * Throughput of the command line: pages per second with 1, 2 and all cores,
 * over a folder of pages and a WARC built from it, and peak memory (max RSS
 * of the whole process, workers included) as the input grows from 100 to
 * 10,000 generated pages.
 *
 *   npm run bench:cli -- [DIR=../shared/corpus or tests/fixtures] [--runs 1] [--no-memory]
 *
 * Each run is a fresh `node --import tsx src/cli/main.ts --format ndjson`
 * with stdout to /dev/null, measured by /usr/bin/time (wall time, CPU time,
 * max RSS). Startup (tsx, the outlet directory) is part of every figure. The
 * load average is printed beside each figure: on a shared machine a high
 * load means the ratios are disturbed.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { collectInputs } from '../src/cli/inputs';
import { pageOfFile, writeWarc, type WarcPage } from '../src/cli/warc-build';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const opt = (name: string, dflt: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const positional = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--runs'));
const DIR = resolve(positional[0] ?? (existsSync(join(ROOT, '../shared/corpus')) ? join(ROOT, '../shared/corpus') : join(ROOT, 'tests/fixtures')));
const RUNS = Number(opt('--runs', '1'));
const tmp = mkdtempSync(join(tmpdir(), 'sl-bench-cli-'));

interface Measure {
  wall: number;
  cpu: number;
  rssMb: number;
  /** Reports written (stdout lines): a run that failed fast must not look fast. */
  reports: number;
}

/** One CLI run under /usr/bin/time; the figures come from its last stderr line. */
function measure(args: string[]): Measure {
  const timeOut = join(tmp, 'time.txt');
  const out = join(tmp, 'out.ndjson');
  const fd = openSync(out, 'w');
  try {
    execFileSync('/usr/bin/time', ['-o', timeOut, '-f', '%e %U %S %M', process.execPath, '--import', 'tsx', join(ROOT, 'src/cli/main.ts'), '--format', 'ndjson', ...args], {
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

function best(args: string[]): Measure {
  const ms = Array.from({ length: RUNS }, () => measure(args));
  return ms.reduce((a, b) => (b.wall < a.wall ? b : a));
}

const load = () => loadavg()[0].toFixed(1);
const files = collectInputs([DIR]).files.filter((f) => /\.html?(\.gz)?$/i.test(f));
const readable = (f: string): WarcPage | null => {
  try {
    return pageOfFile(f, readFileSync(f));
  } catch {
    return null;
  }
};
const warc = join(tmp, 'corpus.warc.gz');
const pages = await writeWarc(warc, files.map(readable).filter((p): p is WarcPage => !!p));
process.stdout.write(`corpus: ${DIR} (${files.length} pages; WARC of ${pages} records)\ncores: ${availableParallelism()}\n\n`);

const cores = [...new Set([1, 2, availableParallelism()])];
process.stdout.write('input    jobs   reports   pages/s   wall s   cpu s   max RSS MB   load\n');
for (const [name, input, n] of [['folder', DIR, files.length], ['warc', warc, pages]] as const) {
  let one = 0;
  for (const jobs of cores) {
    const m = best(['--jobs', String(jobs), input]);
    const rate = n / m.wall;
    if (jobs === 1) one = rate;
    process.stdout.write(`${name.padEnd(8)} ${String(jobs).padStart(4)}   ${String(m.reports).padStart(7)}   ${rate.toFixed(1).padStart(7)}   ${m.wall.toFixed(1).padStart(6)}   ${m.cpu.toFixed(1).padStart(5)}   ${m.rssMb.toFixed(0).padStart(10)}   ${load().padStart(4)}${jobs > 1 ? `   ×${(rate / one).toFixed(2)} of 1 job` : ''}\n`);
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
  process.stdout.write(`\npeak memory, generated pages, --jobs ${availableParallelism()}:\npages   reports   pages/s   max RSS MB   load\n`);
  for (const n of [100, 1000, 10000]) {
    const file = join(tmp, `gen-${n}.warc.gz`);
    await writeWarc(file, generated(n));
    const m = measure(['--jobs', String(availableParallelism()), file]);
    process.stdout.write(`${String(n).padStart(5)}   ${String(m.reports).padStart(7)}   ${(n / m.wall).toFixed(1).padStart(7)}   ${m.rssMb.toFixed(0).padStart(10)}   ${load().padStart(4)}\n`);
    rmSync(file);
  }
}
rmSync(tmp, { recursive: true, force: true });
