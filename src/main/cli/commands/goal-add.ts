import { GOAL_MEASURE_KINDS, GoalMeasureKind } from '../../../shared/analytics/goals/types';
import { addGoal } from '../../goals/service';
import { asOfDay } from '../../time/as-of';
import type { CliCommand } from '../context';
import { UsageError, commandOptions, printJson } from '../context';
import { goalLine, goalJson } from './goals';

const USAGE =
  'goal-add --workspace FILE --account ID --title T --metric M --target N --start DATE --due DATE [--direction up|down] [--measure KIND] [--owner NAME] [--json]   add a goal measured from the data (--measure: ' +
  `${GOAL_MEASURE_KINDS.join(', ')}; default usage, whose metric is --metric)`;

export const goalAddCommand: CliCommand = {
  name: 'goal-add',
  usage: USAGE,
  async run(args, services, io) {
    const values = commandOptions(
      this,
      args,
      {
        workspace: { type: 'string' },
        account: { type: 'string' },
        title: { type: 'string' },
        metric: { type: 'string' },
        measure: { type: 'string' },
        target: { type: 'string' },
        start: { type: 'string' },
        due: { type: 'string' },
        direction: { type: 'string' },
        owner: { type: 'string' },
        json: { type: 'boolean' },
      },
      ['workspace', 'account', 'title', 'target', 'start', 'due'],
    );
    const kind = GoalMeasureKind.safeParse(values.measure ?? 'usage');
    if (!kind.success)
      throw new UsageError(`--measure must be one of ${GOAL_MEASURE_KINDS.join(', ')}`);
    if (kind.data === 'usage' && !values.metric)
      throw new UsageError('goal-add needs --metric M (the usage metric the goal reads)');
    const target = Number(values.target);
    if (values.target?.trim() === '' || !Number.isFinite(target))
      throw new UsageError('--target must be a number');
    if (values.direction !== undefined && values.direction !== 'up' && values.direction !== 'down')
      throw new UsageError('--direction must be up or down');
    const ws = await services.workspaces.open(values.workspace);
    const asOf = asOfDay(ws.db, services);
    const goal = addGoal(
      ws,
      {
        accountId: values.account,
        title: values.title,
        owner: values.owner ?? null,
        startDate: values.start,
        dueDate: values.due,
        ...(values.direction ? { direction: values.direction } : {}),
        measureKind: kind.data,
        measureRef: values.metric ?? null,
        target,
      },
      asOf,
      services.clock.now().toISOString(),
    );
    if (values.json) return printJson(io, goalJson(goal, asOf));
    io.out(`${goalLine(goal)}\n`);
  },
};
