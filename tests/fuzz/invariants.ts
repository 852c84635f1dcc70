/**
 * What must hold for any report, whatever the page: it passes the border
 * schema the background applies (so a hostile page cannot get its report
 * rejected), ids are unique and every cross-reference resolves, counts add up,
 * domains are registrable, and no URL the UI could offer is anything but http(s).
 */
import * as v from 'valibot';
import { expect } from 'vitest';
import { hostOf, registrable } from '../../src/outlets/url';
import type { Reference, SourceReport } from '../../src/core/types';
import { SourceReportSchema } from '../../src/messaging/report-schema';

export const HTTP_URL = /^https?:\/\/[^\s]+$/i;

/** The first schema issue as "path: message", or null. */
export function schemaIssue<S extends v.GenericSchema>(schema: S, value: unknown): string | null {
  const r = v.safeParse(schema, value);
  if (r.success) return null;
  const i = r.issues[0];
  return `${i.path?.map((p) => String(p.key)).join('.') ?? ''}: ${i.message}`;
}

const unique = (xs: string[]) => new Set(xs).size === xs.length;

export function checkReferences(refs: Reference[]): void {
  expect(unique(refs.map((r) => r.id))).toBe(true);
  refs.forEach((r, i) => {
    expect(r.position.index).toBe(i);
    if (r.url !== null) expect(r.url).toMatch(HTTP_URL);
    // A registrable domain, or, for a link whose host has none (an IP, evil.invalid), that host: a label that
    // contradicts its link is shown with the link's own host.
    if (r.domain !== null) expect(registrable(r.domain) ?? (r.url && hostOf(r.url))).toBe(r.domain);
    expect(r.outlet !== null || r.domain !== null).toBe(true);
  });
  expect(schemaIssue(SourceReportSchema.entries.references, refs)).toBeNull();
}

export function checkReport(r: SourceReport): void {
  expect(schemaIssue(SourceReportSchema, r)).toBeNull();
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  const refIds = new Set(r.references.map((x) => x.id));
  const menIds = new Set(r.mentions.map((x) => x.id));
  const linkIds = new Set(r.links.map((x) => x.id));
  expect(refIds.size + menIds.size + linkIds.size).toBe(new Set([...refIds, ...menIds, ...linkIds]).size);
  checkReferences(r.references);
  expect(unique(r.mentions.map((m) => m.id))).toBe(true);
  expect(unique(r.links.map((l) => l.id))).toBe(true);
  r.mentions.forEach((m, i) => {
    expect(m.position.index).toBe(i);
    if (m.referenceId !== null) {
      expect(refIds.has(m.referenceId)).toBe(true);
      expect(r.references.find((x) => x.id === m.referenceId)!.label).toBe(m.reference);
    } else expect(m.reference).toBeNull();
    if (m.linkId !== null) expect(linkIds.has(m.linkId)).toBe(true);
    expect(m.referenced).toBe(!!(m.referenceId || m.linkId));
    expect(m.text.length).toBeGreaterThan(0);
    if (m.domain !== null) expect(registrable(m.domain)).toBe(m.domain);
  });
  r.links.forEach((l, i) => {
    expect(l.position.index).toBe(i);
    expect(l.url).toMatch(HTTP_URL);
    expect(registrable(l.domain)).toBe(l.domain);
  });
  for (const o of r.outlets) {
    for (const u of o.urls) expect(u).toMatch(HTTP_URL);
    if (o.homepage !== null) expect(o.homepage).toMatch(HTTP_URL);
    // As for references: a registrable domain, or the host of the one kind of link that has none (an IP, evil.invalid).
    if (o.domain !== null)
      expect(registrable(o.domain) ?? (o.urls.some((u) => hostOf(u) === o.domain) ? o.domain : null)).toBe(o.domain);
    for (const id of o.referenceIds) expect(refIds.has(id)).toBe(true);
    for (const id of o.mentionIds) expect(menIds.has(id)).toBe(true);
    for (const id of o.linkIds) expect(linkIds.has(id)).toBe(true);
    expect(o.citedBy).toEqual({
      references: o.referenceIds.length,
      mentions: o.mentionIds.length,
      links: o.linkIds.length,
    });
  }
  const sum = (k: 'references' | 'mentions' | 'links') => r.outlets.reduce((s, o) => s + o.citedBy[k], 0);
  expect(sum('mentions')).toBe(r.mentions.length);
  expect(sum('links')).toBe(r.links.length);
  expect(sum('references')).toBe(r.references.filter((x) => x.outlet || x.domain).length);
  // the publisher's own reporting (self) is no outside source: the breakdown leaves it out
  expect(Object.values(r.breakdown.byCategory).reduce((a, b) => a + b, 0)).toBe(
    r.outlets.filter((o) => !o.self).length,
  );
  // the publisher's own citations are no outside source, so the audit leaves them out
  expect(r.audit.unreferencedMentions).toEqual(r.mentions.filter((m) => !m.referenced && !m.self).map((m) => m.id));
  expect(r.audit.unmentionedReferences).toEqual(r.references.filter((x) => !x.mentioned && !x.self).map((x) => x.id));
  expect(r.references.filter((x) => x.mentioned).every((x) => r.mentions.some((m) => m.referenceId === x.id))).toBe(
    true,
  );
  if (r.declaredTotals)
    for (const n of Object.values(r.declaredTotals))
      if (n !== null) expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
  for (const t of r.tags) expect(t).toBe(t.trim());
  expect(unique(r.tags.map((t) => t.toLowerCase()))).toBe(true);
}
