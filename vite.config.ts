import { build, defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import baseManifest from './manifest.json' with { type: 'json' };

type Browser = 'chrome' | 'firefox';

/**
 * One manifest, two builds. manifest.json is written for Chrome plus the gecko
 * block; here we derive each browser's variant so neither store sees keys it rejects.
 */
export function manifestFor(browser: Browser): ManifestV3Export {
  const m = structuredClone(baseManifest) as Record<string, unknown> & { background: Record<string, unknown> };
  const worker = baseManifest.background.service_worker;
  if (browser === 'firefox') {
    // Firefox MV3 has no service workers for extensions: an event page with module scripts.
    m.background = { scripts: [worker], type: 'module' };
    // Firefox always clones messages structurally; the key is Chrome's opt-in (148+) and unknown to Firefox's linter.
    delete m.message_serialization;
  } else {
    delete m.browser_specific_settings;
  }
  return m as unknown as ManifestV3Export;
}

/**
 * Vite wraps every dynamic import in a preload helper that adds <link> tags to
 * the document, even with modulePreload off (vitejs/vite#18551). In a content
 * script that document is the reader's page, and our lazy chunks carry no CSS:
 * the plain import is all we want, and it keeps the first chunk small.
 */
const plainDynamicImports: Plugin = {
  name: 'source-lens:plain-dynamic-imports',
  enforce: 'pre',
  resolveId: (id) => (id === '\0vite/preload-helper.js' ? id : undefined),
  load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
};

/**
 * The content script's gate: what every page runs (src/content/index.ts), as
 * one classic script in the place of crxjs' loader. crxjs builds the declared
 * content script (src/content/lazy.ts, the lazy stage) as an ES module behind
 * a loader that import()s it; that import cost every page 2-4 ms before our
 * first line ran, and the polyfill another 1.5. The gate is built here as an
 * IIFE with the browser's own API for the polyfill (content/native-browser.ts)
 * and the stage's file name, and it imports the stage only when a page needs
 * it. The loader's file keeps its name, so the manifest stays as crxjs wrote it.
 */
function contentGate(): Plugin {
  let root = '';
  let target: string | string[] | false = false;
  return {
    name: 'source-lens:content-gate',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      // The gate is built for the browser the main build targets.
      target = config.build.target;
    },
    async generateBundle(_, bundle) {
      const files = Object.values(bundle);
      const lazyStage = resolve(root, 'src/content/lazy.ts');
      const stage = files.find((f) => f.type === 'chunk' && f.isEntry && f.facadeModuleId === lazyStage);
      const loaders = files.filter((f) => /-loader-[\w-]+\.js$/.test(f.fileName));
      const code = (f: (typeof files)[number]) => (f.type === 'chunk' ? f.code : String(f.source));
      const loader =
        stage && loaders.length === 1 && code(loaders[0]).includes(`getURL("${stage.fileName}")`) ? loaders[0] : null;
      if (!stage || !loader)
        throw new Error(
          'content gate: crxjs emitted no single loader for src/content/lazy.ts (has its loader changed?)',
        );
      const out = await build({
        configFile: false,
        logLevel: 'warn',
        root,
        define: { __SOURCE_LENS_LAZY_STAGE__: JSON.stringify(stage.fileName) },
        resolve: { alias: { 'webextension-polyfill': resolve(root, 'src/content/native-browser.ts') } },
        build: {
          write: false,
          target,
          lib: { entry: resolve(root, 'src/content/index.ts'), formats: ['iife'], name: 'sourceLensGate' },
        },
      });
      const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
      const gate = outputs.find((o) => o.type === 'chunk');
      if (!gate || outputs.length !== 1 || gate.type !== 'chunk' || gate.dynamicImports.length)
        throw new Error('content gate: the gate must build to one self-contained script');
      if (loader.type === 'chunk') loader.code = gate.code;
      else loader.source = gate.code;
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      plainDynamicImports,
      preact(),
      crx({ manifest: manifestFor(browser), browser }) as Plugin[],
      contentGate(),
    ],
    publicDir: 'public',
    resolve: {
      // tldts' own minified build packs the public suffix list ~2x tighter than re-minifying its ES sources.
      alias: {
        tldts: resolve(import.meta.dirname, 'node_modules/tldts/dist/index.esm.min.js'),
        // The background parses snapshots with linkedom (as the CLI parses saved pages): its worker build is the
        // same code bundled without the Node-only optional `canvas` require.
        linkedom: resolve(import.meta.dirname, 'node_modules/linkedom/worker.js'),
      },
    },
    build: {
      outDir: resolve(import.meta.dirname, 'dist', browser),
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      // Readable stack traces for users' bug reports; no remote source maps.
      sourcemap: false,
      modulePreload: false,
      rollupOptions: {
        output: {
          // Third-party code in named chunks, so reviews and `web-ext lint` can tell it from ours.
          manualChunks(id: string) {
            if (id.includes('/node_modules/preact/')) return 'vendor-preact';
            if (id.includes('/node_modules/webextension-polyfill/')) return 'vendor-polyfill';
            // The background's HTML parser (a static import of the worker: Chrome's service worker refuses import()).
            if (id.includes('/node_modules/linkedom/')) return 'vendor-linkedom';
            return undefined;
          },
        },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
