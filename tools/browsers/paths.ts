import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** The Chromium build `npm run build` writes. */
export const CHROME_DIST = resolve(import.meta.dirname, '../../dist/chrome');

/** Debian's browsers (see README): tests never download a browser of their own. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install it with `apt-get install chromium` or set CHROMIUM_PATH');
  return found;
}

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Firefox not found: install it with `apt-get install firefox-esr` or set FIREFOX_PATH');
  return found;
}

/** Quiet flags: without them Chromium floods a closed network with refused connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--no-default-browser-check',
];

/**
 * Debian's browsers show an extension's German messages only with their German language packs.
 * German UI tests check this first, so a missing pack fails with what to install, not with an English heading.
 */
export function germanLanguagePackMissing(browser: 'chromium' | 'firefox'): string | null {
  const dir = browser === 'chromium' ? '/usr/lib/chromium/locales' : '/usr/lib/firefox-esr/browser/extensions';
  const want = browser === 'chromium' ? /^de\.pak$/ : /^langpack-de@.*\.xpi$/;
  const custom = browser === 'chromium' ? process.env.CHROMIUM_PATH : process.env.FIREFOX_PATH;
  if (custom) return null; // another installation: its language support is its own business
  const found = existsSync(dir) && readdirSync(dir).some((f) => want.test(f));
  const pkg = browser === 'chromium' ? 'chromium-l10n' : 'firefox-esr-l10n-de';
  return found ? null : `German UI test: ${browser} has no German language pack. Install it: apt-get install -y ${pkg}`;
}
