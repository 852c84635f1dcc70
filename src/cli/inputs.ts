/**
 * Which files to analyse: files as given, folders searched recursively.
 * Nothing here throws: every path that cannot be used becomes an error entry
 * (unreadable folders, broken links, FIFOs and devices named like pages).
 */
import { join } from 'node:path';
import { fsMessage, nodeFs, type CliFs, type DirEntry } from './fs';

export const INPUT_RE = /\.(html?|html\.gz|htm\.gz|txt)$/i;

export interface Inputs {
  files: string[];
  errors: { file: string; error: string }[];
}

export function collectInputs(paths: string[], fs: CliFs = nodeFs): Inputs {
  const files: string[] = [];
  const errors: Inputs['errors'] = [];
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
    const found = walkDir(p, fs, errors);
    if (!found.length && errors.length === before) errors.push({ file: p, error: 'folder holds no .html, .htm, .html.gz or .txt files' });
    files.push(...found);
  }
  return { files, errors };
}

function walkDir(dir: string, fs: CliFs, errors: Inputs['errors']): string[] {
  const out: string[] = [];
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
