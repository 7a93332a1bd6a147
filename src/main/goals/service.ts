// Adding, editing, closing and reading goals. Every write is validated first and runs in one
// transaction with its history row, so a refused goal changes nothing.
import type { Database } from 'sql.js';
import { evaluateGoal, targetProblem, weekContaining } from '../../shared/analytics/goals/progress';
import { GoalInput, GoalPatch } from '../../shared/analytics/goals/input';
import type { ParsedGoalInput } from '../../shared/analytics/goals/input';
import type {
  Goal,
  GoalHistoryEntry,
  GoalMeasure,
  GoalView,
} from '../../shared/analytics/goals/types';
import { MEASURES_WITH_REF } from '../../shared/analytics/goals/types';
import { isValidIsoDate } from '../../shared/domain/dates';
import { AppError } from '../../shared/ipc/result';
import { getAccount } from '../db/repos/accounts';
import { selectValue } from '../db/repos/rows';
import type { Workspace } from '../db/workspace';
import { recordEdit } from '../edit-undo/log';
import type { Row } from '../edit-undo/rows';
import { readRow } from '../edit-undo/rows';
import { measureSeries } from './measures';
import type { GoalRow } from './store';

export type { GoalView };
import { addHistory, getGoal, goalHistory, insertGoal, listGoalRows, updateGoal } from './store';

const invalid = (message: string) => new AppError('INVALID_INPUT', message);

function parseInput(raw: unknown): ParsedGoalInput {
  const parsed = GoalInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(`The goal is not valid: ${issue?.path.join('.') || 'goal'}: ${issue?.message}`);
  }
  return parsed.data;
}

function measureOf(input: ParsedGoalInput): GoalMeasure | null {
  if (input.measureKind === null) return null;
  const needsRef = MEASURES_WITH_REF.has(input.measureKind);
  if (needsRef && !input.measureRef)
    throw invalid(
      input.measureKind === 'usage'
        ? 'A usage goal needs the metric it reads.'
        : 'An experiment goal needs the experiment it reads.',
    );
  return { kind: input.measureKind, ref: needsRef ? input.measureRef : null };
}

/** Checks the goal against the workspace and settles its direction; throws a sentence if refused. */
function validated(db: Database, input: ParsedGoalInput): GoalRow {
  getAccount(db, input.accountId);
  if (!isValidIsoDate(input.startDate) || !isValidIsoDate(input.dueDate))
    throw invalid('Start and due dates must be real dates as YYYY-MM-DD.');
  if (input.dueDate <= input.startDate) throw invalid('The due date must be after the start date.');
  const measure = measureOf(input);
  if (measure?.kind === 'usage') {
    const known = selectValue(
      db,
      'SELECT 1 FROM usage_points WHERE account_id = ? AND metric = ? LIMIT 1',
      [input.accountId, measure.ref],
    );
    if (known === null)
      throw invalid(`Account ${input.accountId} has no usage metric named "${measure.ref}".`);
  }
  if (measure !== null && input.target === null) throw invalid('A measured goal needs a target.');
  if (measure === null && input.manualStatus === null && input.target !== null)
    throw invalid('A target needs a measure to be read against.');
  let direction = input.direction ?? 'up';
  if (measure !== null && input.target !== null) {
    const baseline = weekContaining(measureSeries(db, input.accountId, measure), input.startDate);
    if (input.direction === undefined && baseline !== null)
      direction = input.target < baseline.value ? 'down' : 'up';
    const problem = targetProblem(direction, baseline?.value ?? null, input.target);
    if (problem) throw invalid(problem);
  }
  return {
    accountId: input.accountId,
    title: input.title,
    owner: input.owner,
    startDate: input.startDate,
    dueDate: input.dueDate,
    direction,
    measure,
    target: measure === null ? null : input.target,
    manualStatus: measure === null ? (input.manualStatus ?? 'on_track') : null,
    note: input.note,
    closedAt: null,
  };
}

/** The stored fields of a goal, without its id and timestamps. */
function rowOf(goal: Goal): GoalRow {
  return {
    accountId: goal.accountId,
    title: goal.title,
    owner: goal.owner,
    startDate: goal.startDate,
    dueDate: goal.dueDate,
    direction: goal.direction,
    measure: goal.measure,
    target: goal.target,
    manualStatus: goal.manualStatus,
    note: goal.note,
    closedAt: goal.closedAt,
  };
}

/**
 * Records a goal change for undo: the goal row as it was (null when just added) and the history
 * row the change wrote, which undo removes again.
 */
function recordGoalEdit(
  ws: Workspace,
  action: 'goal.add' | 'goal.edit' | 'goal.close' | 'goal.reopen',
  goal: { id: number; accountId: string; title: string },
  before: Row | null,
  historyId: number,
  at: string,
): void {
  recordEdit(
    ws.db,
    {
      domain: 'goal',
      action,
      accountId: goal.accountId,
      label: goal.title,
      rows: [
        { table: 'goals', key: { id: goal.id }, before },
        { table: 'goal_history', key: { id: historyId }, before: null },
      ],
    },
    at,
  );
}

export function viewGoal(db: Database, goal: Goal, asOf: string): GoalView {
  const series = goal.measure ? measureSeries(db, goal.accountId, goal.measure) : [];
  return { ...goal, evaluation: evaluateGoal(goal, series, asOf) };
}

export function addGoal(ws: Workspace, raw: unknown, asOf: string, at: string): GoalView {
  const row = validated(ws.db, parseInput(raw));
  const id = ws.transaction(() => {
    const goalId = insertGoal(ws.db, row, at);
    const historyId = addHistory(ws.db, goalId, at, 'created', {});
    recordGoalEdit(ws, 'goal.add', { ...row, id: goalId }, null, historyId, at);
    return goalId;
  });
  return viewGoal(ws.db, getGoal(ws.db, id), asOf);
}

const EDITABLE = [
  'title',
  'owner',
  'startDate',
  'dueDate',
  'direction',
  'measure',
  'target',
  'manualStatus',
  'note',
] as const;

export function editGoal(
  ws: Workspace,
  id: number,
  rawPatch: unknown,
  asOf: string,
  at: string,
): GoalView {
  const patch = GoalPatch.safeParse(rawPatch);
  if (!patch.success)
    throw invalid(`The change is not valid: ${patch.error.issues[0]?.message ?? 'unknown'}`);
  const before = getGoal(ws.db, id);
  const merged = {
    accountId: before.accountId,
    title: before.title,
    owner: before.owner,
    startDate: before.startDate,
    dueDate: before.dueDate,
    direction: before.direction,
    measureKind: before.measure?.kind ?? null,
    measureRef: before.measure?.ref ?? null,
    target: before.target,
    manualStatus: before.manualStatus,
    note: before.note,
    ...patch.data,
  };
  const row = { ...validated(ws.db, parseInput(merged)), closedAt: before.closedAt };
  const changes: GoalHistoryEntry['changes'] = {};
  for (const key of EDITABLE)
    if (JSON.stringify(before[key]) !== JSON.stringify(row[key]))
      changes[key] = [before[key], row[key]];
  if (Object.keys(changes).length > 0)
    ws.transaction(() => {
      const stored = readRow(ws.db, 'goals', { id });
      updateGoal(ws.db, id, row, at);
      const historyId = addHistory(ws.db, id, at, 'edited', changes);
      recordGoalEdit(ws, 'goal.edit', { ...row, id }, stored, historyId, at);
    });
  return viewGoal(ws.db, getGoal(ws.db, id), asOf);
}

/** Closes (or reopens) a goal; its history keeps when. */
export function setGoalClosed(
  ws: Workspace,
  id: number,
  closed: boolean,
  asOf: string,
  at: string,
): GoalView {
  const goal = getGoal(ws.db, id);
  if ((goal.closedAt !== null) !== closed) {
    const row = rowOf(goal);
    ws.transaction(() => {
      const stored = readRow(ws.db, 'goals', { id });
      updateGoal(ws.db, id, { ...row, closedAt: closed ? at : null }, at);
      const historyId = addHistory(ws.db, id, at, closed ? 'closed' : 'reopened', {
        closedAt: [goal.closedAt, closed ? at : null],
      });
      const action = closed ? 'goal.close' : 'goal.reopen';
      recordGoalEdit(ws, action, goal, stored, historyId, at);
    });
  }
  return viewGoal(ws.db, getGoal(ws.db, id), asOf);
}

export function listGoals(db: Database, accountId: string, asOf: string): GoalView[] {
  getAccount(db, accountId);
  return listGoalRows(db, accountId).map((g) => viewGoal(db, g, asOf));
}

export { goalHistory };

/** Open goals of the whole book that are at risk or off track as of the day (Portfolio). */
export function goalsNeedingAttention(db: Database, asOf: string): GoalView[] {
  return listGoalRows(db)
    .filter((g) => g.closedAt === null)
    .map((g) => viewGoal(db, g, asOf))
    .filter((g) => g.evaluation.status === 'at_risk' || g.evaluation.status === 'off_track');
}
