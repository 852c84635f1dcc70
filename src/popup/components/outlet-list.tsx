import type { OutletSummary, SourceReport } from '../../core/types';
import { t } from '../../shared/i18n';
import { safeHref } from '../actions';
import { sendToTab } from '../../messaging/client';
import { flagEmoji } from './flag';

function citedBy(o: OutletSummary): string {
  const parts: string[] = [];
  if (o.citedBy.references) parts.push(t('citedReference', String(o.citedBy.references)));
  if (o.citedBy.mentions) parts.push(t('citedMention', String(o.citedBy.mentions)));
  if (o.citedBy.links) parts.push(t('citedLink', String(o.citedBy.links)));
  return parts.join(' · ');
}

function typeLabel(o: OutletSummary): string {
  return o.type ? t(`type_${o.type.replace(/-/g, '_')}`) : t(`category_${o.category}`);
}

function firstTarget(o: OutletSummary): { kind: 'mention' | 'link' | 'reference'; id: string } | null {
  if (o.mentionIds[0]) return { kind: 'mention', id: o.mentionIds[0] };
  if (o.linkIds[0]) return { kind: 'link', id: o.linkIds[0] };
  if (o.referenceIds[0]) return { kind: 'reference', id: o.referenceIds[0] };
  return null;
}

export function OutletList({ report, tabId }: { report: SourceReport; tabId: number | null }) {
  if (report.outlets.length === 0) {
    return (
      <section class="section">
        <p class="muted">{t('nothingCited')}</p>
      </section>
    );
  }
  return (
    <section class="section" aria-labelledby="outlets-h">
      <h2 id="outlets-h" class="section-title">{t('citedOutlets', String(report.outlets.length))}</h2>
      <ul class="outlets">
        {report.outlets.map((o) => {
          const home = safeHref(o.homepage);
          const target = firstTarget(o);
          return (
            <li key={o.name + o.domain} class="outlet" data-outlet={o.name}>
              <div class="outlet-head">
                <span class="flag" aria-hidden="true">{flagEmoji(o.country)}</span>
                {home ? (
                  <a class="outlet-name" href={home} target="_blank" rel="noopener noreferrer">{o.name}</a>
                ) : (
                  <span class="outlet-name">{o.name}</span>
                )}
                {o.country && <span class="tag-small" title={t('country')}>{o.country}</span>}
              </div>
              <div class="outlet-meta">{[typeLabel(o), o.domain].filter(Boolean).join(' · ')}</div>
              <div class="outlet-cited">{citedBy(o)}</div>
              <div class="outlet-actions">
                {o.urls.map((u) => safeHref(u)).filter(Boolean).slice(0, 5).map((u) => (
                  <a key={u} class="cited-url" href={u} target="_blank" rel="noopener noreferrer">{u}</a>
                ))}
                {target && tabId !== null && (
                  <button type="button" class="link-button" onClick={() => void sendToTab(tabId, 'page:reveal', target)}>
                    {t('showInPage')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
