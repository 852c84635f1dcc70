import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

describe.each(['chrome', 'firefox'])('the %s build', (browser) => {
  const dist = join(root, 'dist', browser);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const js = files(dist).filter((f) => f.endsWith('.js'));

  it('has a valid MV3 manifest for its browser', () => {
    expect(manifest.manifest_version).toBe(3);
    if (browser === 'chrome') {
      expect(manifest.background.service_worker).toMatch(/\.js$/);
      expect(manifest.browser_specific_settings).toBeUndefined();
    } else {
      expect(manifest.background.scripts).toHaveLength(1);
      expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
    }
    for (const f of Object.values<string>(manifest.icons)) expect(statSync(join(dist, f)).size).toBeGreaterThan(100);
    for (const locale of ['en', 'de'])
      expect(statSync(join(dist, '_locales', locale, 'messages.json')).isFile()).toBe(true);
  });

  it('contains no code that talks to the network and no remote code', () => {
    for (const file of js) {
      const code = readFileSync(file, 'utf8');
      const rel = file.slice(dist.length + 1);
      // One fetch is allowed, of a file of the extension itself: the background reads the outlet directory with it.
      expect(code, rel).not.toMatch(
        /\bfetch\s*\((?![\w$.]+\.runtime\.getURL\()|XMLHttpRequest|sendBeacon|new WebSocket|EventSource|importScripts\s*\(/,
      );
      expect(code, rel).not.toMatch(/\bimport\(\s*["'`]https?:/);
      expect(code, rel).not.toMatch(/\beval\s*\(|new Function\s*\(/);
    }
  });

  it('runs the content gate as one classic script that imports the lazy stage by URL', () => {
    const [entry] = manifest.content_scripts;
    expect(entry.js).toHaveLength(1);
    const gate = readFileSync(join(dist, entry.js[0]), 'utf8');
    // A classic script: no static import or export, no chunk it would need first, no polyfill.
    expect(gate).not.toMatch(/^\s*(import|export)\b/m);
    expect(gate).not.toMatch(/\bimport\(\s*["'`][./]/);
    expect(gate).not.toContain('__mozWebExtensionPolyfillReject__');
    const stage = gate.match(/getURL\(\s*["'`](assets\/[^"'`]+\.js)["'`]\s*\)/)?.[1];
    expect(stage, 'the lazy stage the gate imports').toBeTruthy();
    const stageCode = readFileSync(join(dist, stage!), 'utf8');
    expect(stageCode).toMatch(/mountHoverUi|routePageMessage/);
    // The page may load the stage and its chunks (web_accessible_resources, for the pages the script runs on).
    const exposed = manifest.web_accessible_resources.flatMap((r: { resources: string[] }) => r.resources);
    expect(exposed).toContain(stage);
  });

  it('references no remote script or style in its pages', () => {
    for (const file of files(dist).filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(file, 'utf8')).not.toMatch(/(src|href)=["']https?:/);
    }
  });
});
