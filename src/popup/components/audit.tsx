import type { Mention, Reference, SourceReport } from '../../core/types';
import { t } from '../../shared/i18n';
import { formatCount, tn } from '../../shared/plural';
import { CappedList, groupBy } from './capped-list';
import { RevealButton } from './reveal-button';

/** "×3" for the eye, "3 times" for screen readers and on hover; nothing for a single row. */
function Repeat({ n }: { n: number }) {
  if (n < 2) return null;
  const label = tn('repeatCount', n);
  return (
    <span class="repeat" title={label}>
      <span aria-hidden="true">×{formatCount(n)}</span>
      <span class="sr-only">{label}</span>
    </span>
  );
}

interface Group<T> {
  item: T;
  all: T[];
}

/** Attributions without a reference or link, and references the text never mentions. */
export function Audit({ report, tabId }: { report: SourceReport; tabId: number | null }) {
  if (report.mentions.length === 0 && report.references.length === 0) return null;
  const unreferenced = new Set(report.audit.unreferencedMentions);
  const unmentionedIds = new Set(report.audit.unmentionedReferences);
  // A page that repeats one attribution a thousand times gets one row with its count.
  const unbacked = groupBy(
    report.mentions.filter((m) => unreferenced.has(m.id)),
    (m) => `${m.text}\u0000${m.outlet}`,
  );
  const unmentioned = groupBy(
    report.references.filter((r) => unmentionedIds.has(r.id)),
    (r) => `${r.label}\u0000${r.outlet ?? r.domain ?? r.text}`,
  );
  const mentionRow = ({ item: m, all }: Group<Mention>) => (
    <li key={m.id}>
      <q class="audit-quote" dir="auto" title={m.text}>
        {m.text}
      </q>
      <span class="muted audit-source"> · {m.outlet}</span>
      <Repeat n={all.length} />
      <RevealButton tabId={tabId} targets={all.map((x) => ({ kind: 'mention' as const, id: x.id }))} label={m.text} />
    </li>
  );
  const referenceRow = ({ item: r, all }: Group<Reference>) => (
    <li key={r.id}>
      <span class="audit-quote" dir="auto" title={r.label}>
        {r.label}
      </span>
      <span class="muted audit-source"> · {r.outlet ?? r.domain ?? r.text}</span>
      <Repeat n={all.length} />
      <RevealButton
        tabId={tabId}
        targets={all.map((x) => ({ kind: 'reference' as const, id: x.id }))}
        label={r.label}
      />
    </li>
  );
  const count = (groups: Group<unknown>[]) => formatCount(groups.reduce((n, g) => n + g.all.length, 0));
  return (
    <section class="section" aria-labelledby="audit-h">
      <h2 id="audit-h" class="section-title">
        {t('auditTitle')}
      </h2>
      {unbacked.length === 0 && unmentioned.length === 0 ? (
        <p class="audit-ok">
          <span class="audit-icon" aria-hidden="true">
            ✓
          </span>
          {t('auditAllGood')}
        </p>
      ) : (
        <>
          {unbacked.length > 0 && (
            <div class="audit-group">
              <h3 class="audit-head">
                <span class="audit-icon warn" aria-hidden="true">
                  !
                </span>
                {t('auditUnbacked', count(unbacked))}
              </h3>
              <CappedList class="audit-list" items={unbacked} limit={8} render={mentionRow} />
            </div>
          )}
          {unmentioned.length > 0 && (
            <div class="audit-group">
              <h3 class="audit-head">
                <span class="audit-icon warn" aria-hidden="true">
                  !
                </span>
                {t('auditUnmentioned', count(unmentioned))}
              </h3>
              <CappedList class="audit-list" items={unmentioned} limit={8} render={referenceRow} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
