// The QBR's "Goals and outcomes": the success plan's goals measured from the data (baseline ->
// current -> target, progress and status as of the QBR's day) with the CSM's hand-typed goals.
// A hand-typed goal with the same title as a measured one keeps the CSM's words and takes the
// measured numbers; the others stay as typed.
import type { Database } from 'sql.js';
import type { GoalView } from '../../../shared/analytics/goals/types';
import type { MessageKey } from '../../../shared/i18n';
import type { Goal as DocGoal, GoalStatus, QbrSection } from '../../../shared/qbr/document';
import { formatNumber } from '../../export/labels';
import { listGoalRows } from '../../goals/store';
import { viewGoal } from '../../goals/service';
import type { QbrContext } from '../context';
import { goalsSection } from './narrative';
import { noData, withData } from './section';

const sameTitle = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Measured goals live through the quarter: not closed before it began. */
export function quarterGoals(db: Database, ctx: QbrContext): GoalView[] {
  const asOf = ctx.asOf < ctx.period.to ? ctx.asOf : ctx.period.to;
  return listGoalRows(db, ctx.account.id)
    .filter((g) => g.closedAt === null || g.closedAt.slice(0, 10) >= ctx.period.from)
    .filter((g) => g.startDate <= asOf)
    .map((g) => viewGoal(db, g, asOf));
}

function measureText(ctx: QbrContext, goal: GoalView): string {
  if (!goal.measure) return '';
  if (goal.measure.kind === 'usage')
    return ctx.t('goals.measure.usage', { metric: ctx.metricName(goal.measure.ref ?? '') });
  return ctx.t(`goals.measure.${goal.measure.kind}` as MessageKey);
}

/** The measured figures of a goal as the document shows them. */
function measured(
  ctx: QbrContext,
  goal: GoalView,
): Pick<DocGoal, 'progressPercent' | 'status' | 'statusLabel'> &
  Required<Pick<DocGoal, 'outcome'>> & { progressLabel?: string } {
  const e = goal.evaluation;
  const n = (v: number | null | undefined) =>
    v === null || v === undefined ? '–' : formatNumber(v, ctx.language, 2);
  const outcome = ctx.t('goals.outcome', {
    baseline: n(e.baseline?.value),
    current: n(e.current?.value),
    target: n(goal.target),
  });
  const status: GoalStatus = e.status === 'no_data' || e.status === 'closed' ? 'at_risk' : e.status;
  if (e.progressPercent === null)
    return {
      outcome,
      progressPercent: 0,
      progressLabel: ctx.t('goals.qbr.noData'),
      status,
      statusLabel: ctx.t(`goals.status.${e.status}`),
    };
  return {
    outcome,
    progressPercent: Math.round(e.progressPercent),
    status,
    statusLabel: ctx.t(`goals.status.${e.status}`),
  };
}

export function measuredGoalsSection(db: Database, ctx: QbrContext): QbrSection {
  const goals = quarterGoals(db, ctx);
  const typed = goalsSection(ctx);
  if (goals.length === 0) return typed;
  const used = new Set<number>();
  const typedRows: DocGoal[] =
    typed.status === 'ok' && typed.kind === 'goals' ? typed.data.goals : [];
  const rows: DocGoal[] = typedRows.map((row) => {
    const match = goals.find((g) => !used.has(g.id) && sameTitle(g.title, row.goal));
    if (!match) return row;
    used.add(match.id);
    return { ...row, ...measured(ctx, match) };
  });
  for (const g of goals)
    if (!used.has(g.id))
      rows.push({
        goal: g.title,
        measure: measureText(ctx, g),
        due: g.dueDate,
        ...measured(ctx, g),
      });
  if (rows.length === 0) return noData(ctx, 'goals');
  const charted = goals.filter((g) => g.evaluation.progressPercent !== null);
  return withData(ctx, 'goals', {
    columns: {
      goal: ctx.t('qbr.col.goal'),
      measure: ctx.t('qbr.col.measure'),
      progress: ctx.t('qbr.col.progress'),
      status: ctx.t('qbr.col.status'),
      due: ctx.t('qbr.col.due'),
    },
    goals: rows,
    ...(charted.length > 0
      ? {
          chart: {
            title: ctx.t('goals.qbr.chart'),
            progressLabel: ctx.t('goals.progressOf'),
            elapsedLabel: ctx.t('goals.elapsed'),
            rows: charted.map((g) => ({
              goal: g.title,
              progress: Math.round(g.evaluation.progressPercent ?? 0),
              elapsed: Math.round(g.evaluation.elapsedPercent),
            })),
          },
        }
      : {}),
  });
}
