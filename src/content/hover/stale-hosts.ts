// No imports: the first chunk (bootstrap) uses this before any hover code loads.
/**
 * Hosts an earlier instance of the extension left behind (Firefox keeps the DOM
 * nodes of a disabled or updated add-on). The host has no name to look for, so
 * it is recognised by what only our :host rules give it: an empty, attribute-less
 * (but for popover) <div> under <html>, fixed, 0×0, on the top z-index, inert to the pointer.
 */
export function staleHosts(): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const el of document.documentElement.children) {
    if (el.tagName !== 'DIV' || el.childNodes.length || [...el.attributes].some((a) => a.name !== 'popover')) continue;
    const s = getComputedStyle(el);
    if (s.position === 'fixed' && s.zIndex === '2147483647' && s.pointerEvents === 'none' && s.width === '0px')
      out.push(el as HTMLElement);
  }
  return out;
}
