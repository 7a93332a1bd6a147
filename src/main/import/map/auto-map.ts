import type { KindDef } from '../check/kinds';
import type { Mapping } from './mapping';
import { readHeader } from './header-match';
import type { ColumnProfile } from './value-fit';
import { valueFit } from './value-fit';

/** A column's values as a profile, computed on demand (null when the sheet has no rows to tell). */
export type ProfileOf = (col: number) => ColumnProfile | null;

export interface KindMapping {
  mapping: Mapping;
  /** How well each mapped field's header and values fit it, 0 to 1. */
  quality: Record<string, number>;
}

/** Below this a header is not taken to name a field ("Active Users" is not "Users"-as-seats). */
const MIN_QUALITY = 0.3;

/**
 * Maps each field of `def` to the column that names it best, each column used at most once. A
 * header's match is weighed by how well the column's values fit the field's type, so a "Date"
 * of yes/no values loses to a real date column.
 */
export function mapKind(
  headers: readonly string[],
  def: KindDef,
  profileOf?: ProfileOf,
): KindMapping {
  const fieldOrder = new Map(def.fields.map((f, i) => [f.id, i]));
  const candidates: { field: string; col: number; score: number; order: number }[] = [];
  headers.forEach((h, col) => {
    if (!h) return;
    for (const m of readHeader(h).matches) {
      if (m.kind !== def.kind) continue;
      const order = fieldOrder.get(m.field);
      if (order === undefined) continue;
      const fit = valueFit(profileOf?.(col) ?? null, def.fields[order]!);
      const score = m.quality * (0.4 + 0.6 * fit);
      if (score >= MIN_QUALITY) candidates.push({ field: m.field, col, score, order });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.col - b.col);
  const mapping: Mapping = Object.fromEntries(def.fields.map((f) => [f.id, null] as const));
  const quality: Record<string, number> = {};
  const usedCols = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || usedCols.has(c.col)) continue;
    mapping[c.field] = c.col;
    quality[c.field] = c.score;
    usedCols.add(c.col);
  }
  return { mapping, quality };
}
