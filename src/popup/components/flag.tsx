import { countryName } from '../labels';

/** "DE" -> 🇩🇪 (regional indicator symbols); anything else -> empty. */
export function flagEmoji(country: string | null): string {
  if (!country || !/^[A-Z]{2}$/.test(country)) return '';
  return String.fromCodePoint(...[...country].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** The flag for the eye, the code as text, the country's name for screen readers and on hover. */
export function Flag({ country }: { country: string | null }) {
  if (!country) return null;
  const name = countryName(country);
  return (
    <span class="flag" title={name}>
      <span class="flag-emoji" aria-hidden="true">{flagEmoji(country)}</span>
      <span class="flag-code" aria-hidden="true">{country}</span>
      <span class="sr-only">{name}</span>
    </span>
  );
}
