// A rate with the parts it was computed from, so the CLI and the UI can show both.
export interface Rate {
  /** numerator / denominator x 100; null when the denominator is 0 (no basis for a rate). */
  percent: number | null;
  numerator: number;
  denominator: number;
}

export function rate(numerator: number, denominator: number): Rate {
  return {
    percent: denominator === 0 ? null : (numerator / denominator) * 100,
    numerator,
    denominator,
  };
}

/**
 * The constant monthly rate that compounds to `periodFraction` over `months` months:
 * 1 - (1 - p)^(1 / months). Keeps quarters and years comparable with a monthly setting.
 */
export function monthlyEquivalent(periodFraction: number, months: number): number {
  const p = Math.min(1, Math.max(0, periodFraction));
  return 1 - Math.pow(1 - p, 1 / months);
}
