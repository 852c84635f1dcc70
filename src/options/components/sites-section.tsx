import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { Settings } from '../../settings/schema';
import type { Save } from '../app';
import { parseSite } from '../../outlets/sites';
import { NoteLine, type Note } from './message';

export function SitesSection({ settings, save }: { settings: Settings; save: Save }) {
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState<Note | null>(null);

  const add = async (e: Event) => {
    e.preventDefault();
    const site = parseSite(draft);
    if (!site) return setNote({ kind: 'error', text: t('optSiteInvalid', draft.trim()) });
    const error = await save({ ...settings, disabledSites: [...new Set([...settings.disabledSites, site])].sort() });
    if (error) return setNote({ kind: 'error', text: t('optSaveFailed', error) });
    setDraft('');
    setNote(null);
  };
  const remove = async (site: string) => {
    const error = await save({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) });
    setNote(error ? { kind: 'error', text: t('optSaveFailed', error) } : null);
  };

  return (
    <section class="panel" aria-labelledby="sites-h">
      <h2 id="sites-h">{t('optSectionSites')}</h2>
      <p class="hint">{t('optSitesHint')}</p>
      {settings.disabledSites.length === 0 ? (
        <p class="empty">{t('optSitesEmpty')}</p>
      ) : (
        <ul class="site-list">
          {settings.disabledSites.map((site) => (
            <li key={site} class="site">
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="button button-quiet"
                aria-label={t('optRemoveLabel', site)}
                onClick={() => void remove(site)}
              >
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={(e) => void add(e)}>
        <input
          class="input"
          name="site"
          value={draft}
          placeholder={t('optSitePlaceholder')}
          aria-label={t('optSiteAdd')}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          autocomplete="off"
          spellcheck={false}
        />
        <button type="submit" class="button">
          {t('optSiteAdd')}
        </button>
      </form>
      <NoteLine note={note} />
    </section>
  );
}
