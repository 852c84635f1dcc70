import { t } from '../../shared/i18n';
import { setSiteEnabled } from '../actions';
import { Icon } from './icons';
import { RunNow } from './run-now';
import type { RestrictedReason, View } from '../view-state';

const RESTRICTED_KEY: Record<RestrictedReason, string> = {
  browser: 'restrictedBrowser',
  pdf: 'restrictedPdf',
  store: 'restrictedStore',
  file: 'restrictedFile',
  unreachable: 'restrictedUnreachable',
  unsupported: 'restrictedUnsupported',
};

/** Every state that is not a report gets a sentence, never a blank popup. */
export function StatusPanel({
  view,
  onAnalyzeNow,
}: {
  view: Exclude<View, { kind: 'report' }>;
  onAnalyzeNow?: () => void;
}) {
  switch (view.kind) {
    case 'loading':
    case 'analyzing':
      return (
        <section class="status" role="status" data-state={view.kind}>
          <span class="spinner" aria-hidden="true" />
          <h1 class="status-title">{t('stateAnalyzing')}</h1>
          <p class="status-text">{t('stateAnalyzingHint')}</p>
          {view.kind === 'analyzing' && onAnalyzeNow && <RunNow onRun={onAnalyzeNow} />}
        </section>
      );
    case 'restricted':
      return (
        <section class="status" role="status" data-state="restricted">
          <Icon name="lock" />
          <h1 class="status-title">{t('stateRestricted')}</h1>
          <p class="status-text">{t(RESTRICTED_KEY[view.reason])}</p>
        </section>
      );
    case 'disabled':
      return (
        <section class="status" role="status" data-state="disabled">
          <Icon name="power" />
          <h1 class="status-title">{t('stateDisabled', view.host)}</h1>
          <p class="status-text">{t('stateDisabledHint')}</p>
          <button type="button" class="button" onClick={() => void setSiteEnabled(view.host, true)}>
            {t('turnOnForSite')}
          </button>
        </section>
      );
    case 'error':
      return (
        <section class="status status-error" role="alert" data-state="error">
          <Icon name="warning" />
          <h1 class="status-title">{t('stateError')}</h1>
          <p class="status-text">{t('stateErrorHint')}</p>
          {view.message && <pre class="status-detail">{view.message}</pre>}
        </section>
      );
  }
}
