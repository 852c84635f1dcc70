import { countryName } from '../labels';

/**
 * The country as its ISO code, the name for screen readers and on hover. No
 * emoji flag: without a colour emoji font (many Linux desktops, Chromium on
 * Linux) a flag is an empty box, and the code reads the same everywhere.
 */
export function Flag({ country }: { country: string | null }) {
  if (!country) return null;
  const name = countryName(country);
  return (
    <span class="flag" title={name}>
      <span class="flag-code" aria-hidden="true">
        {country}
      </span>
      <span class="sr-only">{name}</span>
    </span>
  );
}
