import { accountBenchmarks } from '../../benchmarks/service';
import { accountMetrics } from '../../goals/measures';
import { addGoal, editGoal, goalHistory, listGoals, setGoalClosed } from '../../goals/service';
import { selectAll } from '../../db/repos/rows';
import type { Services } from '../../services';
import { asOfDay } from '../../time/as-of';
import type { HandlerMap } from './types';

type GoalsChannel =
  'goals:list' | 'goals:add' | 'goals:edit' | 'goals:close' | 'goals:history' | 'goals:benchmarks';

const now = (s: Services) => s.clock.now().toISOString();

export const goalHandlers: HandlerMap<GoalsChannel> = {
  'goals:list': ({ accountId }, s) => {
    const ws = s.workspaces.require();
    const asOf = asOfDay(ws.db, s);
    return {
      accountId,
      asOf,
      goals: listGoals(ws.db, accountId, asOf),
      metrics: accountMetrics(ws.db, accountId),
      experiments: selectAll(ws.db, 'SELECT id, name FROM experiments WHERE account_id = ?', [
        accountId,
      ]).map((r) => ({ id: String(r.id), name: String(r.name) })),
    };
  },
  'goals:add': ({ goal }, s) => {
    const ws = s.workspaces.require();
    return addGoal(ws, goal, asOfDay(ws.db, s), now(s));
  },
  'goals:edit': ({ id, patch }, s) => {
    const ws = s.workspaces.require();
    return editGoal(ws, id, patch, asOfDay(ws.db, s), now(s));
  },
  'goals:close': ({ id, closed }, s) => {
    const ws = s.workspaces.require();
    return setGoalClosed(ws, id, closed, asOfDay(ws.db, s), now(s));
  },
  'goals:history': ({ id }, s) => goalHistory(s.workspaces.require().db, id),
  'goals:benchmarks': ({ accountId, references }, s) => {
    const ws = s.workspaces.require();
    return accountBenchmarks(ws, accountId, asOfDay(ws.db, s), { references: references === true });
  },
};
