import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { manifestFor } from '../../../vite.config';

const root = resolve(import.meta.dirname, '../../..');

describe('one manifest, two browsers', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the built manifest is open-ended JSON the assertions read key by key
  const chrome = manifestFor('chrome') as Record<string, any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  const firefox = manifestFor('firefox') as Record<string, any>;

  it('gives Chrome a service worker and no gecko block', () => {
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('gives Firefox background scripts, an id, a recent minimum version and no data collection', () => {
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    const gecko = firefox.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('clones messages structurally in both: Chrome by its opt-in key, Firefox always (its linter does not know the key)', () => {
    expect(chrome.message_serialization).toBe('structured_clone');
    expect(firefox.message_serialization).toBeUndefined();
  });

  it('asks for the least it needs', () => {
    expect(chrome.permissions).toEqual(['storage']);
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.externally_connectable).toBeUndefined();
    expect(chrome.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
  });

  it('names icons that exist, at every size', () => {
    for (const size of ['16', '32', '48', '128']) {
      expect(chrome.icons[size]).toBe(`icons/icon-${size}.png`);
      expect(existsSync(resolve(root, chrome.icons[size]))).toBe(true);
    }
  });

  it('locks extension pages to their own code', () => {
    const csp: string = chrome.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});
