import { t } from '../../shared/i18n';
import { CappedList } from './capped-list';

const tagRow = (tag: string) => (
  <li key={tag} class="chip" dir="auto" title={tag}>
    {tag}
  </li>
);

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <section class="section" aria-labelledby="tags-h">
      <h2 id="tags-h" class="section-title">
        {t('tags')}
      </h2>
      <CappedList class="chips" items={tags} limit={12} render={tagRow} />
    </section>
  );
}
