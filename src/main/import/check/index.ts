// Check stage: each data row parsed and validated against its kind, rows that are not data set
// aside with a reason, problems kept (the first per sheet) and counted (all).
export { kindDef } from './kinds';
export { message } from './messages';
export type { ProblemLog } from './problem-log';
