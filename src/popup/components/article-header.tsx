import type { SourceReport } from '../../core/types';
import { t } from '../../shared/i18n';
import { formatDate, hostOf, reasonText } from '../labels';

export function ArticleHeader({ report }: { report: SourceReport }) {
  const site = report.metadata.siteName || hostOf(report.url).replace(/^www\./, '');
  const date = formatDate(report.metadata.publishedTime);
  const percent = Math.round(report.confidence * 100);
  const reasons = [...report.reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return (
    <header class="article-header">
      <h1 class="title">{report.title || t('untitled')}</h1>
      <p class="meta">
        {[site, report.metadata.byline, date].filter(Boolean).join(' · ')}
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
