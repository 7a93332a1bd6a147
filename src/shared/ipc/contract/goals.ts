// Success plans and peer benchmarks (issue #17).
import { z } from 'zod';
import type { AccountBenchmarks } from '../../analytics/benchmarks';
import type { GoalHistoryEntry, GoalView } from '../../analytics/goals/types';
import { BoundedGoalInput, BoundedGoalPatch } from './bounds';
import { rpc } from './define';

export type { AccountBenchmarks, GoalHistoryEntry, GoalView };

const Id = z.string().min(1).max(200);
const GoalId = z.number().int().positive();

export interface GoalsOverview {
  accountId: string;
  asOf: string;
  goals: GoalView[];
  /** The account's usage metrics and experiments, for the goal form's measure choice. */
  metrics: string[];
  experiments: { id: string; name: string }[];
}

export const goalsContract = {
  'goals:list': rpc<GoalsOverview>()(z.object({ accountId: Id }).strict(), { mutates: false }),
  'goals:add': rpc<GoalView>()(z.object({ goal: BoundedGoalInput }).strict(), { mutates: true }),
  'goals:edit': rpc<GoalView>()(z.object({ id: GoalId, patch: BoundedGoalPatch }).strict(), {
    mutates: true,
  }),
  'goals:close': rpc<GoalView>()(z.object({ id: GoalId, closed: z.boolean() }).strict(), {
    mutates: true,
  }),
  'goals:history': rpc<GoalHistoryEntry[]>()(z.object({ id: GoalId }).strict(), {
    mutates: false,
  }),
  'goals:benchmarks': rpc<AccountBenchmarks>()(
    z.object({ accountId: Id, references: z.boolean().optional() }).strict(),
    { mutates: false },
  ),
};
