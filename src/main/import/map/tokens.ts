import { CONCEPT_OF, CURRENCY_TOKENS, PERIOD_TOKEN, THAI_WORDS } from './lexicon';

const THAI = /[\u0E00-\u0E7F]/;
const ASCII = /^[\x00-\x7f]*$/;
const THAI_RUNS = /[\u0E00-\u0E7F]+|[^\u0E00-\u0E7F]+/g;
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}|<[^<>]*>/g;

let segmenter: Intl.Segmenter | null | undefined;

/** Thai words by the runtime's dictionary, when it has one (Node and Electron ship full ICU). */
function segmentThai(run: string): string[] {
  if (segmenter === undefined)
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('th', { granularity: 'word' })
        : null;
  if (!segmenter) return [run];
  return [...segmenter.segment(run)].filter((s) => s.isWordLike !== false).map((s) => s.segment);
}

/**
 * Thai is written without spaces: the words header matching knows are taken longest first, and
 * what lies between them is cut by the runtime's Thai dictionary. The same cut applies to the
 * synonyms, so "จำนวนที่นั่ง" reads as {COUNT, SEAT} whichever way a segmenter would split it.
 */
function thaiWords(run: string): string[] {
  const out: string[] = [];
  let unknown = '';
  const flush = () => {
    if (unknown) out.push(...segmentThai(unknown));
    unknown = '';
  };
  let i = 0;
  outer: while (i < run.length) {
    for (const w of THAI_WORDS) {
      if (run.startsWith(w, i)) {
        flush();
        out.push(w);
        i += w.length;
        continue outer;
      }
    }
    unknown += run[i];
    i++;
  }
  flush();
  return out;
}

/** Lower case the Turkish way for I/İ/ı alike, with accents dropped: "ŞİRKET ADI" -> "sirket adi". */
export function foldCase(text: string): string {
  // Plain ASCII has no accents to drop: skip the two normalisations (most headers are ASCII).
  if (ASCII.test(text)) return text.replace(/I/g, 'i').toLowerCase();
  return text
    .replace(/[İI]/g, 'i')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** A Latin plural read as its singular ("seats" = "seat"), on headers and synonyms alike. */
function singular(token: string): string {
  if (token.length > 3 && token.endsWith('s') && !/(ss|us|is)$/.test(token))
    return token.slice(0, -1);
  return token;
}

function conceptOf(token: string): string {
  return CONCEPT_OF.get(token) ?? CONCEPT_OF.get(singular(token)) ?? singular(token);
}

/**
 * A header as the tokens of its meaning: bracketed notes, currency codes and symbols and period
 * markers dropped ("MRR (USD)", "Seats [#]", "NPS score - Q3"), camelCase, snake_case and
 * kebab-case split, Turkish-aware case folding, Thai cut into words, and each known word read as
 * its concept (lexicon.ts). An empty list when the header holds no word at all.
 */
export function headerTokens(header: string): string[] {
  return rawTokens(header).map(conceptOf);
}

/** The words of a header before they are read as concepts (for spelling fixes, see header-match). */
export function rawTokens(header: string): string[] {
  const unbracketed = header.replace(BRACKETED, ' ');
  // A header that is all brackets ("(USD)") keeps its words.
  const text = /[\p{L}\p{N}]/u.test(unbracketed) ? unbracketed : header;
  const spaced = text
    // "# of seats" and "number of seats" count; "Account #" is an id.
    .replace(/(?:#|\bnumber|\bno\.?)\s*of\b/gi, ' count ')
    .replace(/#/g, ' id ')
    .replace(/\be[-\s]?(mail|posta)\b/gi, 'e$1')
    // camelCase and ACRONYMCase: "renewalDate" -> "renewal Date", "NPSScore" -> "NPS Score".
    .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
  const folded = foldCase(spaced);
  const raw: string[] = [];
  const hasThai = THAI.test(folded);
  for (const part of folded.split(/[^\p{L}\p{N}\p{M}]+/u)) {
    if (!part) continue;
    if (!hasThai) {
      raw.push(part);
      continue;
    }
    for (const run of part.match(THAI_RUNS) ?? []) {
      if (THAI.test(run)) raw.push(...thaiWords(run));
      else raw.push(run);
    }
  }
  const kept = raw.filter((t) => !CURRENCY_TOKENS.has(t) && !PERIOD_TOKEN.test(t));
  return kept.length > 0 ? kept : raw;
}

/** Raw words read as their concepts (see headerTokens). */
export function conceptTokens(raw: readonly string[]): string[] {
  return raw.map(conceptOf);
}
