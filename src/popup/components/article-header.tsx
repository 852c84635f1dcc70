import type { SourceReport } from '../../core/types';
import { t } from '../../shared/i18n';
import { formatDate, reasonText, siteOf } from '../labels';

const same = (s: string) => s.toLocaleLowerCase().replace(/^the\s+|[^\p{L}\p{N}]+/gu, '');

/** "Site · byline · date", each once: newsrooms often put the site's name in the byline ("DER SPIEGEL · DER SPIEGEL"). */
export function metaLine(parts: (string | null | undefined)[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of parts) {
    const text = p?.trim();
    if (!text || seen.has(same(text))) continue;
    seen.add(same(text));
    out.push(text);
  }
  return out.join(' · ');
}

export function ArticleHeader({ report }: { report: SourceReport }) {
  const site = report.metadata.siteName || siteOf(report.url);
  const date = formatDate(report.metadata.publishedTime);
  const meta = metaLine([site, report.metadata.byline, date]);
  const percent = Math.round(report.confidence * 100);
  const reasons = [...report.reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return (
    <header class="article-header">
      <h1 class="title" dir="auto">
        {report.title || t('untitled')}
      </h1>
      <p class="meta" dir="auto" title={meta}>
        {meta}
      </p>
      <details class="verdict">
        <summary>
          <span class={`pill ${report.isArticle ? 'pill-yes' : 'pill-no'}`}>
            {report.isArticle ? t('verdictArticle') : t('verdictNotArticle')}
          </span>
          <span class="muted">{t('confidence', String(percent))}</span>
          <span class="why">{t('why')}</span>
        </summary>
        {reasons.length > 0 ? (
          <ul class="reasons">
            {reasons.map((r, i) => (
              <li key={`${r.code}-${i}`} class={r.weight >= 0 ? 'reason-plus' : 'reason-minus'}>
                <span class="reason-sign" aria-label={r.weight >= 0 ? t('reasonFor') : t('reasonAgainst')}>
                  {r.weight >= 0 ? '+' : '−'}
                </span>
                <span>
                  {reasonText(r)}
                  {r.detail && <span class="reason-detail"> {r.detail}</span>}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="reasons">{t('noReasons')}</p>
        )}
      </details>
    </header>
  );
}
