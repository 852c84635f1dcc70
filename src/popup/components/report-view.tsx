import { useEffect } from 'preact/hooks';
import type { SourceReport } from '../../core/types';
import { t } from '../../shared/i18n';
import { ArticleHeader } from './article-header';
import { Audit } from './audit';
import { Breakdown } from './breakdown';
import { ExportPanel } from './export-panel';
import { Glance } from './glance';
import { OutletList } from './outlet-list';
import { ReportDetails } from './report-details';
import { TagList } from './tag-list';

interface Props {
  report: SourceReport;
  tabId: number | null;
  onAnalyzeFully: () => void;
}

/** The bench script and the e2e tests read this mark: the first report on screen. */
export const PAINT_MARK = 'source-lens:report-painted';

function Sources({ report, tabId }: { report: SourceReport; tabId: number | null }) {
  return (
    <>
      <Breakdown report={report} />
      <OutletList report={report} tabId={tabId} />
      <Audit report={report} tabId={tabId} />
    </>
  );
}

export function ReportView({ report, tabId, onAnalyzeFully }: Props) {
  useEffect(() => {
    if (performance.getEntriesByName(PAINT_MARK).length === 0) performance.mark(PAINT_MARK);
  }, []);
  const cited = report.outlets.length > 0;
  let body;
  if (report.status === 'detection-only') {
    body = (
      <section class="notice-block" data-state="not-article">
        <p>{t('notArticleHint')}</p>
        <button type="button" class="button" onClick={onAnalyzeFully}>
          {t('analyzeAnyway')}
        </button>
      </section>
    );
  } else if (!report.isArticle) {
    body = (
      <section class="notice-block" data-state="not-article">
        <p>{cited ? t('notArticleLinks') : t('notArticleNoLinks')}</p>
        {cited && (
          <details class="collapsed-sources">
            <summary>{t('linksFound', String(report.outlets.length))}</summary>
            <Glance report={report} />
            <Sources report={report} tabId={tabId} />
          </details>
        )}
      </section>
    );
  } else if (!cited) {
    body = (
      <section class="notice-block" data-state="nothing-cited">
        <p class="notice-strong">{t('nothingCitedTitle')}</p>
        <p>{t('nothingCited')}</p>
      </section>
    );
  } else {
    body = (
      <>
        <Glance report={report} />
        <Sources report={report} tabId={tabId} />
      </>
    );
  }
  return (
    <div class="report" data-status={report.status}>
      <ArticleHeader report={report} />
      {report.status === 'too-large' && (
        <p class="notice" role="status" data-state="too-large">
          {t('stateTooLarge')}
        </p>
      )}
      {report.truncated && (
        <p class="notice" role="status" data-state="truncated">
          {t('reportTruncated', [
            String(report.truncated.links),
            String(report.truncated.mentions),
            String(report.truncated.references),
          ])}
        </p>
      )}
      {body}
      <TagList tags={report.tags} />
      {cited && report.status !== 'detection-only' && <ExportPanel report={report} />}
      <ReportDetails report={report} />
    </div>
  );
}
