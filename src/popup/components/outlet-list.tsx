import type { OutletSummary, SourceReport } from '../../core/types';
import { t } from '../../shared/i18n';
import { displayUrl, safeHref } from '../safe-href';
import { outletKind } from '../labels';
import { Flag } from './flag';
import { RevealButton, type RevealTarget } from './reveal-button';

const MAX_URLS = 3;

function citedParts(o: OutletSummary, report: SourceReport): string[] {
  const parts: string[] = [];
  const labels = report.references.filter((r) => o.referenceIds.includes(r.id)).map((r) => r.label);
  if (labels.length) parts.push(labels.length > 2 ? t('citedReferences', String(labels.length)) : labels.join(', '));
  else if (o.citedBy.references) parts.push(t('citedReference', String(o.citedBy.references)));
  if (o.citedBy.mentions) parts.push(t('citedMention', String(o.citedBy.mentions)));
  if (o.citedBy.links) parts.push(t('citedLink', String(o.citedBy.links)));
  return parts;
}

export function targetsOf(o: OutletSummary): RevealTarget[] {
  return [
    ...o.mentionIds.map((id) => ({ kind: 'mention' as const, id })),
    ...o.linkIds.map((id) => ({ kind: 'link' as const, id })),
    ...o.referenceIds.map((id) => ({ kind: 'reference' as const, id })),
  ];
}

function UrlList({ urls }: { urls: string[] }) {
  const link = (u: string) => (
    <li key={u}>
      <a class="cited-url" href={u} target="_blank" rel="noopener noreferrer" title={u}>
        {displayUrl(u)}
      </a>
    </li>
  );
  return (
    <>
      <ul class="urls">{urls.slice(0, MAX_URLS).map(link)}</ul>
      {urls.length > MAX_URLS && (
        <details class="more-urls">
          <summary>{t('moreUrls', String(urls.length - MAX_URLS))}</summary>
          <ul class="urls">{urls.slice(MAX_URLS).map(link)}</ul>
        </details>
      )}
    </>
  );
}

function Outlet({ o, report, tabId }: { o: OutletSummary; report: SourceReport; tabId: number | null }) {
  const home = safeHref(o.homepage);
  const urls = [...new Set(o.urls.map((u) => safeHref(u)).filter((u): u is string => !!u))].filter((u) => u !== home);
  return (
    <li class="outlet" data-outlet={o.name}>
      <div class="outlet-head">
        <Flag country={o.country} />
        {home ? (
          <a class="outlet-name" href={home} target="_blank" rel="noopener noreferrer" title={t('openHomepage', o.name)}>
            {o.name}
          </a>
        ) : (
          <span class="outlet-name">{o.name}</span>
        )}
        <RevealButton tabId={tabId} targets={targetsOf(o)} label={o.name} />
      </div>
      <div class="outlet-meta">
        <span class="outlet-type">{outletKind(o)}</span>
        {o.domain && o.domain !== o.name && <span>{o.domain}</span>}
      </div>
      {o.self && <div class="outlet-flag">{t('outletSelf')}</div>}
      {o.inDirectory === false && <div class="outlet-flag">{t('outletNotInDirectory')}</div>}
      <div class="outlet-cited">{citedParts(o, report).join(' · ')}</div>
      {urls.length > 0 && <UrlList urls={urls} />}
    </li>
  );
}

export function OutletList({ report, tabId }: { report: SourceReport; tabId: number | null }) {
  return (
    <section class="section" aria-labelledby="outlets-h">
      <h2 id="outlets-h" class="section-title">
        {t('citedOutlets', String(report.outlets.filter((o) => !o.self).length))}
      </h2>
      <ul class="outlets">
        {report.outlets.map((o) => (
          <Outlet key={`${o.name}|${o.domain}`} o={o} report={report} tabId={tabId} />
        ))}
      </ul>
    </section>
  );
}
