// Number formats for statistics: enough digits to read an effect, never a false "p = 0".

/** Decimals that keep about three significant digits for everyday magnitudes. */
export function statDigits(value: number): number {
  const size = Math.abs(value);
  if (size >= 100) return 0;
  if (size >= 10) return 1;
  if (size >= 1) return 2;
  return 3;
}

export function formatStat(
  number: (value: number, digits?: number) => string,
  value: number | null,
) {
  return value === null ? '—' : number(value, statDigits(value));
}

export function formatP(number: (value: number, digits?: number) => string, p: number | null) {
  if (p === null) return '—';
  return p < 0.001 ? `< ${number(0.001, 3)}` : number(p, 3);
}

/** A share as the locale writes a percentage (tr "%92,3"), through the shared format module. */
export function formatShare(
  percent: (share: number, digits?: number) => string,
  share: number | null,
) {
  if (share === null) return '—';
  // A probability of 0.9996 is not a certainty; rounding must not print 100 %.
  if (share > 0.999 && share < 1) return `> ${percent(0.999, 1)}`;
  return percent(share, 1);
}
