// The experiment estimator: per unit, post-window mean minus pre-window mean; the effect is the
// difference of those changes between target and control units, with Welch inference on the
// units (not the observations: repeated measurements of one unit are not independent evidence).
import type { Experiment, ExperimentObservation } from '../../domain/entities';
import { dayNumber } from './dates';
import { mean } from './descriptive';
import { eventStudy } from './eventStudy';
import {
  minimumDetectableEffect,
  probabilityOfImprovement,
  welchTest,
  type Inference,
} from './inference';
import { buildWording } from './narrative';
import { choosePeriodLength, makePeriods } from './periods';
import {
  DEFAULT_DRAWS,
  DEFAULT_EXACT_LIMIT,
  DEFAULT_SEED,
  permutationTest,
  type PermutationResult,
} from './permutation';
import { placeboTest } from './placebo';
import { hashSeed } from './random';
import { baselineBalance, leaveOneOutRange } from './robustness';
import type { KpiResult, PeriodLength, UnitChange } from './types';
import { collectUnitSeries, computeChanges } from './units';
import {
  collectCautions,
  decideVerdict,
  holmAdjust,
  IMBALANCE_THRESHOLD,
  MIN_UNITS_PER_GROUP,
} from './verdict';

export interface AnalyzeOptions {
  /** Mixed with the experiment id and KPI, so each KPI's Monte Carlo p is reproducible. */
  seed?: number;
  exactPermutationLimit?: number;
  monteCarloDraws?: number;
  periodLength?: PeriodLength | 'auto';
  imbalanceThreshold?: number;
  minUnitsPerGroup?: number;
  /** The relative effect is withheld when |counterfactual| is below this share of the level. */
  nearZeroShare?: number;
}

const DEFAULT_NEAR_ZERO_SHARE = 0.01;

type Draft = Omit<KpiResult, 'holmP' | 'verdict' | 'cautions' | 'wording'>;

function changesOf(units: readonly UnitChange[]): number[] {
  return units.map((unit) => unit.change);
}

function nullableMean(values: readonly number[]): number | null {
  return values.length === 0 ? null : mean(values);
}

/** effect / |counterfactual|, unless the counterfactual is so close to zero the ratio is noise. */
export function relativeToCounterfactual(
  effect: number,
  counterfactual: number,
  typicalLevel: number,
  nearZeroShare = DEFAULT_NEAR_ZERO_SHARE,
): number | null {
  // Written as a negated comparison so a NaN level also withholds the ratio.
  if (!(Math.abs(counterfactual) > nearZeroShare * Math.abs(typicalLevel))) return null;
  return effect / Math.abs(counterfactual);
}

function typicalLevel(units: readonly UnitChange[]): number {
  return mean(units.flatMap((unit) => [Math.abs(unit.preMean), Math.abs(unit.postMean)]));
}

function analyzeKpi(
  experiment: Experiment,
  observations: readonly ExperimentObservation[],
  kpi: string,
  role: KpiResult['role'],
  options: AnalyzeOptions,
): Draft {
  const alpha = experiment.alpha;
  const higherIsBetter = experiment.direction === 'higher_is_better';
  const { units, conflicting } = collectUnitSeries(observations, experiment.id, kpi);
  const preFrom = dayNumber(experiment.preStart);
  const preTo = dayNumber(experiment.preEnd);
  const postFrom = dayNumber(experiment.postStart);
  const postTo = dayNumber(experiment.postEnd);
  const changes = computeChanges(units, { preFrom, preTo, postFrom, postTo });
  const targetChanges = changesOf(changes.target);
  const controlChanges = changesOf(changes.control);

  const welch: Inference | null = welchTest(targetChanges, controlChanges, alpha);
  const permutation: PermutationResult | null = permutationTest(targetChanges, controlChanges, {
    exactLimit: options.exactPermutationLimit ?? DEFAULT_EXACT_LIMIT,
    draws: options.monteCarloDraws ?? DEFAULT_DRAWS,
    seed: ((options.seed ?? DEFAULT_SEED) ^ hashSeed(`${experiment.id}\u0000${kpi}`)) >>> 0,
  });
  const targetMean = nullableMean(targetChanges);
  const controlMean = nullableMean(controlChanges);
  const effect = targetMean !== null && controlMean !== null ? targetMean - controlMean : null;

  const targetPreMean = nullableMean(changes.target.map((unit) => unit.preMean));
  const targetPostMean = nullableMean(changes.target.map((unit) => unit.postMean));
  const counterfactual =
    targetPostMean !== null && effect !== null ? targetPostMean - effect : null;
  const relativeEffect =
    counterfactual !== null && effect !== null
      ? relativeToCounterfactual(
          effect,
          counterfactual,
          typicalLevel([...changes.target, ...changes.control]),
          options.nearZeroShare,
        )
      : null;

  const preMeans = new Map(
    [...changes.target, ...changes.control].map((unit) => [unit.unitId, unit.preMean]),
  );
  const kept = units.flatMap((series) => {
    const preMean = preMeans.get(series.unitId);
    return preMean === undefined ? [] : [{ series, preMean }];
  });
  const requestedLength = options.periodLength ?? 'auto';
  const periodLength = requestedLength === 'auto' ? choosePeriodLength(units) : requestedLength;
  const perPeriod = eventStudy(
    kept,
    makePeriods(periodLength, dayNumber(experiment.rolloutDate)),
    preFrom,
    postTo,
    alpha,
  );

  return {
    kpi,
    role,
    direction: experiment.direction,
    alpha,
    effect,
    ciLow: welch?.ciLow ?? null,
    ciHigh: welch?.ciHigh ?? null,
    se: welch?.se ?? null,
    pValue: welch?.pValue ?? null,
    permutationP: permutation?.pValue ?? null,
    permutationMethod: permutation?.method ?? null,
    df: welch?.df ?? null,
    nTarget: changes.target.length,
    nControl: changes.control.length,
    droppedUnits: [...conflicting, ...changes.dropped],
    targetPreMean,
    targetPostMean,
    counterfactual,
    relativeEffect,
    probImprovement: welch
      ? probabilityOfImprovement(welch.estimate, welch.se, welch.df, higherIsBetter)
      : null,
    mde: welch ? minimumDetectableEffect(welch.se, welch.df, alpha) : null,
    diagnostics: {
      placebo: placeboTest(units, preFrom, preTo, alpha),
      eventStudy: perPeriod.eventStudy,
      balance: baselineBalance(changes.target, changes.control),
      leaveOneOut: leaveOneOutRange(changes.target, changes.control),
    },
    series: { periodLength, points: perPeriod.series },
    unitChanges: { target: changes.target, control: changes.control },
  };
}

function kpisOf(experiment: Experiment): string[] {
  const secondary = experiment.secondaryKpis.filter((kpi) => kpi !== experiment.primaryKpi);
  return [experiment.primaryKpi, ...new Set(secondary)];
}

/** Results per KPI, primary first, then the secondary KPIs with Holm-adjusted p-values. */
export function analyzeExperiment(
  experiment: Experiment,
  observations: readonly ExperimentObservation[],
  options: AnalyzeOptions = {},
): KpiResult[] {
  // Below two units a group has no variance, so no rule could ever conclude.
  const minUnitsPerGroup = Math.max(2, options.minUnitsPerGroup ?? MIN_UNITS_PER_GROUP);
  const drafts = kpisOf(experiment).map((kpi, index) =>
    analyzeKpi(experiment, observations, kpi, index === 0 ? 'primary' : 'secondary', options),
  );
  // A secondary KPI without a p-value still counts as one of the comparisons made.
  const secondaryHolm = holmAdjust(drafts.slice(1).map((draft) => draft.pValue ?? 1));
  const postDays = dayNumber(experiment.postEnd) - dayNumber(experiment.postStart) + 1;

  return drafts.map((draft, index) => {
    const holmP = index === 0 || draft.pValue === null ? null : (secondaryHolm[index - 1] ?? null);
    const verdict = decideVerdict({
      direction: draft.direction,
      nTarget: draft.nTarget,
      nControl: draft.nControl,
      effect: draft.effect,
      ciLow: draft.ciLow,
      ciHigh: draft.ciHigh,
      adjustedP: holmP,
      alpha: draft.alpha,
      minUnitsPerGroup,
    });
    const cautions = collectCautions({
      verdict,
      alpha: draft.alpha,
      placebo: draft.diagnostics.placebo,
      standardizedDifference: draft.diagnostics.balance?.standardizedDifference ?? null,
      permutationP: draft.permutationP,
      leaveOneOut: draft.diagnostics.leaveOneOut,
      droppedUnits: draft.droppedUnits.length,
      imbalanceThreshold: options.imbalanceThreshold ?? IMBALANCE_THRESHOLD,
    });
    const result = { ...draft, holmP, verdict, cautions };
    return {
      ...result,
      wording: buildWording(result, {
        // The plan names one unit, the primary KPI's; a secondary KPI may be counted in another.
        kpiUnit: index === 0 ? experiment.kpiUnit : null,
        postDays,
        minUnitsPerGroup,
      }),
    };
  });
}
