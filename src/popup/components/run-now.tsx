import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';

/** After this long on "Analyzing…", offer to run the analysis at once (a page that never settles, e.g. a route loop). */
export const RUN_NOW_AFTER_MS = 3_000;

export function RunNow({ onRun }: { onRun: () => void }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setShown(true), RUN_NOW_AFTER_MS);
    return () => clearTimeout(id);
  }, []);
  if (!shown) return null;
  return (
    <button type="button" class="button" data-action="run-now" onClick={onRun}>
      {t('analyzeNow')}
    </button>
  );
}
