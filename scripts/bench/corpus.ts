import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface BenchPage {
  /** "readability/001", "fundus/de/FAZ_2023_04_28". */
  name: string;
  group: string;
  html: () => Buffer;
}

/**
 * Pages from a folder laid out like shared/corpus (readability/<name>/source.html,
 * fundus/<cc>/<Publisher>_<date>.html.gz) or any folder of .html/.html.gz files.
 */
export function collectPages(dir: string): BenchPage[] {
  const pages: BenchPage[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(p).isDirectory()) walk(p, r);
      else if (name === 'source.html')
        pages.push({ name: rel, group: rel.split('/')[0] || basename(dir), html: () => readFileSync(p) });
      else if (/\.html?\.gz$/.test(name))
        pages.push({
          name: r.replace(/\.html?\.gz$/, ''),
          group: rel.split('/')[0] || basename(dir),
          html: () => gunzipSync(readFileSync(p)),
        });
      else if (/\.html?$/.test(name) && !existsSync(join(d, 'source.html')))
        pages.push({
          name: r.replace(/\.html?$/, ''),
          group: rel.split('/')[0] || basename(dir),
          html: () => readFileSync(p),
        });
    }
  };
  walk(dir, '');
  return pages;
}
