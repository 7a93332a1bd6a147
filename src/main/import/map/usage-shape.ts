import type { SheetRows } from '../read/sheet-rows';
import { isBlank } from '../read/cells';
import type { Mapping } from './mapping';
import type { ValidRow } from '../check/validate';
import { parseNumber } from '../check/values';
import { mondayOnOrBefore } from '../../../shared/domain/dates';

export type UsageShape = 'long' | 'wide' | 'events';

const isMapped = (mapping: Mapping, id: string) =>
  mapping[id] !== null && mapping[id] !== undefined;

/**
 * Which way a usage sheet is laid out, from its mapping: an event id, or a metric with no value,
 * means one row per use (summed per week); no metric and no value means one column per metric.
 */
export function usageShapeOf(mapping: Mapping): UsageShape {
  if (isMapped(mapping, 'eventId')) return 'events';
  if (isMapped(mapping, 'metric')) return isMapped(mapping, 'value') ? 'long' : 'events';
  return isMapped(mapping, 'value') ? 'long' : 'wide';
}

/** The columns of a wide sheet that hold metrics: unmapped, named, and (mostly) numbers. */
export function wideMetricColumns(
  headers: readonly string[],
  mapping: Mapping,
  rows: SheetRows,
): number[] {
  const used = new Set(
    Object.values(mapping).filter((c): c is number => c !== null && c !== undefined),
  );
  const sample = Math.min(rows.length, 200);
  const out: number[] = [];
  headers.forEach((header, col) => {
    if (used.has(col) || header.trim() === '') return;
    let numbers = 0;
    let filled = 0;
    for (let r = 0; r < sample; r++) {
      const v = rows.cell(r, col);
      if (isBlank(v)) continue;
      filled++;
      const n = parseNumber(v);
      if (n.ok && n.value !== null) numbers++;
    }
    if (filled > 0 && numbers / filled >= 0.8) out.push(col);
  });
  return out;
}

/**
 * Raw usage events summed into one point per account, metric and week as the check makes them;
 * a point keeps the first source row. What it holds grows with the points, not the events: the
 * events were all kept until the check ended (#19.5), a few hundred bytes each.
 */
export class WeeklyPoints {
  private readonly groups = new Map<string, ValidRow>();

  add(row: number, entity: Record<string, unknown>): void {
    const date = mondayOnOrBefore(String(entity.date));
    const key = `${String(entity.accountId)}\u0000${String(entity.metric)}\u0000${date}`;
    const group = this.groups.get(key);
    if (group) group.entity.value = Number(group.entity.value) + Number(entity.value);
    else this.groups.set(key, { row, entity: { ...entity, date } });
  }

  /** The points, in the order their first events came. */
  points(): ValidRow[] {
    return [...this.groups.values()];
  }
}
