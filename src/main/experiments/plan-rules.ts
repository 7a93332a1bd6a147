// What makes a plan analysable: windows in order around the rollout, and KPIs named once.
import type { Experiment } from '../../shared/domain/entities';
import { AppError } from '../../shared/ipc/result';

export interface PlanProblem {
  path: string;
  message: string;
}

/** ISO days compare as strings. */
export function planProblems(plan: Experiment): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (plan.preStart > plan.preEnd) {
    problems.push({ path: 'preEnd', message: 'The pre window ends before it starts.' });
  }
  if (plan.postStart > plan.postEnd) {
    problems.push({ path: 'postEnd', message: 'The post window ends before it starts.' });
  }
  if (plan.preEnd >= plan.postStart) {
    problems.push({
      path: 'postStart',
      message: 'The post window must start after the pre window ends.',
    });
  }
  if (plan.rolloutDate <= plan.preEnd || plan.rolloutDate > plan.postStart) {
    problems.push({
      path: 'rolloutDate',
      message:
        'The rollout date must fall after the pre window and no later than the post window starts.',
    });
  }
  return problems;
}

export function assertValidPlan(plan: Experiment): void {
  const problems = planProblems(plan);
  if (problems.length > 0) {
    throw new AppError('INVALID_INPUT', problems.map((p) => p.message).join(' '), problems);
  }
}

/** Secondary KPIs without the primary and without repeats, in the order given. */
export function normaliseKpis(plan: Experiment): Experiment {
  const secondaryKpis = [...new Set(plan.secondaryKpis)].filter((kpi) => kpi !== plan.primaryKpi);
  return { ...plan, secondaryKpis };
}
