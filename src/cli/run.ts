/**
 * The CLI as a function with injected IO, so tests can call it directly.
 * Exit codes: 0 all inputs analysed, 1 some failed, 2 usage error.
 */
import type { OutletDirectory } from '../outlets';
import { noControls } from '../shared/plain-text';
import { parseArgs, USAGE } from './args';
import { nodeFs, type CliFs } from './fs';
import { collectInputs } from './inputs';
import { createWriter } from './output';
import type { Encoding, FileReport, PageResult } from './page';
import { runPool, type DirectorySpec, type Item } from './pool';
import { createProgress } from './progress';
import { doneKeys, inShard, pageKey } from './resume';
import { isWarc, pagesOf } from './sources';
import { createSummary, summaryTable } from './summary';

export { parseArgs } from './args';
export { InputError } from './sources';

export interface Io {
  stdout: { write(s: string): void };
  stderr: { write(s: string): void; isTTY?: boolean };
  stdin?: AsyncIterable<Uint8Array>;
}

export interface RunOptions {
  /** An outlet directory for analysis in this thread. An object cannot cross to a worker: with it and no `workerDirectory`, the run stays in this thread. */
  directory?: OutletDirectory;
  /** How each worker builds its own directory (default: the full directory). */
  workerDirectory?: DirectorySpec;
  fs?: CliFs;
}

type Meta = { file: string; error?: string };

export async function run(argv: string[], io: Io, opts: RunOptions = {}): Promise<number> {
  const fs = opts.fs ?? nodeFs;
  const args = parseArgs(argv);
  if ('error' in args) {
    io.stderr.write(args.error ? `error: ${noControls(args.error)}\n${USAGE}` : USAGE);
    return 2;
  }
  const say = (kind: string, file: string, text: string) =>
    io.stderr.write(`${kind}: ${noControls(file)}: ${noControls(text)}\n`);
  const stdinPaths = args.paths.filter((p) => p === '-');
  const {
    files: found,
    errors,
    warnings,
  } = collectInputs(
    args.paths.filter((p) => p !== '-'),
    fs,
  );
  for (const e of errors) say('error', e.file, e.error);
  for (const w of warnings) say('warning', w.file, w.warning);
  let failed = errors.length;

  let done: Set<string> | null = null;
  if (args.skipDone) {
    try {
      const r = await doneKeys(args.skipDone);
      done = r.keys;
      if (r.unreadable)
        say(
          'warning',
          args.skipDone,
          `${r.unreadable} line(s) are not a report (a run cut off mid-line?); those pages are analysed again`,
        );
    } catch (e) {
      say(
        'error',
        args.skipDone,
        `cannot read the NDJSON output to resume from (${e instanceof Error ? e.message : String(e)})`,
      );
      return 2;
    }
  }
  const wanted = (key: string) => (!args.shard || inShard(key, args.shard)) && !done?.has(key);
  // Plain files are filtered before they are read; WARC records once their headers are known.
  const files = [...found.filter((f) => isWarc(f) || wanted(f)), ...stdinPaths];
  const streamed = files.some(isWarc);
  const single = args.paths.length === 1 && files.length === 1 && !streamed;

  const writer = createWriter(args.format, io.stdout, single);
  const summary = args.summary ? createSummary() : null;
  const progress = createProgress(
    streamed ? null : files.length,
    io.stderr,
    !!io.stderr.isTTY || files.length > 5 || streamed,
  );
  const stdin = io.stdin ?? (process.stdin as AsyncIterable<Uint8Array>);
  let count = 0;

  const verbose = args.verbose;
  async function* items(): AsyncGenerator<Item<Meta>> {
    for await (const item of pagesOf(files, fs, stdin)) {
      if (item.kind === 'error') yield { kind: 'other', meta: { file: item.file, error: item.error } };
      else if (!item.task.warc || wanted(pageKey(item.task)))
        yield {
          kind: 'task',
          task: verbose ? { ...item.task, debug: true } : item.task,
          meta: { file: item.task.warc ? `${item.task.file} ${item.task.warc.url}` : item.task.file },
        };
    }
  }
  const emit = (meta: Meta, result: PageResult | null) => {
    if (!result || !result.ok) {
      failed++;
      // On a terminal the progress bar holds the line: the message starts a new one.
      if (io.stderr.isTTY) io.stderr.write('\n');
      say('error', meta.file, result ? result.error : (meta.error ?? 'failed'));
      progress.tick(++count, meta.file);
      return;
    }
    if ('json' in result ? result.tooLarge : result.report.status === 'too-large')
      say('warning', meta.file, 'page too large, only its first part was analyzed');
    if (args.verbose && 'report' in result) io.stderr.write(diagnosticLines(meta.file, result.report));
    if ('json' in result) writer.json?.(result.json);
    else if (summary) summary.add(result.report);
    else writer.report(result.report);
    progress.tick(++count, meta.file);
  };
  const encoding: Encoding =
    summary || args.verbose || args.format === 'markdown' || args.format === 'table' ? 'object' : args.format;
  const inThread = opts.directory && !opts.workerDirectory;
  const jobs = inThread || (!streamed && files.length < 2) ? 1 : args.jobs;
  await runPool(
    items(),
    { jobs, unordered: args.unordered, directory: opts.directory, workerDirectory: opts.workerDirectory, encoding },
    emit,
  );
  progress.done();
  if (summary) {
    const s = summary.result();
    io.stdout.write(
      args.format === 'json' || args.format === 'ndjson' ? `${JSON.stringify(s, null, 2)}\n` : summaryTable(s),
    );
  } else writer.end();
  return failed ? 1 : 0;
}

/** The --verbose lines of one report: each failed step, or that none failed. */
export function diagnosticLines(file: string, report: FileReport): string {
  const list = report.diagnostics ?? [];
  if (!list.length) return `diagnostics: ${file}: every step ran\n`;
  return list.map((d) => `diagnostics: ${file}: ${d.step} failed: ${d.message}\n`).join('');
}
