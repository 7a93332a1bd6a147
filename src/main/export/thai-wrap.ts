// pdfmake finds line-break opportunities with the UAX #14 `linebreak` package, which gives none
// inside Thai (no spaces between words), so a long Thai run is cut wherever the line is full,
// mid-word. U+200B would mark word boundaries, but Sarabun has no glyph for it and pdfkit draws
// the .notdef box. What works: a separate space fragment at a negligible font size between
// Thai words; pdfmake may break after it, it is invisible, and pdftotext drops it.
import type { Content } from 'pdfmake/interfaces';

const THAI = /[\u0E00-\u0E7F]/;
const SPACER_SIZE = 0.01;

export interface TextFragment {
  text: string;
  fontSize?: number;
}

export const BREAK_SPACER: Readonly<TextFragment> = { text: ' ', fontSize: SPACER_SIZE };

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

export function isBreakSpacer(fragment: string | TextFragment): boolean {
  return typeof fragment !== 'string' && fragment.text === ' ' && fragment.fontSize === SPACER_SIZE;
}

/**
 * The text as pieces with a break spacer at every word boundary that touches Thai. Boundaries
 * next to punctuation or whitespace are left alone: the line breaker already handles spaces,
 * and a break between "(" and a word would be wrong.
 */
export function splitAtThaiWordBoundaries(text: string): Array<string | TextFragment> {
  if (!THAI.test(text)) return [text];
  const pieces: Array<string | TextFragment> = [];
  let current = '';
  let previous: Intl.SegmentData | undefined;
  for (const segment of segmenter.segment(text)) {
    const breakable =
      previous !== undefined &&
      previous.isWordLike === true &&
      segment.isWordLike === true &&
      (THAI.test(previous.segment) || THAI.test(segment.segment));
    if (breakable) {
      pieces.push(current);
      pieces.push({ ...BREAK_SPACER });
      current = '';
    }
    current += segment.segment;
    previous = segment;
  }
  pieces.push(current);
  return pieces;
}

/** pdfmake `text` value: the plain string when nothing needs help, else the fragments. */
export function wrapText(text: string): string | Content[] {
  const pieces = splitAtThaiWordBoundaries(text);
  if (pieces.length === 1 && typeof pieces[0] === 'string') return pieces[0];
  return pieces.map((piece) => (typeof piece === 'string' ? piece : { ...piece }));
}
