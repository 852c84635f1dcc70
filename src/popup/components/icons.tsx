/** A few 24px line icons, drawn inline: no icon font, no request. */
const PATHS = {
  lock: 'M7 11V8a5 5 0 0 1 10 0v3M5.5 11h13v9.5h-13z',
  power: 'M12 3v8M7.1 6.3a7.5 7.5 0 1 0 9.8 0',
  warning: 'M12 3.5 2.5 20h19zM12 10v4.5M12 17v.5',
  empty: 'M4 6.5h16M4 12h10M4 17.5h6',
};

export function Icon({ name, size = 28 }: { name: keyof typeof PATHS; size?: number }) {
  return (
    <svg class="icon" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true">
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
