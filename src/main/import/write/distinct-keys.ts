import type { TableSpec } from '../../db/tables';
import { toSql } from '../../db/tables';

/** Slots the table starts with; it doubles whenever it is three quarters full. */
const FIRST_SLOTS = 1_024;

/**
 * The distinct natural keys among entities, compared as stored (toSql). Each key column's values
 * become small numbers (one map per column, as big as its distinct values: a few thousand
 * accounts, five metrics, a few hundred weeks), and a key's numbers sit in an open-addressing
 * table of typed arrays, 4 bytes a number, outside the JavaScript heap. A map per key column whose
 * last level held every key cost ~50 bytes of heap a row: 10-20 MB of peak RSS at 200k rows, as
 * the collector kept the pages it freed after the preview and the commit's peak stood on them.
 */
export class DistinctKeys {
  private readonly ids: Map<unknown, number>[];
  /** Each slot's key as its columns' numbers plus one; 0 marks a free slot. */
  private slots: Int32Array;
  private size = 0;
  private readonly key: Int32Array;

  constructor(private readonly keyColumns: TableSpec['columns']) {
    this.ids = keyColumns.map(() => new Map());
    this.key = new Int32Array(keyColumns.length);
    this.slots = new Int32Array(FIRST_SLOTS * keyColumns.length);
  }

  /** Whether `entity`'s key is new (and now seen). */
  add(entity: Record<string, unknown>): boolean {
    const { key, keyColumns } = this;
    let known = true;
    for (let k = 0; k < keyColumns.length; k++) {
      const col = keyColumns[k]!;
      const ids = this.ids[k]!;
      // Map compares as SameValueZero: as the stored values compare (0 and -0 are one REAL).
      const value = toSql(col.type, entity[col.field]);
      let id = ids.get(value);
      if (id === undefined) {
        id = ids.size;
        ids.set(value, id);
        known = false;
      }
      key[k] = id + 1;
    }
    const at = this.find(key);
    // A value never seen before makes a key never seen before.
    if (known && this.slots[at] !== 0) return false;
    this.slots.set(key, at);
    if (++this.size * 4 > (this.slots.length / key.length) * 3) this.grow();
    return true;
  }

  /** Where `key` is in the table, or the free slot where it belongs (as an index into slots). */
  private find(key: Int32Array): number {
    const { slots } = this;
    const width = key.length;
    const mask = slots.length / width - 1;
    let h = 0x811c9dc5;
    for (let k = 0; k < width; k++) h = Math.imul(h ^ key[k]!, 0x01000193);
    for (let slot = (h ^ (h >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * width;
      if (slots[at] === 0) return at;
      let same = true;
      for (let k = 0; k < width && same; k++) same = slots[at + k] === key[k];
      if (same) return at;
    }
  }

  private grow(): void {
    const old = this.slots;
    const width = this.key.length;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += width) {
      if (old[at] === 0) continue;
      const key = old.subarray(at, at + width);
      this.slots.set(key, this.find(key));
    }
  }
}
