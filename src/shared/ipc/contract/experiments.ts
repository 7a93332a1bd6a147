import { z } from 'zod';
import type { KpiResult, Verdict } from '../../analytics/experiments';
import { Direction, type Experiment, IsoDate } from '../../domain/entities';
import { rpc } from './define';
import { Locale } from './workspace';

export interface ExperimentSummary {
  id: string;
  accountId: string;
  name: string;
  primaryKpi: string;
  direction: Direction;
  rolloutDate: string;
  /** The primary KPI's verdict; null when the experiment has no observations yet. */
  verdict: Verdict | null;
  planVersion: number;
  changedAfterResultsViewed: boolean;
}

export interface PlanVersionInfo {
  version: number;
  createdAt: string;
  /** Why the version exists: 'created', 'edited' or 'imported' (changed outside the app). */
  reason: string;
  /** When results of this version were first viewed; null while nobody has seen them. */
  lockedAt: string | null;
  plan: Experiment;
}

export interface KpiPreview {
  kpi: string;
  rows: number;
  targetUnits: number;
  controlUnits: number;
  /** Rows inside the pre and the post window. */
  preRows: number;
  postRows: number;
}

export interface DataPreview {
  rowCount: number;
  targetUnits: number;
  controlUnits: number;
  /** Units labelled both target and control: the analysis leaves them out. */
  conflictingUnits: string[];
  dateFrom: string | null;
  dateTo: string | null;
  kpis: KpiPreview[];
  /** KPIs of the plan that have no observations at all. */
  missingKpis: string[];
  sampleRows: { unitId: string; group: string; date: string; kpi: string; value: number }[];
}

export interface ExperimentDetail {
  experiment: Experiment;
  accountName: string | null;
  versions: PlanVersionInfo[];
  /** Results were viewed, so an edit now makes a new version. */
  locked: boolean;
  changedAfterResultsViewed: boolean;
  preview: DataPreview;
}

export interface RenderedWording {
  headline: string;
  details: string[];
  cautions: string[];
  nextSteps: string[];
}

export type KpiResultView = KpiResult & { text: RenderedWording };

export interface PlanStatus {
  version: number;
  /** When results were first viewed (the plan's lock). */
  firstViewedAt: string | null;
  lockedVersion: number | null;
  changedAfterResultsViewed: boolean;
  /** Plan fields that differ between the first viewed version and the one analysed now. */
  changedFields: string[];
}

export interface ExperimentResults {
  experiment: Experiment;
  plan: PlanStatus;
  kpis: KpiResultView[];
}

export interface PasteRowError {
  /** 1-based line number in the pasted text. */
  row: number;
  column: string | null;
  message: string;
}

export interface PasteOutcome {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  batchId: number;
}

const Id = z.string().trim().min(1).max(100);
const Text = (max: number) => z.string().trim().max(max);

/** The plan a CSM can edit: everything but the experiment's id and account. */
export const ExperimentPlanInput = z
  .object({
    name: Text(200).min(1),
    hypothesis: Text(2000).nullable(),
    primaryKpi: Text(100).min(1),
    secondaryKpis: z.array(Text(100).min(1)).max(20),
    kpiUnit: Text(100).nullable(),
    direction: Direction,
    rolloutDate: IsoDate,
    preStart: IsoDate,
    preEnd: IsoDate,
    postStart: IsoDate,
    postEnd: IsoDate,
    alpha: z.number().gt(0).max(0.2),
  })
  .strict();
export type ExperimentPlanInput = z.infer<typeof ExperimentPlanInput>;

export const experimentsContract = {
  'experiments:list': rpc<ExperimentSummary[]>()(z.object({ accountId: Id.optional() }).strict(), {
    mutates: false,
  }),
  'experiments:get': rpc<ExperimentDetail>()(z.object({ id: Id }).strict(), { mutates: false }),
  // Viewing results locks the plan; that marker is bookkeeping, not data other screens show,
  // so it does not announce a data change (which would make result screens reload in a loop).
  'experiments:results': rpc<ExperimentResults>()(z.object({ id: Id, locale: Locale }).strict(), {
    mutates: false,
  }),
  'experiments:create': rpc<ExperimentDetail>()(
    z.object({ id: Id.optional(), accountId: Id, plan: ExperimentPlanInput }).strict(),
    { mutates: true },
  ),
  'experiments:update': rpc<ExperimentDetail>()(
    z.object({ id: Id, plan: ExperimentPlanInput }).strict(),
    { mutates: true },
  ),
  'experiments:addObservations': rpc<PasteOutcome>()(
    z.object({ id: Id, text: z.string().min(1).max(5_000_000) }).strict(),
    { mutates: true },
  ),
} as const;
