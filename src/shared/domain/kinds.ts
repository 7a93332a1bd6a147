import { z } from 'zod';
import * as E from './entities';
import { ImportedGoal } from '../analytics/goals/import-entity';

/** The kinds of data a sheet can hold. The importer maps each sheet to one of them. */
export const DataKind = z.enum([
  'accounts',
  'contacts',
  'contract_lines',
  'usage',
  'events',
  'surveys',
  'tickets',
  'churn',
  'experiments',
  'experiment_observations',
  'goals',
]);
export type DataKind = z.infer<typeof DataKind>;

/** The entity each kind of sheet becomes: the importer validates every row against it. */
export const ENTITY_SCHEMAS = {
  accounts: E.Account,
  contacts: E.Contact,
  contract_lines: E.ContractLine,
  usage: E.UsagePoint,
  events: E.TimelineEvent,
  surveys: E.SurveyResponse,
  tickets: E.Ticket,
  churn: E.ChurnRecord,
  experiments: E.Experiment,
  experiment_observations: E.ExperimentObservation,
  goals: ImportedGoal,
} as const satisfies Record<DataKind, z.ZodType>;
