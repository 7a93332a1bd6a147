// Map stage: cells to meaning. Finds each sheet's header row, its kind and which column holds
// which field, with how sure it is; keyed by id or by account name.
export { analyzeSheet } from './analyze-sheet';
export type { AnalyzeOptions, SheetAnalysis } from './analyze-sheet';
export { accountsByName, needsAccountNames } from './account-names';
export { headerSignature, headersSignature } from './mapping';
export type { Mapping } from './mapping';
