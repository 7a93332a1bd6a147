// ECharts lays out legends, axis labels and titles by measuring text. Without a canvas it counts
// every non-ASCII character (Thai tone marks and vowels above or below included) as one full em,
// so Thai labels look twice their width and legends wrap or collide. This estimate uses the
// average advance widths of the bundled Sarabun (in em) per character class instead.
const THAI_COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
const THAI = /[\u0E00-\u0E7F]/;
const BOLD_FACTOR = 1.06;

function emWidth(char: string): number {
  if (THAI_COMBINING.test(char)) return 0;
  if (THAI.test(char)) return 0.6;
  if (char === ' ') return 0.24;
  if (/[0-9]/.test(char)) return 0.55;
  if (/\p{Lu}/u.test(char)) return 0.6;
  if (/\p{Ll}/u.test(char)) return 0.49;
  if (/[.,:;'()\-/|!]/.test(char)) return 0.3;
  return 0.6;
}

/** Width in px of `text` set in a CSS `font` shorthand such as "bold 12px Sarabun". */
export function estimateTextWidth(text: string, font = '12px sans-serif'): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  const bold = /\b(bold|[6-9]00)\b/.test(font) ? BOLD_FACTOR : 1;
  let em = 0;
  for (const char of text) em += emWidth(char);
  return em * size * bold;
}
