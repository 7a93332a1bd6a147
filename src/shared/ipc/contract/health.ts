// Health scores, their explanations, the account's timeline and records, playbook tasks and
// notes, and the model and playbook the CSM edits.
import { z } from 'zod';
import { HealthBands } from '../../analytics/health';
import type {
  BacktestResult,
  Band,
  ComponentScore,
  HealthBands as HealthBandsT,
  HealthModel,
  MeasureId,
  MeasureUnit,
  Playbook,
  ScoreChange,
} from '../../analytics/health';
import type {
  Account,
  Contact,
  IsoDate as IsoDateT,
  SurveyResponse,
  Ticket,
} from '../../domain/entities';
import { IsoDate } from '../../domain/entities';
import type { WorkspaceAsOf } from '../../domain/freshness';
import { BoundedHealthComponent, BoundedPlaybookRule } from './bounds';
import { rpc } from './define';

export interface HealthTrendPoint {
  date: IsoDateT;
  score: number | null;
  band: Band | null;
}

export interface AccountOverview {
  account: Account;
  /** The latest snapshot's score and band; null before the account has any scored week. */
  score: number | null;
  band: Band | null;
  asOf: IsoDateT | null;
  modelVersion: number;
  /** The last 12 weeks, oldest first. */
  trend: HealthTrendPoint[];
  openTasks: number;
}

export interface SnapshotSeries {
  modelVersion: number;
  bands: HealthBandsT;
  points: HealthTrendPoint[];
}

export interface ComponentView extends ComponentScore {
  measure: MeasureId;
  unit: MeasureUnit;
  /** For NPS and CSAT: the answers averaged that week (shown beside the figure). */
  answers?: number;
  /** Fewer answers than MIN_SURVEY_ANSWERS: the figure is not a headline. */
  tooFewAnswers?: boolean;
}

export interface WeekExplanation {
  accountId: string;
  /** The Monday explained (the snapshot on or before the date asked for). */
  date: IsoDateT;
  modelVersion: number;
  score: number | null;
  band: Band | null;
  components: ComponentView[];
  /** Ids of components with no data that week: shown as missing, their weight re-distributed. */
  missing: string[];
  lastWeek: ScoreChange | null;
  lastQuarter: ScoreChange | null;
}

export const TIMELINE_KINDS = [
  'event',
  'qbr',
  'postmortem',
  'contract',
  'survey',
  'ticket',
  'champion',
  'health',
  'trigger',
  'experiment',
  'note',
] as const;
export const TimelineKind = z.enum(TIMELINE_KINDS);
export type TimelineKind = z.infer<typeof TimelineKind>;

export interface TimelineItem {
  id: string;
  kind: TimelineKind;
  date: IsoDateT;
  /** A message key for items the app describes (band changes, contract changes...). */
  titleKey: string | null;
  /** Imported or typed text, shown as plain text. */
  title: string | null;
  /** A list (a post-mortem's owning teams) is shown joined, each known id in the CSM's language. */
  params: Record<string, string | number | string[]>;
  detail: string | null;
}

export interface TimelinePage {
  items: TimelineItem[];
  /** Items matching the filter, of which `items` is one page. */
  total: number;
  /** Items of each kind, whatever the filter, for the filter's labels. */
  counts: Record<TimelineKind, number>;
}

export interface UsageSeries {
  metric: string;
  points: [IsoDateT, number][];
}

export type TaskStatus = 'open' | 'done' | 'dismissed';

export interface TaskView {
  id: number;
  accountId: string;
  ruleId: string;
  key: string;
  /** Message key of the recommended action. */
  titleKey: string;
  titleParams: Record<string, string>;
  trigger: string;
  cause: string;
  owner: string;
  createdOn: IsoDateT;
  dueDate: IsoDateT;
  status: TaskStatus;
  reason: string | null;
  closedAt: string | null;
}

export interface CsmNote {
  id: number;
  accountId: string;
  date: IsoDateT;
  text: string;
  createdAt: string;
}

export interface StoredHealthModel {
  model: HealthModel;
  createdAt: string;
}

export interface RecomputeSummary {
  accounts: number;
  snapshots: number;
  tasksCreated: number;
  modelVersion: number;
}

export interface HealthBacktest extends BacktestResult {
  /** The day outcomes and cut-offs are read as of (the workspace's as-of date). */
  asOf: IsoDateT;
  modelVersion: number;
}

/** The backtest of an edited model beside the saved one's, before the edit is saved. */
export interface BacktestWhatIf {
  current: HealthBacktest;
  edited: BacktestResult & { asOf: IsoDateT };
}

export interface PortfolioHealthRow {
  accountId: string;
  score: number | null;
  band: Band | null;
  /** The last 12 weekly scores, oldest first, for the sparkline. */
  trend: (number | null)[];
  openTasks: number;
}

const Id = z.string().min(1).max(200);
const AccountRef = z.object({ accountId: Id }).strict();

/**
 * Weights are relative, so any cap works; without one, two weights of 1e308 add up to Infinity
 * and every score becomes 0. Only edits are capped: stored versions are read as they were saved.
 */
export const MAX_COMPONENT_WEIGHT = 1000;

export const HealthModelInput = z
  .object({
    components: z
      .array(BoundedHealthComponent.extend({ weight: z.number().min(0).max(MAX_COMPONENT_WEIGHT) }))
      .min(1)
      .max(50),
    bands: HealthBands,
  })
  .strict();

export const PlaybookInput = z.object({ rules: z.array(BoundedPlaybookRule).max(100) }).strict();

export const healthContract = {
  'health:overview': rpc<AccountOverview>()(AccountRef, { mutates: false }),
  'health:snapshots': rpc<SnapshotSeries>()(AccountRef, { mutates: false }),
  'health:explain': rpc<WeekExplanation | null>()(
    z.object({ accountId: Id, date: IsoDate }).strict(),
    { mutates: false },
  ),
  'health:recompute': rpc<RecomputeSummary>()(z.object({}).strict(), { mutates: true }),
  'health:backtest': rpc<HealthBacktest>()(
    z.object({ horizonDays: z.number().int().min(0).max(3660) }).strict(),
    { mutates: false },
  ),
  'health:backtestWhatIf': rpc<BacktestWhatIf>()(
    z.object({ horizonDays: z.number().int().min(0).max(3660), model: HealthModelInput }).strict(),
    { mutates: false },
  ),
  'health:asOf': rpc<WorkspaceAsOf>()(z.object({}).strict(), { mutates: false }),
  /** Sets the workspace's as-of date; null goes back to the latest date the data cover. */
  'health:setAsOf': rpc<WorkspaceAsOf>()(z.object({ date: IsoDate.nullable() }).strict(), {
    mutates: true,
  }),
  'health:modelGet': rpc<StoredHealthModel>()(z.object({}).strict(), { mutates: false }),
  'health:modelUpdate': rpc<StoredHealthModel>()(z.object({ model: HealthModelInput }).strict(), {
    mutates: true,
  }),
  'health:playbookGet': rpc<Playbook>()(z.object({}).strict(), { mutates: false }),
  'health:playbookUpdate': rpc<Playbook>()(z.object({ playbook: PlaybookInput }).strict(), {
    mutates: true,
  }),
  'account:timeline': rpc<TimelinePage>()(
    z
      .object({
        accountId: Id,
        kinds: z.array(TimelineKind).max(TIMELINE_KINDS.length).optional(),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(20_000).default(200),
      })
      .strict(),
    { mutates: false },
  ),
  'account:usage': rpc<UsageSeries[]>()(AccountRef, { mutates: false }),
  'account:surveys': rpc<SurveyResponse[]>()(AccountRef, { mutates: false }),
  'account:tickets': rpc<Ticket[]>()(AccountRef, { mutates: false }),
  'account:contacts': rpc<Contact[]>()(AccountRef, { mutates: false }),
  'tasks:list': rpc<TaskView[]>()(
    z
      .object({
        accountId: Id.optional(),
        status: z.enum(['open', 'done', 'dismissed']).optional(),
      })
      .strict(),
    { mutates: false },
  ),
  'tasks:complete': rpc<TaskView>()(z.object({ id: z.number().int().positive() }).strict(), {
    mutates: true,
  }),
  'tasks:dismiss': rpc<TaskView>()(
    z
      .object({ id: z.number().int().positive(), reason: z.string().trim().min(1).max(2000) })
      .strict(),
    { mutates: true },
  ),
  'notes:add': rpc<CsmNote>()(
    z
      .object({
        accountId: Id,
        text: z.string().trim().min(1).max(10_000),
        date: IsoDate.optional(),
      })
      .strict(),
    { mutates: true },
  ),
  'portfolio:rows': rpc<PortfolioHealthRow[]>()(z.object({}).strict(), { mutates: false }),
} as const;
