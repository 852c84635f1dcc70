/**
 * The analysis code (worker.ts and everything it imports) as one prebuilt
 * ES module. Under tsx every thread compiles and resolves the ~260 modules
 * again through tsx's loader: 0.5–1 s of CPU per worker before its first
 * page, measured; the bundle loads in ~0.06 s. It is built with esbuild on
 * first use into node_modules/.cache/source-lens/ and rebuilt when any of
 * its input files changed (size or modification time), so there is no build
 * step to remember and a fresh clone works as is. Without esbuild, or with
 * SOURCE_LENS_NO_BUNDLE=1 (to compare), the code runs under tsx as before.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type CoreModule = Pick<typeof import('./worker'), 'analyzePage' | 'encodeResult' | 'loadDirectory'>;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = fileURLToPath(new URL('./worker.ts', import.meta.url));
const CACHE = join(ROOT, 'node_modules/.cache/source-lens');
const OUT = join(CACHE, 'cli-core.mjs');
const STAMP = join(CACHE, 'cli-core.json');
/** Bumped when the build options below change, so an old bundle is not reused. */
const FORMAT = 1;

interface Stamp {
  format: number;
  /** Input path (relative to the project root) → [size, mtimeMs]. */
  inputs: Record<string, [number, number]>;
}

function fresh(): boolean {
  try {
    const stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as Stamp;
    if (stamp.format !== FORMAT) return false;
    statSync(OUT);
    for (const [file, [size, mtime]] of Object.entries(stamp.inputs)) {
      const st = statSync(join(ROOT, file));
      if (st.size !== size || st.mtimeMs !== mtime) return false;
    }
    return true;
  } catch {
    return false;
  }
}

async function buildBundle(): Promise<void> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // tsx is loaded only when a test's directory module is TypeScript; it stays a package.
    external: ['tsx', 'tsx/*', 'esbuild'],
    // CommonJS dependencies inside an ES module still call require().
    banner: {
      js: "import { createRequire as __slCreateRequire } from 'node:module'; const require = __slCreateRequire(import.meta.url);",
    },
  });
  const inputs: Stamp['inputs'] = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const st = statSync(join(ROOT, file));
    inputs[file] = [st.size, st.mtimeMs];
  }
  mkdirSync(CACHE, { recursive: true });
  // Written beside and renamed: two runs building at once never load half a file.
  const tmp = `${OUT}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, OUT);
  writeFileSync(`${STAMP}.${process.pid}.tmp`, JSON.stringify({ format: FORMAT, inputs } satisfies Stamp));
  renameSync(`${STAMP}.${process.pid}.tmp`, STAMP);
}

let ready: Promise<URL | null> | null = null;

/** The bundle's URL, built if missing or stale; null when it cannot be built (tsx then). */
export function coreBundle(): Promise<URL | null> {
  ready ??= (async () => {
    if (process.env.SOURCE_LENS_NO_BUNDLE === '1') return null;
    try {
      if (!fresh()) await buildBundle();
      return pathToFileURL(OUT);
    } catch {
      return null;
    }
  })();
  return ready;
}

/** What a worker thread runs: the bundle, else the TypeScript worker through its tsx entry. */
export async function workerScript(): Promise<{ url: URL; tsx: boolean }> {
  const bundle = await coreBundle();
  return bundle ? { url: bundle, tsx: false } : { url: new URL('./worker-entry.mjs', import.meta.url), tsx: true };
}

/** The analysis functions for this thread (`--jobs 1`): from the bundle when there is one. */
export async function loadCore(): Promise<CoreModule> {
  const bundle = await coreBundle();
  return bundle ? ((await import(bundle.href)) as CoreModule) : await import('./worker');
}
