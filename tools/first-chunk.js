// The content script's first chunk, the gate: what every page loads before Source Lens knows whether it is an
// article. vite.config.ts builds it as one classic script (no polyfill, no module imports); the rest of the
// content script is the lazy stage (src/content/lazy.ts), which the gate imports by URL.
// One list for the lint zones (eslint.config.js: these files import no valibot, tldts or outlet directory)
// and for `npm run size`, which weighs the built chunk against its budget (scripts/size.ts). A file the first chunk
// starts to import statically belongs here (tests/unit/project/first-chunk.test.ts checks the list is whole).

/** The entry; everything it imports statically (not `import type`, not `import()`) is in FIRST_CHUNK. */
export const FIRST_CHUNK_ENTRY = 'src/content/index.ts';

export const FIRST_CHUNK = [
  'src/content/bootstrap.ts',
  'src/content/hover/stale-hosts.ts',
  'src/content/idle.ts',
  'src/content/index.ts',
  'src/content/late-content.ts',
  'src/content/lifecycle.ts',
  'src/content/navigation.ts',
  'src/content/session.ts',
  'src/content/snapshot.ts',
  'src/core/block-tags.ts',
  'src/messaging/client.ts',
  'src/messaging/error-reply.ts',
  'src/messaging/snapshot.ts',
  'src/outlets/site-key.ts',
  'src/settings/site-switch.ts',
  'src/settings/sync-record.ts',
];

/** Light modules of src/outlets the first chunk may use: the vocabulary and the site key, no data, no tldts. */
export const FIRST_CHUNK_OUTLETS = ['src/outlets/types.ts', 'src/outlets/site-key.ts'];

/** Libraries the first chunk must not carry (each is several KB gzipped). */
export const HEAVY_LIBRARIES = ['valibot', 'tldts'];
