import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { sendToTab } from '../../messaging/client';

export interface RevealTarget {
  kind: 'reference' | 'mention' | 'link';
  id: string;
}

/** "Show in page": scrolls the article to the cited item; each further click goes to the next one. */
export function RevealButton({
  tabId,
  targets,
  label,
}: {
  tabId: number | null;
  targets: RevealTarget[];
  label: string;
}) {
  const [next, setNext] = useState(0);
  const [missed, setMissed] = useState(false);
  if (tabId === null || targets.length === 0) return null;
  const target = targets[next % targets.length];
  const onClick = async () => {
    const reply = await sendToTab(tabId, 'page:reveal', target).catch(() => ({ found: false }));
    setMissed(!reply.found);
    setNext((n) => n + 1);
  };
  const count = targets.length > 1 ? `${(next % targets.length) + 1}/${targets.length}` : '';
  return (
    <>
      <button type="button" class="reveal" onClick={() => void onClick()}>
        <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true">
          <path
            fill="none"
            stroke="currentColor"
            stroke-width="1.6"
            d="M7 2.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zm3.3 7.8 3.4 3.4"
          />
        </svg>
        <span>{t('revealShort')}</span>
        <span class="sr-only"> {t('revealTarget', label)}</span>
        {count && <span class="reveal-count">{count}</span>}
      </button>
      {missed && (
        <span class="reveal-missed" role="status">
          {t('notInPage')}
        </span>
      )}
    </>
  );
}
