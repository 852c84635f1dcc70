export function median(xs: number[]): number {
  return percentile(xs, 50);
}

/** Nearest-rank percentile over the finite values; NaN for none. */
export function percentile(xs: number[], p: number): number {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  if (p === 50 && v.length % 2 === 0) return (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}

export const fmtMs = (ms: number) => `${Number.isFinite(ms) ? ms.toFixed(2) : '—'} ms`.padStart(10);
