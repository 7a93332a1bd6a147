import type { DataKind } from '../../shared/domain/kinds';
import type { CellValue } from './cells';
import { isBlank } from './cells';
import type { KindDef } from './kinds';
import { KIND_DEFS } from './kinds';
import { levenshtein, normalizeHeader } from './normalize-header';

export type Mapping = Record<string, number | null>;

/** How well a header names a field: 3 exact synonym, 2 near miss, 0 none. */
const normalizedLists = new WeakMap<readonly string[], string[]>();

function normalizedSynonyms(synonyms: readonly string[]): string[] {
  let list = normalizedLists.get(synonyms);
  if (!list) {
    list = synonyms.map(normalizeHeader);
    normalizedLists.set(synonyms, list);
  }
  return list;
}

const HAS_LETTER = /\p{L}/u;

function headerScore(header: string, synonyms: readonly string[]): number {
  const h = normalizeHeader(header);
  // Every synonym has a letter: numbers and dates in data rows can be skipped at once.
  if (!h || !HAS_LETTER.test(h)) return 0;
  let best = 0;
  for (const s of normalizedSynonyms(synonyms)) {
    if (h === s) return 3;
    if (s.length < 6) continue;
    const allowed = Math.floor(s.length / 6);
    // Cheap bound first: edit distance is at least the difference in length.
    if (Math.abs(h.length - s.length) <= allowed && levenshtein(h, s) <= allowed) best = 2;
  }
  return best;
}

/** Maps each field to the best matching column, each column used at most once. */
export function autoMap(headers: readonly string[], def: KindDef): Mapping {
  const candidates: { field: string; col: number; score: number; order: number }[] = [];
  def.fields.forEach((f, order) => {
    headers.forEach((h, col) => {
      const score = headerScore(h, f.synonyms);
      if (score > 0) candidates.push({ field: f.id, col, score, order });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.col - b.col);
  const mapping: Mapping = Object.fromEntries(
    def.fields.map((f) => [f.id, null] as [string, number | null]),
  );
  const usedCols = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || usedCols.has(c.col)) continue;
    mapping[c.field] = c.col;
    usedCols.add(c.col);
  }
  return mapping;
}

function mappedScore(headers: readonly string[], def: KindDef): number {
  const mapping = autoMap(headers, def);
  let score = 0;
  for (const f of def.fields) {
    if (mapping[f.id] !== null) score += f.required ? 3 : 1;
    else if (f.required) score -= 4;
  }
  for (const group of def.requiredOneOf ?? []) {
    if (group.every((id) => mapping[id] === null)) score -= 4;
  }
  return score;
}

/**
 * The header is often not row 1: exports put titles, dates and notes above it. The header is the
 * row among the first 30 whose cells best name known fields; text-only rows win ties.
 */
const ALL_SYNONYMS = Object.values(KIND_DEFS).flatMap((d) => d.fields.flatMap((f) => f.synonyms));

export function detectHeaderRow(rows: readonly CellValue[][]): number {
  const allSynonyms = ALL_SYNONYMS;
  let best = -1;
  let bestScore = -Infinity;
  rows.slice(0, 30).forEach((row, index) => {
    const filled = row.filter((c) => !isBlank(c));
    if (filled.length < 2) return;
    const texts = filled.filter((c) => typeof c === 'string');
    const known = texts.filter((c) => headerScore(String(c), allSynonyms) > 0).length;
    const score = known * 3 + texts.length - (filled.length - texts.length) * 2;
    if (score > bestScore) {
      bestScore = score;
      best = index;
    }
  });
  return best;
}

export function guessKind(sheetName: string, headers: readonly string[]): DataKind | null {
  const name = normalizeHeader(sheetName);
  let best: DataKind | null = null;
  let bestScore = 0;
  for (const def of Object.values(KIND_DEFS)) {
    const hint = def.sheetHints.some((h) => name.includes(normalizeHeader(h))) ? 2 : 0;
    const score = mappedScore(headers, def) + hint;
    if (score > bestScore) {
      bestScore = score;
      best = def.kind;
    }
  }
  return best;
}

/** A stable signature of a header row, to remember the user's confirmed mapping. */
export function headerSignature(kind: DataKind, headers: readonly string[]): string {
  return `${kind}:${headers.map(normalizeHeader).join('|')}`;
}
