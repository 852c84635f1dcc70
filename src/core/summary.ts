/**
 * Cross-links and totals: mentions <-> references/links (the attribution
 * audit), one OutletSummary per cited outlet or site, and the breakdown.
 */
import type { Outlet, OutletDirectory } from '../outlets/types';
import type { Found } from './mentions';
import type { Block } from './blocks';
import { emptyBreakdown } from './report-base';
import { isSelf, type Publisher } from './publisher';
import {
  type Audit,
  type Breakdown,
  type Category,
  type Link,
  type Mention,
  type OutletSummary,
  type Reference,
} from './types';

export interface LinkedMentions {
  mentions: Mention[];
  /** The references an attribution points to. The references given are left as they are: markMentioned applies these. */
  mentioned: ReadonlySet<Reference>;
}

/** The scan's finds as report mentions, each linked to a reference (one not yet pointed to first) and a link of its outlet. */
export function buildMentions(
  found: Found[],
  blocks: Block[],
  refs: readonly Reference[],
  links: Link[],
  publisher?: Publisher,
): LinkedMentions {
  // First link per outlet, once: a find() per mention is quadratic on a page with 100,000 of each.
  const firstLink = new Map<string, Link>();
  for (const l of links) if (l.outlet && !firstLink.has(l.outlet)) firstLink.set(l.outlet, l);
  const mentioned = new Set<Reference>();
  const mentions = found.map((f, i): Mention => {
    const outlet = f.entry.name;
    const ref =
      refs.find((r) => r.outlet === outlet && !r.mentioned && !mentioned.has(r)) ??
      refs.find((r) => r.outlet === outlet) ??
      null;
    if (ref) mentioned.add(ref);
    const link = firstLink.get(outlet) ?? null;
    const self = !!publisher && isSelf(publisher, f.entry, f.name);
    return {
      id: `men-${i + 1}`,
      text: f.text,
      name: f.name,
      outlet,
      domain: f.entry.domains[0] ?? null,
      referenceId: ref?.id ?? null,
      reference: ref?.label ?? null,
      linkId: link?.id ?? null,
      referenced: !!(ref || link),
      position: { index: i, offset: (blocks[f.block]?.offset ?? 0) + f.start },
      ...(self ? { self: true } : {}),
      ...(f.inDirectory === false ? { inDirectory: false } : {}),
    };
  });
  return { mentions, mentioned };
}

/** The references with `mentioned: true` on those an attribution points to: new objects, the given ones unchanged. */
export function markMentioned(refs: readonly Reference[], mentioned: ReadonlySet<Reference>): Reference[] {
  return refs.map((r) => (mentioned.has(r) && !r.mentioned ? { ...r, mentioned: true } : r));
}

export function buildOutlets(
  refs: Reference[],
  mentions: Mention[],
  links: Link[],
  dir: OutletDirectory,
  publisher?: Publisher,
): OutletSummary[] {
  const byKey = new Map<string, OutletSummary>();
  // Each summary's URLs as a Set too: includes() on a growing list is quadratic.
  const urlSets = new Map<OutletSummary, Set<string>>();
  const addUrl = (s: OutletSummary, url: string) => {
    let set = urlSets.get(s);
    if (!set) urlSets.set(s, (set = new Set(s.urls)));
    if (!set.has(url)) {
      set.add(url);
      s.urls.push(url);
    }
  };
  // References, mentions and links name the same few outlets many times: one directory lookup per name.
  const outletOf = new Map<string, Outlet | null>();
  const lookup = (name: string): Outlet | null => {
    let o = outletOf.get(name);
    if (o === undefined) {
      try {
        o = dir.byName(name);
      } catch {
        o = null;
      }
      outletOf.set(name, o);
    }
    return o;
  };
  const get = (
    outletName: string | null,
    domain: string | null,
    category: Category,
    platform?: string | null,
    unknown = false,
  ): OutletSummary | null => {
    const outlet = outletName && !unknown ? lookup(outletName) : null;
    const key = outlet
      ? `o:${outlet.id}`
      : domain
        ? `d:${domain}`
        : unknown && outletName
          ? `n:${outletName.toLowerCase()}`
          : null;
    if (!key) return null;
    let s = byKey.get(key);
    if (!s) {
      const home = outlet?.domains[0] ?? domain;
      s = {
        name: outlet?.name ?? platform ?? (unknown ? outletName : null) ?? domain ?? '',
        domain: home ?? null,
        category: outlet ? 'news' : category,
        country: outlet?.country ?? null,
        type: outlet?.type ?? null,
        homepage: home ? `https://${home}` : null,
        ...(outlet?.status ? { status: outlet.status } : {}),
        citedBy: { references: 0, mentions: 0, links: 0 },
        urls: [],
        referenceIds: [],
        mentionIds: [],
        linkIds: [],
        ...(unknown ? { inDirectory: false } : {}),
      };
      if (
        publisher &&
        (outlet ? isSelf(publisher, outlet, outlet.name) : domain ? isSelf(publisher, null, domain) : false)
      )
        s.self = true;
      byKey.set(key, s);
    }
    return s;
  };
  for (const r of refs) {
    const s = get(r.outlet, r.domain, r.category);
    if (!s) continue;
    s.citedBy.references++;
    s.referenceIds.push(r.id);
    if (r.url) addUrl(s, r.url);
  }
  for (const m of mentions) {
    const s = get(m.outlet, m.domain, 'news', null, m.inDirectory === false);
    if (s && m.self) s.self = true;
    if (!s) continue;
    s.citedBy.mentions++;
    s.mentionIds.push(m.id);
  }
  for (const l of links) {
    const s = get(l.outlet, l.domain, l.category, l.platform?.name);
    if (!s) continue;
    s.citedBy.links++;
    s.linkIds.push(l.id);
    addUrl(s, l.url);
  }
  return [...byKey.values()];
}

export function buildBreakdown(outlets: OutletSummary[]): Breakdown {
  const { byCategory, byCountry, byType } = emptyBreakdown();
  // The publisher's own reporting is no outside source.
  for (const o of outlets) {
    if (o.self) continue;
    byCategory[o.category] = (byCategory[o.category] ?? 0) + 1;
    if (o.country) byCountry[o.country] = (byCountry[o.country] ?? 0) + 1;
    if (o.type) byType[o.type] = (byType[o.type] ?? 0) + 1;
  }
  return { byCategory, byCountry, byType };
}

/** The publisher's own reporting ("(AP)" on apnews.com, "told CNN" on cnn.com) is no outside source to check. */
export function buildAudit(refs: Reference[], mentions: Mention[]): Audit {
  return {
    unreferencedMentions: mentions.filter((m) => !m.referenced && !m.self).map((m) => m.id),
    unmentionedReferences: refs.filter((r) => !r.mentioned && !r.self).map((r) => r.id),
  };
}
