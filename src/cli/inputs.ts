/**
 * Which files to analyse: files as given, folders searched recursively.
 * Nothing here throws: every path that cannot be used becomes an error entry
 * (unreadable folders, broken links, FIFOs and devices named like pages).
 */
import { realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fsMessage, nodeFs, type CliFs, type DirEntry } from './fs';

export const INPUT_RE = /\.(html?|html\.gz|htm\.gz|txt|warc|warc\.gz)$/i;

export interface Inputs {
  files: string[];
  errors: { file: string; error: string }[];
  /** Paths left out on purpose (links that lead out of the folder): said on stderr, not an error. */
  warnings: { file: string; warning: string }[];
}

export function collectInputs(paths: string[], fs: CliFs = nodeFs): Inputs {
  const files: string[] = [];
  const errors: Inputs['errors'] = [];
  const warnings: Inputs['warnings'] = [];
  for (const p of paths) {
    let st;
    try {
      st = fs.stat(p);
    } catch (e) {
      errors.push({ file: p, error: fsMessage(e) });
      continue;
    }
    if (st.isFile()) {
      files.push(p);
      continue;
    }
    if (!st.isDirectory()) {
      errors.push({ file: p, error: 'not a regular file (a device, FIFO or socket)' });
      continue;
    }
    const before = errors.length;
    const found = walkDir(p, fs, errors, warnings);
    if (!found.length && errors.length === before)
      errors.push({ file: p, error: 'folder holds no .html, .htm, .html.gz, .txt or .warc files' });
    files.push(...found);
  }
  return { files, errors, warnings };
}

function walkDir(dir: string, fs: CliFs, errors: Inputs['errors'], warnings: Inputs['warnings']): string[] {
  const out: string[] = [];
  // A link is followed only while its target stays inside the folder given:
  // a link to ".." or "/" would otherwise read files nobody asked for.
  const real = (p: string) => (fs.realpath ?? realpathSync)(p);
  const root = real(dir);
  const inside = (p: string) => {
    const r = real(p);
    return r === root || r.startsWith(root.endsWith(sep) ? root : root + sep);
  };
  const stack = [dir];
  // Symbolic links to folders are followed once: a link back up cannot loop.
  const seen = new Set<string>();
  const mark = (p: string) => {
    try {
      const st = fs.stat(p);
      const key = `${st.dev}:${st.ino}`;
      if (seen.has(key)) return false;
      seen.add(key);
    } catch {
      // stat failed: readdir below reports it.
    }
    return true;
  };
  mark(dir);
  while (stack.length) {
    const d = stack.pop()!;
    let entries: DirEntry[];
    try {
      entries = fs.readdir(d);
    } catch (e) {
      errors.push({ file: d, error: `cannot read folder: ${fsMessage(e)}` });
      continue;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (mark(p)) stack.push(p);
        continue;
      }
      if (e.isSymbolicLink()) {
        let st;
        try {
          st = fs.stat(p);
        } catch (err) {
          if (INPUT_RE.test(e.name)) errors.push({ file: p, error: `broken symbolic link (${fsMessage(err)})` });
          continue;
        }
        if ((st.isDirectory() || INPUT_RE.test(e.name)) && !inside(p)) {
          warnings.push({ file: p, warning: 'symbolic link leads out of the folder, not followed' });
          continue;
        }
        if (st.isDirectory()) {
          if (mark(p)) stack.push(p);
        } else if (INPUT_RE.test(e.name)) {
          if (st.isFile()) out.push(p);
          else errors.push({ file: p, error: 'not a regular file (a device, FIFO or socket)' });
        }
        continue;
      }
      if (!INPUT_RE.test(e.name)) continue;
      if (e.isFile()) out.push(p);
      else errors.push({ file: p, error: 'not a regular file (a device, FIFO or socket)' });
    }
  }
  return out.sort();
}
