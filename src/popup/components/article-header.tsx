import type { DetectionReason, SourceReport } from '../../core/types';
import { t, uiLanguage } from '../../shared/i18n';

function reasonText(r: DetectionReason): string {
  const key = `reason_${r.code.replace(/[^a-zA-Z0-9]/g, '_')}`;
  const text = t(key);
  const base = text === key ? r.code : text;
  return r.detail ? `${base} (${r.detail})` : base;
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(uiLanguage(), { year: 'numeric', month: 'short', day: 'numeric' });
}

export function ArticleHeader({ report }: { report: SourceReport }) {
  const site = report.metadata.siteName ?? safeHost(report.url);
  const date = formatDate(report.metadata.publishedTime);
  const percent = Math.round(report.confidence * 100);
  const reasons = [...report.reasons].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return (
    <section class="article-header">
      <h1 class="title">{report.title || t('untitled')}</h1>
      <p class="meta">{[site, date].filter(Boolean).join(' · ')}</p>
      <details class="verdict">
        <summary>
          <span class={`pill ${report.isArticle ? 'pill-yes' : 'pill-no'}`}>
            {report.isArticle ? t('verdictArticle') : t('verdictNotArticle')}
          </span>
          <span class="muted">{t('confidence', String(percent))}</span>
          <span class="link-like">{t('why')}</span>
        </summary>
        <ul class="reasons">
          {reasons.map((r) => (
            <li key={r.code + (r.detail ?? '')} class={r.weight >= 0 ? 'reason-plus' : 'reason-minus'}>
              <span aria-hidden="true">{r.weight >= 0 ? '+' : '−'}</span> {reasonText(r)}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
