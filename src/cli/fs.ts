/**
 * The file system as the CLI sees it: injectable, so tests can simulate what
 * root cannot (permission denied, I/O errors) and the CLI never blocks on a
 * FIFO or reads a device without end.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';

export interface EntryInfo {
  isFile(): boolean;
  isDirectory(): boolean;
  size: number;
  dev: number;
  ino: number;
}

export interface DirEntry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface CliFs {
  /** Follows symbolic links. */
  stat(path: string): EntryInfo;
  readdir(path: string): DirEntry[];
  readFile(path: string): Uint8Array;
  /** The path with every symbolic link resolved; node's realpath when a test's file system leaves it out. */
  realpath?(path: string): string;
}

export const nodeFs: CliFs = {
  stat: (p) => statSync(p),
  readdir: (p) => readdirSync(p, { withFileTypes: true }),
  readFile: (p) => readFileSync(p),
  realpath: (p) => realpathSync(p),
};

/** Saved pages are far below this; anything larger is not a page (or a device). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** A file system error as a short, human message. */
export function fsMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'not a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EIO':
      return 'input/output error while reading';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return err instanceof Error ? err.message : String(e);
  }
}
