import { t } from '../../shared/i18n';

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <section class="section" aria-labelledby="tags-h">
      <h2 id="tags-h" class="section-title">{t('tags')}</h2>
      <ul class="chips">
        {tags.map((tag) => (
          <li key={tag} class="chip">{tag}</li>
        ))}
      </ul>
    </section>
  );
}
