import { useState } from 'preact/hooks';
import { CATEGORIES, type SourceReport } from '../../core/types';
import { t } from '../../shared/i18n';
import { formatCount } from '../../shared/plural';
import { breakdownRows, declaredComparison, type BreakdownRow, type BreakdownView } from '../breakdown-data';
import { categoryLabel, countryName, typeLabel } from '../labels';
import { CappedList } from './capped-list';

const VIEWS: { view: BreakdownView; key: string }[] = [
  { view: 'category', key: 'viewCategory' },
  { view: 'country', key: 'viewCountry' },
  { view: 'type', key: 'viewType' },
];

const BAR_PARTS = 10;

function rowLabel(view: BreakdownView, row: BreakdownRow): string {
  if (row.key === 'unknown') return t('unknown');
  if (view === 'category') return categoryLabel(row.key);
  if (view === 'type') return typeLabel(row.key);
  return countryName(row.key);
}

/** Categories keep their colour in every report; countries and types take the palette in order. */
function swatch(view: BreakdownView, row: BreakdownRow, i: number): string {
  if (row.key === 'unknown') return 'sw-none';
  if (view === 'category') return `sw-${CATEGORIES.indexOf(row.key as never) + 1}`;
  return `sw-${(i % 7) + 1}`;
}

export function Breakdown({ report }: { report: SourceReport }) {
  const [view, setView] = useState<BreakdownView>('category');
  const rows = breakdownRows(report, view);
  const total = rows.reduce((n, r) => n + r.count, 0);
  // Each part has a minimum width: past ten, the tail shares one grey part so the bar always fits.
  const bar =
    rows.length > BAR_PARTS
      ? [
          ...rows.slice(0, BAR_PARTS - 1),
          { key: 'unknown', count: rows.slice(BAR_PARTS - 1).reduce((n, r) => n + r.count, 0) },
        ]
      : rows;
  return (
    <section class="section" aria-labelledby="breakdown-h">
      <div class="section-head">
        <h2 id="breakdown-h" class="section-title">
          {t('breakdownTitle')}
        </h2>
        <fieldset class="segmented">
          <legend class="sr-only">{t('breakdownBy')}</legend>
          {VIEWS.map((v) => (
            <label key={v.view} class={view === v.view ? 'seg seg-on' : 'seg'}>
              <input
                type="radio"
                name="breakdown-view"
                value={v.view}
                checked={view === v.view}
                onChange={() => setView(v.view)}
              />
              {t(v.key)}
            </label>
          ))}
        </fieldset>
      </div>
      {total > 0 && (
        <div class="stack" aria-hidden="true">
          {bar.map((r, i) => (
            <span key={`${r.key}-${i}`} class={`stack-part ${swatch(view, r, i)}`} style={{ flexGrow: r.count }} />
          ))}
        </div>
      )}
      <CappedList
        key={view}
        class="legend"
        items={rows.map((r, i) => ({ r, i }))}
        limit={10}
        render={({ r, i }) => (
          <li key={r.key} title={rowLabel(view, r)}>
            <span class={`dot ${swatch(view, r, i)}`} aria-hidden="true" />
            {view === 'country' && r.key !== 'unknown' && (
              <span class="legend-flag" aria-hidden="true">
                {r.key}
              </span>
            )}
            {/* Countries show their code; their names are for screen readers and the tooltip. */}
            <span class={view === 'country' && r.key !== 'unknown' ? 'sr-only' : 'legend-label'}>
              {rowLabel(view, r)}
            </span>
            <span class="legend-count">{formatCount(r.count)}</span>
          </li>
        )}
      />
      <DeclaredTotals report={report} />
    </section>
  );
}

function DeclaredTotals({ report }: { report: SourceReport }) {
  const rows = declaredComparison(report);
  if (rows.length === 0) return null;
  return (
    <div class="declared">
      <h3 class="declared-title">{t('declaredTitle')}</h3>
      <ul class="declared-list">
        {rows.map((r) => {
          const missing = r.declared - r.named;
          return (
            <li key={r.kind} class={missing > 0 ? 'declared-gap' : undefined}>
              <span class="declared-kind">{t(`declared_${r.kind}`)}</span>
              <span class="declared-nums">{t('declaresNames', [String(r.declared), String(r.named)])}</span>
              {missing > 0 && <span class="declared-diff">{t('declaredMissing', String(missing))}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
