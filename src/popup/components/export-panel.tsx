import { useRef, useState } from 'preact/hooks';
import type { SourceReport } from '../../core/types';
import { t } from '../../shared/i18n';
import { downloadText } from '../../shared/download';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../export';

const LABELS: Record<ExportFormat, string> = {
  markdown: 'Markdown',
  csv: 'CSV',
  json: 'JSON',
  csl: 'CSL-JSON (Zotero)',
};

type Feedback = 'copied' | 'copyFailed' | 'downloaded' | null;

export function ExportPanel({ report }: { report: SourceReport }) {
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const say = (f: Feedback) => {
    setFeedback(f);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setFeedback(null), 2500);
  };
  const text = () => EXPORT_FORMATS[format].write(report);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      say('copied');
    } catch {
      say('copyFailed');
    }
  };
  const save = () => {
    downloadText(exportFileName(report, format), text(), EXPORT_FORMATS[format].mime);
    say('downloaded');
  };
  return (
    <section class="section" aria-labelledby="export-h">
      <h2 id="export-h" class="section-title">
        {t('exportTitle')}
      </h2>
      <div class="export-row">
        <label class="sr-only" for="export-format">
          {t('exportFormat')}
        </label>
        <select
          id="export-format"
          class="select"
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
        >
          {(Object.keys(LABELS) as ExportFormat[]).map((f) => (
            <option key={f} value={f}>
              {LABELS[f]}
            </option>
          ))}
        </select>
        <button type="button" class="button button-quiet" onClick={() => void copy()}>
          {t('exportCopy')}
        </button>
        <button type="button" class="button button-quiet" onClick={save}>
          {t('exportDownload')}
        </button>
      </div>
      <p class={`feedback ${feedback === 'copyFailed' ? 'feedback-bad' : ''}`} role="status" aria-live="polite">
        {feedback === 'copied' && `✓ ${t('exportCopied')}`}
        {feedback === 'copyFailed' && t('exportCopyFailed')}
        {feedback === 'downloaded' && `✓ ${t('exportDownloaded')}`}
      </p>
    </section>
  );
}
