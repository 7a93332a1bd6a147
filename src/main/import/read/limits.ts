// Excel's own limits, and the reader's: what no workbook Excel writes goes past.

export const EXCEL_MAX_ROWS = 1_048_576;
/** Column XFD. */
export const EXCEL_MAX_COLUMNS = 16_384;
/** Characters in one cell. */
export const EXCEL_MAX_CELL_CHARS = 32_767;
/**
 * Raw XML of one cell's text before its entities are decoded: "&#x1F600;" spells two UTF-16
 * units in ten characters, so past this the text is too long whatever it decodes to.
 */
export const MAX_RAW_CELL_CHARS = EXCEL_MAX_CELL_CHARS * 10;
/** One tag, comment or run of text: far above any cell's, far below what could exhaust memory. */
export const MAX_TOKEN_CHARS = 1024 * 1024;
/** One row's XML, cells and all: 16,384 cells of long text stay well under it. */
export const MAX_ROW_CHARS = 64 * 1024 * 1024;
/** All the shared strings of a workbook, in characters (two bytes each at worst). */
export const MAX_SHARED_CHARS = 200_000_000;
/** Merged areas looked at per sheet, and cells visited to blank their followers. */
export const MAX_MERGES = 100_000;
export const MAX_MERGE_VISITS = 20_000_000;
