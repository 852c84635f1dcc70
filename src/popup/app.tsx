import { t, uiLanguage } from '../shared/i18n';
import { useTabView } from './use-tab-view';
import { StatusPanel } from './components/status-panel';
import { ReportView } from './components/report-view';
import { openOptions } from './actions';

// Screen readers pick their voice from the page language: the browser's UI language.
document.documentElement.lang = uiLanguage();

export function App() {
  const { view, analyzeFully, tabId } = useTabView();
  return (
    <div class="popup">
      <header class="bar">
        <img class="bar-logo" src="/icons/icon-32.png" alt="" width={20} height={20} />
        <span class="bar-name">Source Lens</span>
        <button
          type="button"
          class="icon-button"
          onClick={openOptions}
          title={t('openOptions')}
          aria-label={t('openOptions')}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path
              fill="currentColor"
              d="M19.4 13a7.6 7.6 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.4 7.4 0 0 0-1.7-1L15 3h-4l-.4 2.9a7.4 7.4 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.6 7.6 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1c.5.4 1.1.8 1.7 1L11 21h4l.4-2.9c.6-.2 1.2-.6 1.7-1l2.5 1 2-3.5zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"
            />
          </svg>
        </button>
      </header>
      <main class="content" aria-live="polite" aria-busy={view.kind === 'loading' || view.kind === 'analyzing'}>
        {view.kind === 'report' ? (
          <ReportView report={view.report} tabId={tabId} onAnalyzeFully={() => void analyzeFully()} />
        ) : (
          <StatusPanel view={view} onAnalyzeNow={analyzeFully} />
        )}
      </main>
    </div>
  );
}
