import type { SourceReport } from '../../core/types';
import { t } from '../../shared/i18n';
import { formatCount, tn } from '../../shared/plural';

/** The answer in four numbers: how many outlets, and how the text cites them. */
export function Glance({ report }: { report: SourceReport }) {
  const stats = [
    // The publisher's own reporting is no outside source: the same count as the cited-sources list.
    { n: report.outlets.filter((o) => !o.self).length, key: 'statOutlets' },
    { n: report.references.length, key: 'statReferences' },
    { n: report.mentions.length, key: 'statMentions' },
    { n: report.links.length, key: 'statLinks' },
  ];
  return (
    <ul class="glance" aria-label={t('glanceLabel')}>
      {stats.map((s) => (
        <li key={s.key} class="stat">
          <span class="stat-n">{formatCount(s.n)}</span>
          <span class="stat-label">{tn(s.key, s.n)}</span>
        </li>
      ))}
    </ul>
  );
}
