import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/export/pdf-engine';
import {
  isBreakSpacer,
  splitAtThaiWordBoundaries,
  wrapText,
} from '../../../src/main/export/thai-wrap';
import { pdfText } from '../../helpers/export-pdf-tools';

const THAI_PARAGRAPH =
  'การใช้งานผลิตภัณฑ์ของลูกค้าเพิ่มขึ้นอย่างต่อเนื่องในไตรมาสนี้ โดยทีมที่ใช้งานมีผลลัพธ์ดีกว่าทีมควบคุมอย่างมีนัยสำคัญ และคะแนนสุขภาพของบัญชีอยู่ในระดับสีเขียวตลอดทั้งไตรมาส ผู้ใช้งานรายสัปดาห์เพิ่มจาก 212 เป็น 268 คน (NPS 42)';

/** Offsets where Intl.Segmenter says a Thai word starts or ends. */
function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>([0, text.length]);
  for (const s of new Intl.Segmenter('th', { granularity: 'word' }).segment(text)) {
    boundaries.add(s.index);
    boundaries.add(s.index + s.segment.length);
  }
  return boundaries;
}

/** Offsets in `text` where the writer allows a break (just after each spacer). */
function spacerOffsets(pieces: ReturnType<typeof splitAtThaiWordBoundaries>): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const piece of pieces) {
    if (typeof piece === 'string') offset += piece.length;
    else if (isBreakSpacer(piece)) offsets.push(offset);
  }
  return offsets;
}

describe('splitAtThaiWordBoundaries', () => {
  it('keeps the text: the pieces without spacers join back to the input', () => {
    const pieces = splitAtThaiWordBoundaries(THAI_PARAGRAPH);
    const joined = pieces.filter((p) => typeof p === 'string').join('');
    expect(joined).toBe(THAI_PARAGRAPH);
    expect(pieces.filter((p) => typeof p !== 'string').every(isBreakSpacer)).toBe(true);
  });

  it('offers a break only at word boundaries, and between the Thai words', () => {
    const pieces = splitAtThaiWordBoundaries(THAI_PARAGRAPH);
    const boundaries = wordBoundaries(THAI_PARAGRAPH);
    const offsets = spacerOffsets(pieces);
    expect(offsets.length).toBeGreaterThan(20);
    for (const offset of offsets) expect(boundaries.has(offset), `offset ${offset}`).toBe(true);
    // never inside a Thai word: every word of the segmenter lies within one piece
    const cut = new Set(offsets);
    for (const s of new Intl.Segmenter('th', { granularity: 'word' }).segment(THAI_PARAGRAPH)) {
      for (let i = s.index + 1; i < s.index + s.segment.length; i++) expect(cut.has(i)).toBe(false);
    }
  });

  it('leaves a break between "(" and the word after it alone', () => {
    const offsets = spacerOffsets(splitAtThaiWordBoundaries(THAI_PARAGRAPH));
    const paren = THAI_PARAGRAPH.indexOf('(');
    expect(offsets).not.toContain(paren + 1);
  });

  it('leaves text without Thai as it is', () => {
    expect(wrapText('Yönetici Özeti: İyileşme ve ğ ş ı')).toBe('Yönetici Özeti: İyileşme ve ğ ş ı');
    expect(splitAtThaiWordBoundaries('Executive summary')).toEqual(['Executive summary']);
  });
});

/** Line ends of a PDF text column, as offsets in the whitespace-free text. */
function lineEndOffsets(pdf: Buffer): { text: string; ends: number[] } {
  const lines = pdfText(pdf)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ''))
    .filter(Boolean);
  const ends: number[] = [];
  let total = 0;
  for (const line of lines.slice(0, -1)) {
    total += line.length;
    ends.push(total);
  }
  return { text: lines.join(''), ends };
}

function squashedBoundaries(text: string): Set<number> {
  // map word boundaries of the original onto the text with whitespace removed
  const map: number[] = [];
  let kept = 0;
  for (let i = 0; i <= text.length; i++) {
    map[i] = kept;
    if (i < text.length && !/\s/.test(text[i] ?? '')) kept++;
  }
  return new Set([...wordBoundaries(text)].map((b) => map[b] ?? -1));
}

async function narrowColumnPdf(text: string | ReturnType<typeof wrapText>): Promise<Buffer> {
  return renderPdf({
    pageSize: 'A5',
    defaultStyle: { font: 'Sarabun', fontSize: 12 },
    content: [{ text, margin: [0, 0, 160, 0] }],
  });
}

describe('Thai line breaking in pdfmake', () => {
  it('breaks lines only between words when the text is wrapped', async () => {
    const { text, ends } = lineEndOffsets(await narrowColumnPdf(wrapText(THAI_PARAGRAPH)));
    expect(text).toBe(THAI_PARAGRAPH.replace(/\s+/g, ''));
    expect(ends.length).toBeGreaterThan(3);
    const boundaries = squashedBoundaries(THAI_PARAGRAPH);
    for (const end of ends) expect(boundaries.has(end), `line break at ${end}`).toBe(true);
  });

  it('would break mid-word without it (so the check above can fail)', async () => {
    const { ends } = lineEndOffsets(await narrowColumnPdf(THAI_PARAGRAPH));
    const boundaries = squashedBoundaries(THAI_PARAGRAPH);
    expect(ends.some((end) => !boundaries.has(end))).toBe(true);
  });
});
