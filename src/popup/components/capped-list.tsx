import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { tn } from '../../shared/plural';

/** No list in the popup renders more than this many rows at first, or more than this many per "show more". */
export const LIST_CAP = 20;

interface Props<T> {
  items: T[];
  render: (item: T) => ComponentChildren;
  class: string;
  /** Rows shown before "N more" (at most LIST_CAP). */
  limit?: number;
  label?: string;
}

/**
 * Every list of the popup goes through here: a report may hold thousands of
 * outlets, URLs or attributions, and rendering them all takes seconds and makes
 * the popup tens of thousands of pixels tall. The rest waits behind one button
 * and is rendered a step at a time, only when asked for.
 */
export function CappedList<T>({ items, render, class: cls, limit = LIST_CAP, label }: Props<T>) {
  const first = Math.min(limit, LIST_CAP);
  const [shown, setShown] = useState(first);
  const rest = items.length - shown;
  return (
    <>
      <ul class={cls} aria-label={label}>
        {items.slice(0, shown).map(render)}
      </ul>
      {rest > 0 && (
        <button type="button" class="more" onClick={() => setShown((n) => n + LIST_CAP)}>
          {tn('moreItems', rest)}
        </button>
      )}
    </>
  );
}

/** Identical rows once, in first-seen order, with how often they occur and every item they stand for. */
export function groupBy<T>(items: T[], keyOf: (item: T) => string): { item: T; all: T[] }[] {
  const groups = new Map<string, { item: T; all: T[] }>();
  for (const item of items) {
    const key = keyOf(item);
    const g = groups.get(key);
    if (g) g.all.push(item);
    else groups.set(key, { item, all: [item] });
  }
  return [...groups.values()];
}
