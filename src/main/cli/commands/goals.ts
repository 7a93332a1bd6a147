import type { GoalView } from '../../goals/service';
import { listGoals } from '../../goals/service';
import { asOfDay } from '../../time/as-of';
import type { CliCommand } from '../context';
import { commandOptions, printJson } from '../context';

const USAGE =
  "goals --workspace FILE --account ID [--json]   the account's goals: baseline, current, target, progress and status as of the as-of date";

/** One goal as the CLI's JSON gives it: the figures and the weeks they were read from. */
export function goalJson(goal: GoalView, asOf: string) {
  const e = goal.evaluation;
  return {
    id: goal.id,
    accountId: goal.accountId,
    title: goal.title,
    owner: goal.owner,
    measure: goal.measure,
    direction: goal.direction,
    startDate: goal.startDate,
    dueDate: goal.dueDate,
    asOf,
    baseline: e.baseline?.value ?? null,
    current: e.current?.value ?? null,
    target: goal.target,
    progressPercent: e.progressPercent,
    elapsedPercent: e.elapsedPercent,
    status: e.status,
    noData: e.noData,
    weeks: { baseline: e.baseline?.week ?? null, current: e.current?.week ?? null },
    closedAt: goal.closedAt,
  };
}

const num = (v: number | null | undefined) =>
  v === null || v === undefined ? '-' : String(Math.round(v * 100) / 100);

export function goalLine(goal: GoalView): string {
  const e = goal.evaluation;
  const progress =
    e.progressPercent === null
      ? e.noData
        ? `no data (${e.noData.replace('_', ' ')})`
        : '-'
      : `${e.progressPercent.toFixed(0)}%`;
  return [
    goal.id,
    goal.title,
    `${num(e.baseline?.value)} -> ${num(e.current?.value)} -> ${num(goal.target)}`,
    progress,
    e.status,
  ].join('\t');
}

export const goalsCommand: CliCommand = {
  name: 'goals',
  usage: USAGE,
  async run(args, services, io) {
    const values = commandOptions(
      this,
      args,
      { workspace: { type: 'string' }, account: { type: 'string' }, json: { type: 'boolean' } },
      ['workspace', 'account'],
    );
    const ws = await services.workspaces.open(values.workspace);
    const asOf = asOfDay(ws.db, services);
    const goals = listGoals(ws.db, values.account, asOf);
    if (values.json)
      return printJson(
        io,
        goals.map((g) => goalJson(g, asOf)),
      );
    for (const g of goals) io.out(`${goalLine(g)}\n`);
  },
};
