/**
 * The last step of every report: page-controlled strings and lists cut to
 * LIMITS. URLs are never cut (a cut URL points elsewhere): one that is too
 * long, or not http(s), is dropped instead. Light: the detection-only report
 * in the content script's first chunk uses it too.
 */
import { LIMITS as L } from './limits';
import { boundBase, clip, clipOrNull, webUrl } from './bounds-base';
import type { Link, Reference, SourceReport } from './types';

export { boundMetadata } from './bounds-base';

export function boundReport(r: SourceReport): SourceReport {
  // Extractors already skip such links; this is the safety net, and it keeps ids and positions consistent.
  const kept = r.links.filter((l) => webUrl(l.url, L.url) !== null);
  if (kept.length < r.links.length) r = dropLinks(r, new Set(kept.map((l) => l.id)));
  const tooMany = [r.references, r.mentions, r.links, r.outlets].some((list) => list.length > L.items);
  return {
    ...boundBase(r),
    status: tooMany ? 'too-large' : r.status,
    tags: r.tags.slice(0, L.tags).map((t) => clip(t, L.tag)),
    references: boundReferences(r.references),
    mentions: r.mentions.slice(0, L.items).map((x) => ({
      ...x,
      text: clip(x.text, L.mentionText),
      name: clip(x.name, L.name),
      outlet: clip(x.outlet, L.name),
      reference: clipOrNull(x.reference, L.label),
    })),
    links: boundLinks(r.links),
    outlets: r.outlets.slice(0, L.items).map((o) => ({
      ...o,
      name: clip(o.name, L.name),
      homepage: webUrl(o.homepage, L.url),
      urls: o.urls.filter((u) => webUrl(u, L.url) !== null).slice(0, L.items),
    })),
  };
}

/** Removes links not in `keep` and every id that pointed at them. */
function dropLinks(r: SourceReport, keep: Set<string>): SourceReport {
  const mentions = r.mentions.map((m) =>
    m.linkId === null || keep.has(m.linkId) ? m : { ...m, linkId: null, referenced: m.referenceId !== null },
  );
  const outlets = r.outlets.map((o) => {
    const linkIds = o.linkIds.filter((id) => keep.has(id));
    return linkIds.length === o.linkIds.length
      ? o
      : { ...o, linkIds, citedBy: { ...o.citedBy, links: linkIds.length } };
  });
  const unreferencedMentions = mentions.filter((m) => !m.referenced).map((m) => m.id);
  const links = r.links.filter((l) => keep.has(l.id)).map((l, index) => ({ ...l, position: { ...l.position, index } }));
  return { ...r, links, mentions, outlets, audit: { ...r.audit, unreferencedMentions } };
}

export function boundLinks(links: Link[]): Link[] {
  return links
    .filter((l) => webUrl(l.url, L.url) !== null)
    .slice(0, L.items)
    .map((x) => ({
      ...x,
      text: clip(x.text, L.text),
      outlet: clipOrNull(x.outlet, L.name),
      platform: x.platform && { name: clip(x.platform.name, 100), account: clipOrNull(x.platform.account, L.name) },
    }));
}

export function boundReferences(refs: Reference[]): Reference[] {
  return refs.slice(0, L.items).map((x) => ({
    ...x,
    label: clip(x.label, L.label),
    url: webUrl(x.url, L.url),
    outlet: clipOrNull(x.outlet, L.name),
    text: clip(x.text, L.text),
  }));
}
