// The workspace's entities as plain, JSON-safe records: dates are ISO strings (YYYY-MM-DD),
// money is a number in the record's own currency. zod is the single source of these types; the
// database rows, the importer's output, the analytics' input and the IPC payloads all use them.
import { z } from 'zod';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected a 3-letter currency code');

export const Account = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  segment: z.string().nullable(),
  owner: z.string().nullable(),
  currency: CurrencyCode,
  arr: z.number().nullable(),
  renewalDate: IsoDate.nullable(),
  industry: z.string().nullable(),
  country: z.string().nullable(),
  signupDate: IsoDate.nullable(),
  seats: z.number().int().nullable(),
  plan: z.string().nullable(),
  churned: z.boolean(),
});
export type Account = z.infer<typeof Account>;

export const Contact = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  name: z.string().min(1),
  email: z.string().nullable(),
  role: z.string().nullable(),
  isChampion: z.boolean(),
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
});
export type Contact = z.infer<typeof Contact>;

/** One contract line: a subscription to a plan for a period, priced per month. */
export const ContractLine = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  plan: z.string().nullable(),
  seats: z.number().int().nullable(),
  mrr: z.number(),
  currency: CurrencyCode,
  startDate: IsoDate,
  /** Null while the line is active. The line covers [startDate, endDate). */
  endDate: IsoDate.nullable(),
  isTrial: z.boolean(),
  upgrade: z.boolean(),
  downgrade: z.boolean(),
  churn: z.boolean(),
  autoRenew: z.boolean().nullable(),
});
export type ContractLine = z.infer<typeof ContractLine>;

export const UsagePoint = z.object({
  accountId: z.string().min(1),
  metric: z.string().min(1),
  date: IsoDate,
  value: z.number(),
});
export type UsagePoint = z.infer<typeof UsagePoint>;

export const TimelineEvent = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  type: z.string().min(1),
  date: IsoDate,
  title: z.string().min(1),
  detail: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const SurveyKind = z.enum(['nps', 'csat', 'ces']);
export type SurveyKind = z.infer<typeof SurveyKind>;

export const SurveyResponse = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  contactId: z.string().nullable(),
  kind: SurveyKind,
  date: IsoDate,
  /** NPS 0-10, CSAT 1-5, CES 1-7. */
  score: z.number(),
  comment: z.string().nullable(),
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;

export const Ticket = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  openedDate: IsoDate,
  closedDate: IsoDate.nullable(),
  priority: z.enum(['low', 'medium', 'high', 'urgent']).nullable(),
  status: z.string().nullable(),
  satisfaction: z.number().nullable(),
  escalated: z.boolean(),
  resolutionHours: z.number().nullable(),
  subject: z.string().nullable(),
});
export type Ticket = z.infer<typeof Ticket>;

export const ChurnReasonCode = z.enum([
  'wrong_use_case',
  'failed_launch',
  'features_usability',
  'low_usage',
  'roi_value',
  'org_change',
  'other',
]);
export type ChurnReasonCode = z.infer<typeof ChurnReasonCode>;

export const ChurnRecord = z.object({
  accountId: z.string().min(1),
  date: IsoDate,
  reason: ChurnReasonCode,
  note: z.string().nullable(),
});
export type ChurnRecord = z.infer<typeof ChurnRecord>;

export const Direction = z.enum(['higher_is_better', 'lower_is_better']);
export type Direction = z.infer<typeof Direction>;

export const Experiment = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  name: z.string().min(1),
  hypothesis: z.string().nullable(),
  primaryKpi: z.string().min(1),
  secondaryKpis: z.array(z.string()),
  kpiUnit: z.string().nullable(),
  direction: Direction,
  rolloutDate: IsoDate,
  preStart: IsoDate,
  preEnd: IsoDate,
  postStart: IsoDate,
  postEnd: IsoDate,
  alpha: z.number().gt(0).lt(1),
});
export type Experiment = z.infer<typeof Experiment>;

export const ExperimentGroup = z.enum(['target', 'control']);
export type ExperimentGroup = z.infer<typeof ExperimentGroup>;

export const ExperimentObservation = z.object({
  experimentId: z.string().min(1),
  unitId: z.string().min(1),
  group: ExperimentGroup,
  date: IsoDate,
  kpi: z.string().min(1),
  value: z.number(),
});
export type ExperimentObservation = z.infer<typeof ExperimentObservation>;
