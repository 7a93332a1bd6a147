import type { SqlValue, TableSpec } from '../../db/tables';
import { toSql } from '../../db/tables';
import { SpillFile } from '../spill-file';

/** Buckets the keys are spread over by their hash: a bucket is counted alone, at the end. */
const BUCKETS = 128;
/** Keys a bucket holds in memory before they go to the spill file as one block. */
const BLOCK = 128;
/** A block on disk: where the bucket's block before it starts (-1: none), hashes, rows. */
const BLOCK_BYTES = 8 + BLOCK * 8 + BLOCK * 4;
/** Full blocks are written to the file this many at a time (a write each cost 25 ms per 200k). */
const STAGED_BLOCKS = 16;
const TWO_21 = 2 ** 21;

/** Made again from their sheet row: the entities it gives (the check's entitiesOfRow). */
export type EntitiesOfRow = (row: number) => Record<string, unknown>[];

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * The distinct natural keys among a sheet's entities, compared as stored (toSql: 0 and -0 are one
 * REAL, a missing value is NULL), counted exactly in memory that does not grow with the rows
 * (#19.5; sets of every key held 4.9 MB at 200k usage keys). Each key is kept as a 53-bit hash
 * and the row it came from, in one of BUCKETS buckets by other bits of the hash; full blocks of
 * a bucket go to a private temp file. At the end each bucket is read back alone and its hashes
 * counted in a table: hashes met once are keys met once, and keys whose hashes meet (a repeated key, or
 * rarely two keys alike in hash) are made again from their rows and compared exactly. A sheet
 * of a few thousand keys never touches the disk; a bucket counted holds a 128th of the keys
 * (12 bytes each and a table of 16 to 32: ~55 KB at 200k keys, ~2 MB at the 8 million cells an
 * import may hold).
 */
export class DistinctKeys {
  private readonly hashes = new Float64Array(BUCKETS * BLOCK);
  private readonly rows = new Uint32Array(BUCKETS * BLOCK);
  private readonly filled = new Uint16Array(BUCKETS);
  /** Per bucket: where its last block on disk starts (each points to the one before), or -1. */
  private readonly lastBlock = new Float64Array(BUCKETS).fill(-1);
  private readonly blocks = new Uint32Array(BUCKETS);
  private file: SpillFile | null = null;
  /** Full blocks on their way to the file, and how many bytes of them. */
  private readonly staged = new Uint8Array(STAGED_BLOCKS * BLOCK_BYTES);
  private stagedBytes = 0;
  /** Room for a bucket's hashes and rows read back, and a table of its hashes. */
  private counting = new Float64Array(0);
  private countingRows = new Uint32Array(0);
  private seen = new Float64Array(0);
  private countedBytes = 0;
  /** Each key column's last value and its hash in two lanes: sorted sheets repeat them. */
  private readonly lastValue: unknown[];
  private readonly lastA: Int32Array;
  private readonly lastB: Int32Array;
  private a = 0;
  private b = 0;
  private h2 = 0;

  constructor(private readonly keyColumns: TableSpec['columns']) {
    this.lastValue = keyColumns.map(() => undefined);
    this.lastA = new Int32Array(keyColumns.length);
    this.lastB = new Int32Array(keyColumns.length);
  }

  /** Records the key of `entity`, given by sheet row `row`. */
  add(row: number, entity: Record<string, unknown>): void {
    const hash = this.hashOf(entity);
    const bucket = this.h2 & (BUCKETS - 1);
    const at = bucket * BLOCK + this.filled[bucket]!;
    this.hashes[at] = hash;
    this.rows[at] = row;
    if (++this.filled[bucket]! === BLOCK) this.spill(bucket);
  }

  /**
   * How many distinct keys were added. `entitiesOfRow` makes entities again where hashes meet;
   * `onRepeat` is told of each entity whose key an earlier one had (in its row, or a row before),
   * bucket by bucket, not in row order.
   */
  count(
    entitiesOfRow: EntitiesOfRow,
    onRepeat?: (row: number, entity: Record<string, unknown>) => void,
  ): number {
    this.writeStaged();
    let distinct = 0;
    for (let bucket = 0; bucket < BUCKETS; bucket++)
      distinct += this.countBucket(bucket, entitiesOfRow, onRepeat);
    return distinct;
  }

  /** The bytes held in memory: the buckets' blocks being filled, or the largest bucket counted. */
  heldBytes(): number {
    const filling =
      this.hashes.byteLength +
      this.rows.byteLength +
      this.staged.byteLength +
      this.filled.byteLength +
      this.lastBlock.byteLength +
      this.blocks.byteLength;
    return filling + this.countedBytes + this.seen.byteLength;
  }

  /** Gives back the spill file. */
  dispose(): void {
    this.file?.close();
    this.file = null;
  }

  /** The key's stored values hashed into 53 bits (two 32-bit lanes); `h2`'s low bits are free. */
  private hashOf(entity: Record<string, unknown>): number {
    let h1 = 0x811c9dc5;
    let h2 = 0x2545f491;
    const columns = this.keyColumns;
    for (let k = 0; k < columns.length; k++) {
      const col = columns[k]!;
      const v = toSql(col.type, entity[col.field]);
      // 0 and -0 are one value here, and hash alike.
      if (v !== this.lastValue[k]) {
        this.valueHash(v);
        this.lastValue[k] = v;
        this.lastA[k] = this.a;
        this.lastB[k] = this.b;
      }
      h1 = Math.imul(h1 ^ this.lastA[k]!, 0x01000193);
      h2 = Math.imul(h2 ^ (h2 >>> 15) ^ this.lastB[k]!, 0x5bd1e995);
    }
    h2 ^= h2 >>> 13;
    h2 = Math.imul(h2, 0xc2b2ae35);
    h2 ^= h2 >>> 16;
    this.h2 = h2 >>> 0;
    return (h1 >>> 0) * TWO_21 + (this.h2 >>> 11);
  }

  /** One stored value's hash in two lanes, into `a` and `b`; the three types never alike. */
  private valueHash(v: SqlValue): void {
    let a = 0x811c9dc5;
    let b = 0x2545f491;
    if (v === null) {
      a = Math.imul(a ^ 1, 0x01000193);
      b = Math.imul(b ^ 1, 0x5bd1e995);
    } else if (typeof v === 'number') {
      // Equal numbers hash alike: -0 as 0, every NaN as one.
      f64[0] = v === 0 ? 0 : Number.isNaN(v) ? NaN : v;
      a = Math.imul(
        Math.imul(Math.imul(a ^ 2, 0x01000193) ^ u32[0]!, 0x01000193) ^ u32[1]!,
        0x01000193,
      );
      b = Math.imul(b ^ 2, 0x5bd1e995);
      b = Math.imul(b ^ (b >>> 15) ^ u32[0]!, 0x5bd1e995);
      b = Math.imul(b ^ (b >>> 15) ^ u32[1]!, 0x5bd1e995);
    } else {
      a = Math.imul(a ^ 3, 0x01000193);
      b = Math.imul(b ^ 3, 0x5bd1e995);
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ (b >>> 15) ^ c, 0x5bd1e995);
      }
    }
    this.a = a;
    this.b = b ^ (b >>> 15);
  }

  /** A key's stored values as text, equal exactly when the values are. */
  private exactKey(entity: Record<string, unknown>): string {
    let key = '';
    for (const col of this.keyColumns) {
      const v: SqlValue = toSql(col.type, entity[col.field]);
      // String(-0) is "0" and every NaN "NaN", as the stored values compare.
      key += v === null ? 'n;' : typeof v === 'number' ? `d${String(v)};` : `s${v.length}:${v};`;
    }
    return key;
  }

  /** Stages bucket `bucket`'s full block for the file, after its last one. */
  private spill(bucket: number): void {
    this.file ??= new SpillFile(this);
    if (this.stagedBytes === this.staged.length) this.writeStaged();
    const bytes = this.staged.subarray(this.stagedBytes, this.stagedBytes + BLOCK_BYTES);
    new DataView(bytes.buffer, bytes.byteOffset, 8).setFloat64(0, this.lastBlock[bucket]!, true);
    const from = bucket * BLOCK;
    bytes.set(new Uint8Array(this.hashes.buffer, from * 8, BLOCK * 8), 8);
    bytes.set(new Uint8Array(this.rows.buffer, from * 4, BLOCK * 4), 8 + BLOCK * 8);
    // Where the block will sit once the staged ones before it are written.
    this.lastBlock[bucket] = this.file.size + this.stagedBytes;
    this.stagedBytes += BLOCK_BYTES;
    this.blocks[bucket]!++;
    this.filled[bucket] = 0;
  }

  private writeStaged(): void {
    if (this.stagedBytes === 0) return;
    this.file!.append(this.staged.subarray(0, this.stagedBytes));
    this.stagedBytes = 0;
  }

  private countBucket(
    bucket: number,
    entitiesOfRow: EntitiesOfRow,
    onRepeat?: (row: number, entity: Record<string, unknown>) => void,
  ): number {
    const inMemory = this.filled[bucket]!;
    const n = this.blocks[bucket]! * BLOCK + inMemory;
    if (n === 0) return 0;
    if (this.counting.length < n) {
      // One room for every bucket, as big as the largest: a room per bucket was garbage that
      // the collector let pile up (20 MB at a million keys).
      const size = n + (n >>> 3);
      this.counting = new Float64Array(size);
      this.countingRows = new Uint32Array(size);
      this.countedBytes = size * 12;
    }
    const hashes = this.counting.subarray(0, n);
    const rows = this.countingRows.subarray(0, n);
    const from = bucket * BLOCK;
    hashes.set(this.hashes.subarray(from, from + inMemory));
    rows.set(this.rows.subarray(from, from + inMemory));
    let at = inMemory;
    // The staged blocks are written: their room holds one block read back at a time.
    const bytes = this.staged.subarray(0, BLOCK_BYTES);
    const view = new DataView(bytes.buffer, 0, 8);
    for (let block = this.lastBlock[bucket]!; block >= 0; block = view.getFloat64(0, true)) {
      this.file!.read(bytes, block);
      hashes.set(new Float64Array(bytes.buffer, 8, BLOCK), at);
      rows.set(new Uint32Array(bytes.buffer, 8 + BLOCK * 8, BLOCK), at);
      at += BLOCK;
    }
    // An open-addressing table of the hashes (each plus one: 0 marks a free slot), at most
    // half full; its slots from the hash's low bits, which chose no bucket. Twice as fast as a
    // sort.
    let cap = 1;
    while (cap < n * 2) cap *= 2;
    if (this.seen.length < cap) this.seen = new Float64Array(cap);
    const seen = this.seen;
    seen.fill(0, 0, cap);
    const mask = cap - 1;
    let distinct = 0;
    let met: Set<number> | null = null;
    for (let i = 0; i < n; i++) {
      const h = hashes[i]!;
      for (let slot = (h % TWO_21) & mask; ; slot = (slot + 1) & mask) {
        const there = seen[slot]!;
        if (there === 0) {
          seen[slot] = h + 1;
          distinct++;
          break;
        }
        if (there === h + 1) {
          (met ??= new Set()).add(h);
          break;
        }
      }
    }
    if (!met) return distinct;
    // Hashes met more than once: the rows they came from, made again and compared exactly.
    const rowsOf = new Map<number, Set<number>>();
    for (let i = 0; i < n; i++) {
      if (!met.has(hashes[i]!)) continue;
      let set = rowsOf.get(hashes[i]!);
      if (!set) rowsOf.set(hashes[i]!, (set = new Set()));
      set.add(rows[i]!);
    }
    for (const [hash, rowSet] of rowsOf) {
      const keys = new Set<string>();
      for (const row of [...rowSet].sort((a, b) => a - b)) {
        for (const entity of entitiesOfRow(row)) {
          if (this.hashOf(entity) !== hash) continue;
          const key = this.exactKey(entity);
          if (keys.has(key)) onRepeat?.(row, entity);
          else keys.add(key);
        }
      }
      // The hash was counted once; each other key under it is one more.
      distinct += Math.max(keys.size, 1) - 1;
    }
    return distinct;
  }
}
