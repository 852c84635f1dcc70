import type { SourceReport } from '../../core/types';
import { t } from '../../shared/i18n';
import { setSiteEnabled } from '../actions';
import { hostOf, siteOf } from '../labels';

const ms = (n: number) => `${Math.round(n * 10) / 10} ms`;

/** Timings and the off switch: useful, but never in the way. */
export function ReportDetails({ report }: { report: SourceReport }) {
  const host = hostOf(report.url);
  const { detectMs, extractMs, totalMs } = report.timings;
  return (
    <details class="details">
      <summary>{t('detailsTitle')}</summary>
      <dl class="timings">
        <dt>{t('timingDetect')}</dt>
        <dd>{ms(detectMs)}</dd>
        <dt>{t('timingExtract')}</dt>
        <dd>{ms(extractMs)}</dd>
        <dt>{t('timingTotal')}</dt>
        <dd>{ms(totalMs)}</dd>
      </dl>
      <p class="details-note">{t('offlineNote')}</p>
      {host && (
        <button type="button" class="button button-quiet" onClick={() => void setSiteEnabled(host, false)}>
          {t('turnOffForSite')} ({siteOf(report.url)})
        </button>
      )}
    </details>
  );
}
