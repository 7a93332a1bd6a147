/** Slots the table starts with; it doubles whenever it is half full. */
const FIRST_SLOTS = 1_024;

const text = (value: unknown): string => (typeof value === 'string' ? value : String(value));

/** FNV-1a over the key fields' text, a separator between them. */
function keyHash(entity: Record<string, unknown>, fields: readonly string[]): number {
  let h = 0x811c9dc5;
  for (let f = 0; f < fields.length; f++) {
    const s = text(entity[fields[f]!]);
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return h | 0;
}

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
 * Which sheet row first had each natural key: an open-addressing table of each key's hash and its
 * first row, 8 bytes a slot. A map per key field held every key's text, ~67 bytes a row for the
 * length of the write (#19.5). A row whose hash meets an earlier one's is told apart by making
 * the earlier row's entities again (`entitiesOfRow`), so a collision never passes for a repeat.
 */
export class FirstRowByKey {
  private hashes = new Int32Array(FIRST_SLOTS);
  /** Sheet rows (1-based); 0 marks a free slot. */
  private rows = new Int32Array(FIRST_SLOTS);
  private size = 0;

  constructor(
    private readonly fields: readonly string[],
    private readonly entitiesOfRow: (row: number) => Record<string, unknown>[],
  ) {}

  /**
   * The earlier row with `entity`'s key and its entity with that key, made again; records `row`
   * (`entity`'s) when there is none.
   */
  claim(
    entity: Record<string, unknown>,
    row: number,
  ): { row: number; entity: Record<string, unknown> } | undefined {
    const hash = keyHash(entity, this.fields);
    const mask = this.rows.length - 1;
    let slot = hash & mask;
    for (; this.rows[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.hashes[slot] !== hash) continue;
      const earlier = this.rows[slot]!;
      const first = this.entitiesOfRow(earlier).find((e) => sameKey(e, entity, this.fields));
      if (first) return { row: earlier, entity: first };
    }
    this.hashes[slot] = hash;
    this.rows[slot] = row;
    if (++this.size * 2 > this.rows.length) this.grow();
    return undefined;
  }

  private grow(): void {
    const { hashes, rows } = this;
    this.hashes = new Int32Array(rows.length * 2);
    this.rows = new Int32Array(rows.length * 2);
    const mask = this.rows.length - 1;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] === 0) continue;
      let slot = hashes[i]! & mask;
      while (this.rows[slot] !== 0) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[i]!;
      this.rows[slot] = rows[i]!;
    }
  }
}
