/**
 * A mark from 0 to 3 for each row, four rows a byte: what the check keeps per row between the
 * preview and the commit (a byte a row held 1 MB at a million rows, #19.5).
 */
export class RowMarks {
  private readonly bytes: Uint8Array;

  constructor(readonly length: number) {
    this.bytes = new Uint8Array((length + 3) >>> 2);
  }

  get(i: number): number {
    return (this.bytes[i >>> 2]! >>> ((i & 3) << 1)) & 3;
  }

  set(i: number, mark: number): void {
    const at = i >>> 2;
    const shift = (i & 3) << 1;
    this.bytes[at] = (this.bytes[at]! & ~(3 << shift)) | (mark << shift);
  }
}
