/** Slots the table starts with; it doubles whenever it is three quarters full. */
const FIRST_SLOTS = 1_024;

const text = (value: unknown): string => (typeof value === 'string' ? value : String(value));

/** Whether two entities have the same natural key, compared as the key's text. */
export function sameKey(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  fields: readonly string[],
): boolean {
  for (const f of fields) if (text(a[f]) !== text(b[f])) return false;
  return true;
}

/**
 * Which sheet row first had each natural key. Each key field's text becomes a small number (one
 * map per field, as big as its distinct values: a few thousand accounts, five metrics, a few
 * hundred weeks), and the key's numbers and first row sit in an open-addressing table of typed
 * arrays, 4 bytes a number: a map per key field whose last level held every key had cost ~67
 * bytes a row for the length of the write (#19.5).
 */
export class FirstRowByKey {
  private readonly ids: Map<string, number>[];
  private readonly width: number;
  private keys: Int32Array;
  /** Sheet rows (1-based); 0 marks a free slot. */
  private rows: Int32Array;
  private size = 0;
  private readonly key: Int32Array;

  /** `expected`: how many keys will be claimed at most (the table is made big enough once). */
  constructor(
    private readonly fields: readonly string[],
    private readonly entitiesOfRow: (row: number) => Record<string, unknown>[],
    expected = 0,
  ) {
    this.ids = fields.map(() => new Map());
    this.width = fields.length;
    let slots = FIRST_SLOTS;
    while (slots * 3 < expected * 4) slots *= 2;
    this.rows = new Int32Array(slots);
    this.keys = new Int32Array(slots * this.width);
    this.key = new Int32Array(this.width);
  }

  /**
   * The earlier row with `entity`'s key and its entity with that key, made again from that row;
   * records `row` (`entity`'s) when there is none.
   */
  claim(
    entity: Record<string, unknown>,
    row: number,
  ): { row: number; entity: Record<string, unknown> } | undefined {
    const { key, width } = this;
    let known = true;
    for (let f = 0; f < width; f++) {
      const ids = this.ids[f]!;
      const value = text(entity[this.fields[f]!]);
      let id = ids.get(value);
      if (id === undefined) {
        id = ids.size;
        ids.set(value, id);
        known = false;
      }
      key[f] = id;
    }
    const slot = this.find(key);
    // A value never seen before makes a key never seen before.
    if (known && this.rows[slot] !== 0) {
      const earlier = this.rows[slot]!;
      const first = this.entitiesOfRow(earlier).find((e) => sameKey(e, entity, this.fields));
      // Made again, the earlier row gives the same entities: no first means a fault of ours,
      // and the row is reported as a repeat of it rather than written twice.
      return { row: earlier, entity: first ?? {} };
    }
    for (let f = 0; f < width; f++) this.keys[slot * width + f] = key[f]!;
    this.rows[slot] = row;
    if (++this.size * 4 > this.rows.length * 3) this.grow();
    return undefined;
  }

  /** The slot holding `key`, or the free slot where it belongs. */
  private find(key: Int32Array): number {
    const { keys, rows, width } = this;
    const mask = rows.length - 1;
    let h = 0x811c9dc5;
    for (let f = 0; f < width; f++) h = Math.imul(h ^ key[f]!, 0x01000193);
    for (let slot = (h ^ (h >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      if (rows[slot] === 0) return slot;
      let same = true;
      for (let f = 0; f < width && same; f++) same = keys[slot * width + f] === key[f];
      if (same) return slot;
    }
  }

  private grow(): void {
    const { keys, rows, width } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.rows = new Int32Array(rows.length * 2);
    const key = this.key;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] === 0) continue;
      for (let f = 0; f < width; f++) key[f] = keys[i * width + f]!;
      const slot = this.find(key);
      this.keys.set(key, slot * width);
      this.rows[slot] = rows[i]!;
    }
  }
}
