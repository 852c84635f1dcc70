import type { OutletSummary, Reference, SourceReport } from '../../core/types';
import { t } from '../../shared/i18n';
import { formatCount, tn } from '../../shared/plural';
import { displayUrl, safeHref } from '../safe-href';
import { outletKind } from '../labels';
import { CappedList } from './capped-list';
import { Flag } from './flag';
import { RevealButton, type RevealTarget } from './reveal-button';

const MAX_URLS = 3;

function citedParts(o: OutletSummary, labelOf: Map<string, string>): string[] {
  const parts: string[] = [];
  const labels = o.referenceIds.map((id) => labelOf.get(id)).filter((l): l is string => !!l);
  if (labels.length) parts.push(labels.length > 2 ? tn('citedReferences', labels.length) : labels.join(', '));
  else if (o.citedBy.references) parts.push(tn('citedReferences', o.citedBy.references));
  if (o.citedBy.mentions) parts.push(t('citedMention', formatCount(o.citedBy.mentions)));
  if (o.citedBy.links) parts.push(t('citedLink', formatCount(o.citedBy.links)));
  return parts;
}

/** "links to evil.invalid, labelled Reuters": a label that names another outlet than the URL's domain. */
function mislabelled(o: OutletSummary, refOf: Map<string, Reference>): string[] {
  const named = o.referenceIds
    .map((id) => refOf.get(id))
    .filter((r): r is Reference => !!r?.labelledAs)
    .map((r) => t('linkMislabelled', [r.domain ?? o.domain ?? '', r.labelledAs ?? '']));
  return [...new Set(named)];
}

export function targetsOf(o: OutletSummary): RevealTarget[] {
  return [
    ...o.mentionIds.map((id) => ({ kind: 'mention' as const, id })),
    ...o.linkIds.map((id) => ({ kind: 'link' as const, id })),
    ...o.referenceIds.map((id) => ({ kind: 'reference' as const, id })),
  ];
}

const urlRow = (u: string) => (
  <li key={u}>
    <a class="cited-url" href={u} target="_blank" rel="noopener noreferrer" title={u}>
      {displayUrl(u)}
    </a>
  </li>
);

function Outlet(props: {
  o: OutletSummary;
  labelOf: Map<string, string>;
  refOf: Map<string, Reference>;
  tabId: number | null;
}) {
  const { o, labelOf, refOf, tabId } = props;
  const home = safeHref(o.homepage);
  const urls = [...new Set(o.urls.map((u) => safeHref(u)).filter((u): u is string => !!u))].filter((u) => u !== home);
  return (
    <li class="outlet" data-outlet={o.name}>
      <div class="outlet-head">
        <Flag country={o.country} />
        {home ? (
          <a
            class="outlet-name"
            dir="auto"
            href={home}
            target="_blank"
            rel="noopener noreferrer"
            title={t('openHomepage', o.name)}
          >
            {o.name}
          </a>
        ) : (
          <span class="outlet-name" dir="auto" title={o.name}>
            {o.name}
          </span>
        )}
        <RevealButton tabId={tabId} targets={targetsOf(o)} label={o.name} />
      </div>
      <div class="outlet-meta">
        <span class="outlet-type">{outletKind(o)}</span>
        {o.domain && o.domain !== o.name && <span title={o.domain}>{o.domain}</span>}
      </div>
      {o.self && <div class="outlet-flag">{t('outletSelf')}</div>}
      {o.inDirectory === false && <div class="outlet-flag">{t('outletNotInDirectory')}</div>}
      <div class="outlet-cited">{citedParts(o, labelOf).join(' · ')}</div>
      {mislabelled(o, refOf).map((m) => (
        <div class="outlet-mislabelled" role="note" key={m}>
          {m}
        </div>
      ))}
      {urls.length > 0 && <CappedList class="urls" items={urls} limit={MAX_URLS} render={urlRow} />}
    </li>
  );
}

export function OutletList({ report, tabId }: { report: SourceReport; tabId: number | null }) {
  // One map instead of a scan of every reference per outlet: reports can hold thousands of both.
  const labelOf = new Map(report.references.map((r) => [r.id, r.label]));
  const refOf = new Map(report.references.map((r) => [r.id, r]));
  return (
    <section class="section" aria-labelledby="outlets-h">
      <h2 id="outlets-h" class="section-title">
        {t('citedOutlets', formatCount(report.outlets.filter((o) => !o.self).length))}
      </h2>
      <CappedList
        class="outlets"
        items={report.outlets}
        render={(o) => <Outlet key={`${o.name}|${o.domain}`} o={o} labelOf={labelOf} refOf={refOf} tabId={tabId} />}
      />
    </section>
  );
}
