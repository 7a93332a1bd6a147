// Write stage: what would change (the preview), then one transaction per import that can be
// undone, and the problems workbook.
export { BulkWriter } from './bulk-writer';
export { writeErrorWorkbook } from './export-errors';
export { columnsFromFile } from './fields-from-file';
export { ChangePreview } from './preview-changes';
export { writeSheet } from './write-sheet';
