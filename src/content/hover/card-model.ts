/**
 * What a hover card says about one cited item: pure data from the report,
 * so it is tested without a DOM and the card only renders it.
 */
import type { Category, Link, Mention, OutletSummary, OutletType, PlatformInfo, SourceReport } from '../../core/types';
import { safeHttpUrl } from '../../shared/web-url';

export type CardTarget = { kind: 'link'; link: Link } | { kind: 'mention'; mention: Mention };

export interface CardModel {
  /** Outlet name, or the platform / domain when no outlet is known. */
  title: string;
  domain: string | null;
  category: Category;
  country: string | null;
  type: OutletType | null;
  /** "closed:2023", "renamed:NAME", or null for an active outlet. */
  status: string | null;
  platform: PlatformInfo | null;
  /** How often the article cites this outlet. */
  cited: { references: number; mentions: number; links: number };
  /** Labels of the references to this outlet ("Referenz 1"). */
  referenceLabels: string[];
  /** http(s) only; never a page-controlled javascript: URL. */
  homepage: string | null;
  /** Where "go to reference" scrolls, when there is one. */
  reference: { id: string; label: string } | null;
  /** For mentions: the attribution as written. */
  quote: string | null;
  referenced: boolean;
  /** The page's own publisher ("told CNN" on cnn.com). */
  self: boolean;
  /** An outlet the directory does not know, named as one by the text. */
  notInDirectory: boolean;
}

function outletFor(report: SourceReport, target: CardTarget): OutletSummary | null {
  if (target.kind === 'link') {
    const { link } = target;
    return (
      report.outlets.find((o) => o.linkIds.includes(link.id)) ??
      report.outlets.find((o) => o.urls.includes(link.url)) ??
      null
    );
  }
  const { mention } = target;
  return (
    report.outlets.find((o) => o.mentionIds.includes(mention.id)) ??
    report.outlets.find((o) => o.name === mention.outlet) ??
    null
  );
}

export function cardModel(report: SourceReport, target: CardTarget): CardModel {
  const outlet = outletFor(report, target);
  const link = target.kind === 'link' ? target.link : null;
  const mention = target.kind === 'mention' ? target.mention : null;
  const refIds = outlet?.referenceIds ?? (mention?.referenceId ? [mention.referenceId] : []);
  const refs = refIds.map((id) => report.references.find((r) => r.id === id)).filter((r) => r !== undefined);
  const preferred = (mention?.referenceId && refs.find((r) => r.id === mention.referenceId)) || refs[0] || null;
  const platform = link?.platform ?? null;
  const domain = outlet?.domain ?? link?.domain ?? mention?.domain ?? null;
  const title =
    outlet && outlet.name !== outlet.domain
      ? outlet.name
      : (platform?.name ?? mention?.outlet ?? outlet?.name ?? domain ?? '');
  return {
    title,
    domain,
    category: outlet?.category ?? link?.category ?? 'news',
    country: outlet?.country ?? null,
    type: outlet?.type ?? null,
    status: outlet?.status ?? null,
    platform,
    cited: outlet?.citedBy ?? { references: 0, mentions: mention ? 1 : 0, links: link ? 1 : 0 },
    referenceLabels: refs.map((r) => r.label),
    homepage: safeHttpUrl(outlet?.homepage ?? (domain ? `https://${domain}/` : null)),
    reference: preferred ? { id: preferred.id, label: preferred.label } : null,
    quote: mention?.text ?? null,
    referenced: mention ? mention.referenced : true,
    self: !!(mention?.self ?? outlet?.self),
    notInDirectory: (mention?.inDirectory ?? outlet?.inDirectory) === false,
  };
}
