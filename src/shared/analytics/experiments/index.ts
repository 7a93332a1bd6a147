export { analyzeExperiment, relativeToCounterfactual, type AnalyzeOptions } from './analyze';
export { mean, sampleVariance } from './descriptive';
export {
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTPdf,
  studentTQuantile,
} from './distributions';
export {
  differenceInDifferences,
  independentSe,
  inferenceFromEstimate,
  minimumDetectableEffect,
  pooledCellsDidSe,
  probabilityOfImprovement,
  studentFromSummaries,
  studentTest,
  summarize,
  summaryFromSums,
  welchFromSummaries,
  welchTest,
  type CellMeans,
  type Inference,
  type SampleSummary,
} from './inference';
export { buildWording } from './narrative';
export {
  binomialCoefficient,
  permutationTest,
  type PermutationOptions,
  type PermutationResult,
} from './permutation';
export { mulberry32 } from './random';
export type * from './types';
export { collectCautions, decideVerdict, holmAdjust } from './verdict';
export {
  renderMessage,
  wordingCatalogues,
  wordingEn,
  wordingTh,
  wordingTr,
  type WordingCatalogue,
  type WordingKey,
  type WordingLocale,
} from './wording';
