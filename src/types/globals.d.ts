/** Replaced at build time by vite.config.ts. */
declare const __BROWSER__: 'chrome' | 'firefox';
