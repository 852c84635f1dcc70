/**
 * patches/linkedom+0.18.15.patch: linkedom makes a node's listener map on its
 * first addEventListener, not in every node's constructor. The patch must be
 * in the installed copy (the import the core uses), and listeners must work
 * as they did: added, dispatched with bubbling, `once`, removed, and nodes
 * that never had one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('the linkedom patch', () => {
  it('is applied to both builds of the installed linkedom', () => {
    const root = require.resolve('linkedom').replace(/cjs[\\/]index\.js$/, '');
    for (const flavour of ['esm', 'cjs']) {
      const source = readFileSync(`${root}${flavour}/interface/event-target.js`, 'utf8');
      const ctor = /constructor\(\) \{([^}]*)\}/.exec(source)?.[1] ?? '';
      expect(ctor, flavour).not.toMatch(/wm\.set/);
      expect(source, flavour).toMatch(/if \(!map\) wm\.set\(this, map = new Map\)/);
    }
  });

  it('keeps listeners working: bubbling, once, removal, and nodes without any', () => {
    const { document, Event } = parseHTML('<html><body><div id="outer"><p id="inner">text</p></div></body></html>');
    const outer = document.getElementById('outer')!;
    const inner = document.getElementById('inner')!;
    const seen: string[] = [];
    const onOuter = () => seen.push('outer');
    outer.addEventListener('ping', onOuter);
    inner.addEventListener('ping', () => seen.push('inner-once'), { once: true });

    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    expect(seen).toEqual(['inner-once', 'outer', 'outer']);

    outer.removeEventListener('ping', onOuter);
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    expect(seen).toHaveLength(3);

    // A node that never had a listener: removing and dispatching are no-ops, not errors.
    const lone = document.createElement('span');
    expect(() => lone.removeEventListener('ping', onOuter)).not.toThrow();
    expect(lone.dispatchEvent(new Event('ping'))).toBe(true);
  });
});
