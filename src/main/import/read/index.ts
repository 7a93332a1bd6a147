// Read stage: bytes to cells. A file is sniffed, guarded (size, zip, encoding) and read into
// RawSheets, or refused with a sentence; nothing here knows what the cells mean.
export { readWorkbookFile } from './read-file';
export type { ReadOptions } from './read-file';
export type { CellValue, RawSheet } from './cells';
export { refusal } from './refusal';
