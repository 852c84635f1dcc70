import type { SourceReport } from '../../core/types';
import { t } from '../../shared/i18n';
import { RevealButton } from './reveal-button';

/** Attributions without a reference or link, and references the text never mentions. */
export function Audit({ report, tabId }: { report: SourceReport; tabId: number | null }) {
  if (report.mentions.length === 0 && report.references.length === 0) return null;
  const unbacked = report.mentions.filter((m) => report.audit.unreferencedMentions.includes(m.id));
  const unmentioned = report.references.filter((r) => report.audit.unmentionedReferences.includes(r.id));
  return (
    <section class="section" aria-labelledby="audit-h">
      <h2 id="audit-h" class="section-title">{t('auditTitle')}</h2>
      {unbacked.length === 0 && unmentioned.length === 0 ? (
        <p class="audit-ok">
          <span class="audit-icon" aria-hidden="true">✓</span>
          {t('auditAllGood')}
        </p>
      ) : (
        <>
          {unbacked.length > 0 && (
            <div class="audit-group">
              <h3 class="audit-head">
                <span class="audit-icon warn" aria-hidden="true">!</span>
                {t('auditUnbacked', String(unbacked.length))}
              </h3>
              <ul class="audit-list">
                {unbacked.map((m) => (
                  <li key={m.id}>
                    <q class="audit-quote">{m.text}</q>
                    <span class="muted"> · {m.outlet}</span>
                    <RevealButton tabId={tabId} targets={[{ kind: 'mention', id: m.id }]} label={m.text} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {unmentioned.length > 0 && (
            <div class="audit-group">
              <h3 class="audit-head">
                <span class="audit-icon warn" aria-hidden="true">!</span>
                {t('auditUnmentioned', String(unmentioned.length))}
              </h3>
              <ul class="audit-list">
                {unmentioned.map((r) => (
                  <li key={r.id}>
                    <span class="audit-quote">{r.label}</span>
                    <span class="muted"> · {r.outlet ?? r.domain ?? r.text}</span>
                    <RevealButton tabId={tabId} targets={[{ kind: 'reference', id: r.id }]} label={r.label} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
