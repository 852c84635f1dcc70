/** "DE" -> 🇩🇪 (regional indicator symbols); anything else -> empty. */
export function flagEmoji(country: string | null): string {
  if (!country || !/^[A-Z]{2}$/.test(country)) return '';
  return String.fromCodePoint(...[...country].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
