// Chooses which sentences describe a KPI result; the words themselves live in wording.ts.
// Every verdict gets concrete next steps: an unclear or bad result is an improvement area.
import type { Caution, KpiResult, KpiWording, WordingMessage } from './types';
import type { WordingKey } from './wording';

export interface NarrativeContext {
  kpiUnit: string | null;
  postDays: number;
  minUnitsPerGroup: number;
}

type Params = WordingMessage['params'];

function message(key: WordingKey, params: Params = {}): WordingMessage {
  return { key, params };
}

/** Drops null parameters so a missing value shows as a gap rather than the word "null". */
function present(params: Record<string, string | number | null | undefined>): Params {
  const kept: Params = {};
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined) kept[name] = value;
  }
  return kept;
}

function headline(result: Omit<KpiResult, 'wording'>, base: Params, minUnits: number) {
  const interval = present({
    ...base,
    effect: result.effect,
    ciLow: result.ciLow,
    ciHigh: result.ciHigh,
    level: Math.round((1 - result.alpha) * 100),
  });
  switch (result.verdict) {
    case 'insufficient':
      return message('experiments.headline.insufficient', {
        ...base,
        nTarget: result.nTarget,
        nControl: result.nControl,
        minUnits,
      });
    case 'improvement':
      return message('experiments.headline.improvement', interval);
    case 'deterioration':
      return message('experiments.headline.deterioration', interval);
    case 'inconclusive':
      return result.ciLow === null
        ? message('experiments.headline.noInterval', base)
        : message('experiments.headline.inconclusive', interval);
  }
}

function cautionMessage(caution: Caution, result: Omit<KpiResult, 'wording'>, base: Params) {
  const { placebo, balance, leaveOneOut } = result.diagnostics;
  switch (caution) {
    case 'failed_placebo':
      return message(
        'experiments.caution.failedPlacebo',
        present({ ...base, date: placebo?.fakeRolloutDate, effect: placebo?.effect }),
      );
    case 'imbalance':
      return message(
        'experiments.caution.imbalance',
        present({ difference: balance?.standardizedDifference }),
      );
    case 'permutation_disagrees':
      return message(
        'experiments.caution.permutationDisagrees',
        present({ permutationP: result.permutationP }),
      );
    case 'depends_on_one_unit': {
      // Name the unit whose removal moves the estimate to the other side of zero.
      const flipsDown = result.effect !== null && result.effect > 0;
      return message(
        'experiments.caution.dependsOnOneUnit',
        present({
          ...base,
          unitId: flipsDown ? leaveOneOut?.lowWithout : leaveOneOut?.highWithout,
          effect: flipsDown ? leaveOneOut?.low : leaveOneOut?.high,
        }),
      );
    }
    case 'units_dropped':
      return message('experiments.caution.unitsDropped', { count: result.droppedUnits.length });
  }
}

function nextSteps(
  result: Omit<KpiResult, 'wording'>,
  base: Params,
  context: NarrativeContext,
): WordingMessage[] {
  const steps: WordingMessage[] = [];
  const extend = message('experiments.next.extendPostWindow', { postDays: context.postDays });
  const addUnits = message(
    'experiments.next.addUnits',
    present({ ...base, nTarget: result.nTarget, nControl: result.nControl, mde: result.mde }),
  );
  const deepen = message('experiments.next.deepenAdoption');
  switch (result.verdict) {
    case 'improvement':
      steps.push(message('experiments.next.expandRollout'));
      break;
    case 'inconclusive':
      steps.push(extend);
      if (result.mde !== null) steps.push(addUnits);
      steps.push(deepen);
      break;
    case 'deterioration':
      steps.push(message('experiments.next.reviewUsage'), deepen, extend);
      break;
    case 'insufficient':
      steps.push(
        message('experiments.next.recruitUnits', { minUnits: context.minUnitsPerGroup }),
        extend,
      );
      break;
  }
  if (result.cautions.includes('failed_placebo') || result.cautions.includes('imbalance')) {
    steps.push(message('experiments.next.chooseComparableControls', base));
  }
  if (result.cautions.includes('units_dropped'))
    steps.push(message('experiments.next.completeData'));
  return steps;
}

export function buildWording(
  result: Omit<KpiResult, 'wording'>,
  context: NarrativeContext,
): KpiWording {
  const base: Params = { kpi: result.kpi, unit: context.kpiUnit ?? '' };
  const details: WordingMessage[] = [];
  if (result.verdict !== 'insufficient') {
    if (result.relativeEffect !== null) {
      details.push(message('experiments.detail.relative', { relative: result.relativeEffect }));
    }
    if (result.probImprovement !== null) {
      details.push(
        message('experiments.detail.probability', { ...base, probability: result.probImprovement }),
      );
    }
    if (result.verdict === 'inconclusive' && result.mde !== null) {
      details.push(message('experiments.detail.mde', { ...base, mde: result.mde }));
    }
    if (result.holmP !== null) {
      details.push(message('experiments.detail.holm', { ...base, holmP: result.holmP }));
    }
  }
  return {
    headline: headline(result, base, context.minUnitsPerGroup),
    details,
    cautions: result.cautions.map((caution) => cautionMessage(caution, result, base)),
    nextSteps: nextSteps(result, base, context),
  };
}
