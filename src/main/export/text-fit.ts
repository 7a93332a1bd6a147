// Measuring slide text before it is placed, so nothing is cut: lines are counted by wrapping at
// word boundaries (Intl.Segmenter, so Thai breaks between words too) with Sarabun's average
// advance widths, plus a margin for the customer's fonts (the PPTX names system fonts that run
// a little wider). Table columns are widened until their longest word fits, so no word breaks
// in the middle ("Improvem/ent").
import { estimateTextWidth } from './chart-text-width';
import type { QbrLanguage } from './model';

/** Other fonts (Calibri, Tahoma, Leelawadee UI) may set text up to this much wider. */
const SAFETY = 1.12;
export const LINE_HEIGHT = 1.22;
const PT_PER_INCH = 72;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: QbrLanguage): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, s);
  }
  return s;
}

// A slide is measured at up to four sizes, and both deck writers build the same slides: the
// same words come back many times, so their segmentation and widths are remembered (bounded).
const MEMO_LIMIT = 20_000;
const emMemo = new Map<string, number>();
const piecesMemo = new Map<string, string[]>();

function remember<V>(memo: Map<string, V>, key: string, make: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = make();
    memo.set(key, value);
  }
  return value;
}

/** Width in inches of `text` at `sizePt`. */
export function textWidth(text: string, sizePt: number, bold = false): number {
  // the estimate is linear in the size: remember the width of one point
  const perPoint = remember(emMemo, (bold ? 'b' : 'r') + text, () =>
    estimateTextWidth(text, `${bold ? 'bold ' : ''}1px Sarabun`),
  );
  return (perPoint * sizePt * SAFETY) / PT_PER_INCH;
}

/** The words of `text` with the spaces that follow them, as a line breaker sees them. */
function pieces(text: string, language: QbrLanguage): string[] {
  return remember(piecesMemo, `${language}|${text}`, () => segment(text, language));
}

function segment(text: string, language: QbrLanguage): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter(language).segment(text)) {
    // a space or punctuation stays with the word before it, as line breakers do
    if (out.length > 0 && /^[\s.,;:!?)\]”’"'…-]+$/u.test(segment)) out[out.length - 1] += segment;
    else out.push(segment);
  }
  return out;
}

/** The widest single word in inches: a column narrower than this breaks a word. */
export function longestWord(
  text: string,
  sizePt: number,
  language: QbrLanguage,
  bold = false,
): number {
  let max = 0;
  for (const piece of pieces(text, language))
    max = Math.max(max, textWidth(piece.trim(), sizePt, bold));
  return max;
}

/** Lines `text` takes in a box `width` inches wide at `sizePt` (each \n starts a line). */
export function lineCount(
  text: string,
  width: number,
  sizePt: number,
  language: QbrLanguage,
  bold = false,
): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    let count = 1;
    for (const piece of pieces(paragraph, language)) {
      const w = textWidth(piece, sizePt, bold);
      if (line > 0 && line + textWidth(piece.trimEnd(), sizePt, bold) > width) {
        count += 1;
        line = w;
      } else {
        line += w;
      }
      // a word wider than the box wraps inside itself
      while (line > width) {
        count += 1;
        line -= width;
      }
    }
    lines += count;
  }
  return lines;
}

/** Height in inches of `lines` lines at `sizePt`. */
export function linesHeight(lines: number, sizePt: number): number {
  return (lines * sizePt * LINE_HEIGHT) / PT_PER_INCH;
}

/** Sentences of `text`, for continuing one long paragraph on the next slide. */
export function sentences(text: string, language: QbrLanguage): string[] {
  const s = new Intl.Segmenter(language, { granularity: 'sentence' });
  const out = [...s.segment(text)].map((x) => x.segment.trim()).filter((x) => x !== '');
  return out.length ? out : [text];
}
