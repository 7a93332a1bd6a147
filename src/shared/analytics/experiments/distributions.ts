import { logGamma, regularizedIncompleteBeta, regularizedUpperGamma } from './specialFunctions';

/** Standard normal CDF, via erfc(z / √2) = Q(1/2, z² / 2) so both tails keep full precision. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const tail = 0.5 * regularizedUpperGamma(0.5, (z * z) / 2);
  return z < 0 ? tail : 1 - tail;
}

export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

// Beyond this the t and the normal differ by less than 1e-7, while ln Γ of df / 2 grows so large
// that the incomplete beta's prefactor starts to lose digits.
const NORMAL_LIMIT_DF = 1e7;

/** Student t CDF; an infinite (or huge) df gives the normal. */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (df > NORMAL_LIMIT_DF) return normalCdf(t);
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  // Pick the argument that is not close to 1, since 1 - x would lose digits when df is large.
  const squared = t * t;
  const tail =
    squared < df
      ? 0.5 * (1 - regularizedIncompleteBeta(squared / (df + squared), 0.5, df / 2))
      : 0.5 * regularizedIncompleteBeta(df / (df + squared), df / 2, 0.5);
  return t < 0 ? tail : 1 - tail;
}

export function studentTPdf(t: number, df: number): number {
  if (df > NORMAL_LIMIT_DF) return normalPdf(t);
  const logDensity =
    logGamma((df + 1) / 2) -
    logGamma(df / 2) -
    0.5 * Math.log(df * Math.PI) -
    ((df + 1) / 2) * Math.log1p((t * t) / df);
  return Math.exp(logDensity);
}

/**
 * Inverts a continuous CDF by Newton's method, falling back to bisection whenever a step leaves
 * the current bracket, so it converges even for heavy tails (df = 1) where Newton alone overshoots.
 */
function invertCdf(
  probability: number,
  cdf: (x: number) => number,
  pdf: (x: number) => number,
): number {
  if (!(probability > 0 && probability < 1)) {
    if (probability === 0) return -Infinity;
    if (probability === 1) return Infinity;
    return Number.NaN;
  }
  let low = -1;
  let high = 1;
  while (cdf(low) > probability) low *= 2;
  while (cdf(high) < probability) high *= 2;
  let x = 0;
  for (let iteration = 0; iteration < 200; iteration++) {
    const error = cdf(x) - probability;
    if (error > 0) high = x;
    else low = x;
    const density = pdf(x);
    let next = density > 0 ? x - error / density : Number.NaN;
    if (!(next > low && next < high)) next = (low + high) / 2;
    const converged = Math.abs(next - x) <= 1e-14 * Math.max(1, Math.abs(x));
    x = next;
    if (converged || high - low <= 1e-15 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}

export function normalQuantile(probability: number): number {
  return invertCdf(probability, normalCdf, normalPdf);
}

export function studentTQuantile(probability: number, df: number): number {
  if (!(df > 0)) return Number.NaN;
  if (df > NORMAL_LIMIT_DF) return normalQuantile(probability);
  return invertCdf(
    probability,
    (t) => studentTCdf(t, df),
    (t) => studentTPdf(t, df),
  );
}
