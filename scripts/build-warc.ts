/**
 * A WARC file from a folder of saved pages, one `response` record per HTML
 * page (the URL is the one the CLI gives the file), to analyse a folder the
 * way a crawl is analysed, or to check that both give the same reports.
 *
 *   npx tsx scripts/build-warc.ts DIR OUT.warc[.gz] [--repeat N]
 *
 * `--repeat N` writes every page N times (distinct URLs), for benchmarks.
 */
import { readFileSync } from 'node:fs';
import { collectInputs } from '../src/cli/inputs';
import { pageOfFile, writeWarc, type WarcPage } from '../src/cli/warc-build';

const [dir, out, ...rest] = process.argv.slice(2);
const repeat = rest[0] === '--repeat' ? Number(rest[1]) : 1;
if (!dir || !out || !(repeat >= 1)) {
  process.stderr.write('usage: npx tsx scripts/build-warc.ts DIR OUT.warc[.gz] [--repeat N]\n');
  process.exit(2);
}
const files = collectInputs([dir]).files.filter((f) => /\.html?(\.gz)?$/i.test(f));

function* pages(): Generator<WarcPage> {
  for (let i = 0; i < repeat; i++) {
    for (const f of files) {
      let page: WarcPage;
      try {
        page = pageOfFile(f, readFileSync(f));
      } catch (e) {
        if (i === 0) process.stderr.write(`skipped ${f}: ${e instanceof Error ? e.message : String(e)}\n`);
        continue;
      }
      yield i === 0 ? page : { ...page, url: `${page.url}${page.url.includes('?') ? '&' : '?'}copy=${i}` };
    }
  }
}

const n = await writeWarc(out, pages());
process.stdout.write(`${out}: ${n} records from ${files.length} pages\n`);
