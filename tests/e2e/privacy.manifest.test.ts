import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Privacy and isolation as the built manifests state them: no page and no
 * other extension can talk to Source Lens, extension pages run under a strict
 * CSP, it asks only for what the README explains, and loads no remote code.
 */
const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
/** The README's "Permissions, and why" table. */
const permissionsTable = readme.slice(
  readme.indexOf('## Permissions, and why'),
  readme.indexOf('\n## ', readme.indexOf('## Permissions, and why') + 5),
);

describe.each(['chrome', 'firefox'])('the %s manifest', (browser) => {
  const manifest = JSON.parse(readFileSync(join(root, 'dist', browser, 'manifest.json'), 'utf8'));

  it('lets no web page or other extension connect', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    // Pages may load only the content script's own chunks (crxjs imports them lazily from the page's
    // origin): never an extension page, which a page could frame, and never for non-web origins.
    for (const war of manifest.web_accessible_resources ?? []) {
      expect(war.matches).toEqual(['http://*/*', 'https://*/*']);
      expect(war.extension_ids).toBeUndefined();
      for (const r of war.resources) expect(r).toMatch(/^assets\/[\w.-]+\.js$/);
    }
  });

  it('runs extension pages under a strict content security policy', () => {
    const csp: string = manifest.content_security_policy?.extension_pages ?? '';
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*|data:|blob:/);
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
  });

  it('asks only for permissions the README explains', () => {
    const asked: string[] = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
    expect(asked).toEqual(['storage']);
    for (const p of asked) expect(permissionsTable).toContain(`\`${p}\``);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches).toEqual(['http://*/*', 'https://*/*']);
    expect(permissionsTable).toContain('`http://*/*` and `https://*/*`');
    expect(permissionsTable).toMatch(/no `externally_connectable`/);
  });

  it('loads no remote code: every script and page is a file of the package', () => {
    const files = [
      manifest.background?.service_worker,
      ...(manifest.background?.scripts ?? []),
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
      manifest.action?.default_popup,
      manifest.options_ui?.page,
    ].filter(Boolean);
    for (const f of files) {
      expect(f).not.toMatch(/^[a-z]+:/i);
      expect(() => readFileSync(join(root, 'dist', browser, f))).not.toThrow();
    }
    expect(manifest.update_url).toBeUndefined();
  });
});
