/**
 * The hover-card takeover attacks of issue #20, on the seed article:
 *  - the page defines custom elements first (the old host's name, and a catch-all upgrade of anything it can)
 *    and keeps their ElementInternals, whose .shadowRoot reveals even a closed root of a custom element;
 *  - it wraps attachShadow in its own world and keeps every root it sees;
 *  - it fires synthetic pointermove/focusin at the cited link and calls link.focus(), so a card would open
 *    without the reader; and it clicks every button it can reach in any root it got.
 * What it found is left in window.__takeover for the test to read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES } from '../artifacts';

export const TAKEOVER_PATH = '/hostile/takeover.html';
export const TARGET_LINK = 'https://www.aljazeera.com';

const ATTACK = `<script>
(function () {
  var t = window.__takeover = { roots: 0, stolen: '', clicked: 0, synthetic: 0 };
  var seen = [];
  var keep = function (r) { if (r && seen.indexOf(r) < 0) { seen.push(r); t.roots = seen.length; } };
  customElements.define('source-lens-root', class extends HTMLElement {
    constructor() { super(); this.__i = this.attachInternals(); }
    connectedCallback() { keep(this.__i.shadowRoot); }
  });
  var attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { var r = attach.call(this, init); keep(r); return r; };
  var link = function () { return document.querySelector('a[href="${TARGET_LINK}"]'); };
  // Every 150 ms: synthetic input at the cited link, focus() on it, and a look into every root the page holds.
  setInterval(function () {
    var a = link();
    if (a) {
      var r = a.getBoundingClientRect();
      var at = { bubbles: true, composed: true, clientX: r.left + 5, clientY: r.top + 5, pointerType: 'mouse' };
      a.dispatchEvent(new PointerEvent('pointermove', at));
      a.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      if (document.activeElement !== a) a.focus();
      t.synthetic++;
    }
    for (var i = 0; i < document.documentElement.children.length; i++) {
      var el = document.documentElement.children[i];
      if (el.shadowRoot) keep(el.shadowRoot);
      if (el.__i) keep(el.__i.shadowRoot);
    }
    for (var j = 0; j < seen.length; j++) {
      var text = seen[j].textContent || '';
      if (/Source Lens/.test(text)) t.stolen = text.slice(0, 200);
      var buttons = seen[j].querySelectorAll('button');
      for (var k = 0; k < buttons.length; k++) { buttons[k].click(); t.clicked++; }
    }
  }, 150);
})();
</script>`;

export function takeoverPage(): string {
  const html = readFileSync(resolve(FIXTURES, 'article.html'), 'utf8');
  return html.replace('<head>', `<head>${ATTACK}`);
}
