import type { SourceReport } from '../../core/types';
import { t } from '../../shared/i18n';
import { ArticleHeader } from './article-header';
import { OutletList } from './outlet-list';
import { TagList } from './tag-list';

interface Props {
  report: SourceReport;
  tabId: number | null;
  onAnalyzeFully: () => void;
}

export function ReportView({ report, tabId, onAnalyzeFully }: Props) {
  const detectionOnly = report.status === 'detection-only';
  return (
    <div class="report">
      <ArticleHeader report={report} />
      {report.status === 'too-large' && <p class="notice" role="status">{t('stateTooLarge')}</p>}
      {detectionOnly ? (
        <section class="section">
          <p class="muted">{t('notArticleHint')}</p>
          <button type="button" class="button" onClick={onAnalyzeFully}>
            {t('analyzeAnyway')}
          </button>
        </section>
      ) : (
        <>
          <TagList tags={report.tags} />
          <OutletList report={report} tabId={tabId} />
        </>
      )}
    </div>
  );
}
