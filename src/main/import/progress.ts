import { refusal } from './read/refusal';

/** How a long read reports rows done and learns that the user cancelled. */
export interface ReadProgress {
  signal?: AbortSignal;
  onRows?: (rowsRead: number) => void;
  /** Told how many cells were just read; throws once the import holds too many. */
  onCells?: (cells: number) => void;
}

/**
 * Cells one import may hold while it is previewed: about a million rows of eight columns, and
 * about 1 GB of memory. Excel itself stops at 1,048,576 rows per sheet.
 */
export const MAX_IMPORT_CELLS = 8_000_000;

/** Counts the cells of every file of one import against MAX_IMPORT_CELLS. */
export class CellBudget {
  private used = 0;

  constructor(private readonly limit = MAX_IMPORT_CELLS) {}

  take(cells: number, fileName: string): void {
    this.used += cells;
    if (this.used > this.limit) {
      throw refusal('FILE_REFUSED', 'import.file.tooManyCells', {
        file: fileName,
        limit: { count: this.limit },
      });
    }
  }
}
