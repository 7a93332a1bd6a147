// The QBR document model: everything a writer needs, already translated and JSON-safe, so the
// PDF report, the PPTX deck and the deck PDF can be produced from one value (and the same value
// can cross IPC for a preview). Numbers stay numbers where a writer charts them; text the CSM
// reads arrives translated from the builder.
import type { IsoDate } from '../domain/entities';

export type QbrLanguage = 'en' | 'th' | 'tr';
export type PaperSize = 'A4' | 'LETTER';

export interface QbrMeta {
  accountId: string;
  accountName: string;
  /** e.g. '2025-Q3' */
  quarter: string;
  language: QbrLanguage;
  paper: PaperSize;
  /** The presenter's company from Settings; '' when not set (then no footer names one). */
  companyName: string;
  presenter: Presenter;
  generatedOn: IsoDate;
  /** The date the data are current to (the workspace's as-of date). */
  dataAsOf: IsoDate;
  /** e.g. 'Quarterly Business Review' in the document's language */
  documentTitle: string;
  /** Chosen sections left out of the customer's pack because they have nothing to show. */
  omitted: OmittedSection[];
  /** Each data source and the date it reaches, for the appendix and the speaker notes. */
  sources: DataSource[];
}

export interface PresenterLogo {
  mime: 'image/png' | 'image/svg+xml';
  /** base64 of the file's bytes */
  data: string;
  widthPx: number;
  heightPx: number;
}

/** Who presents the review (Settings): used on the cover, the footer and the closing slide. */
export interface Presenter {
  name: string;
  title: string;
  companyName: string;
  logo: PresenterLogo | null;
}

export interface OmittedSection {
  kind: SectionKind;
  title: string;
  /** why it is left out, for the CSM's pre-flight checklist (never printed in the pack) */
  reason: string;
}

/**
 * A section either has data or says why it has none. A section without data is left out of the
 * customer's pack (listed in meta.omitted for the CSM's pre-flight checklist), never printed.
 */
export type SectionBody<Kind extends string, Data> = { kind: Kind; title: string } & (
  { status: 'ok'; data: Data } | { status: 'no_data'; message: string }
);

export interface Metric {
  label: string;
  value: string;
  /** what the figure rests on, e.g. 'from 14 answers' or 'too few answers (3)' */
  note?: string;
}

export interface Attendee {
  name: string;
  role: string;
  organisation: string;
}

export interface TitleData {
  subtitle: string;
  attendeesHeading: string;
  attendees: Attendee[];
}

export type SummaryStatus = 'on_track' | 'needs_attention' | 'at_risk';

/** A headline figure with its change against last quarter and the same quarter last year. */
export interface Kpi {
  label: string;
  value: string;
  /** e.g. '+12% vs Q2 2026'; null when the earlier quarter has no data */
  vsLastQuarter: string | null;
  vsLastYear: string | null;
  /** e.g. 'from 14 answers' or 'too few answers (3)'; null when not a survey figure */
  basis: string | null;
}

export interface ExecutiveSummaryData {
  /** one sentence an executive reads first */
  headline: string;
  status: SummaryStatus;
  statusLabel: string;
  /** the status in the customer's words: why it is what it is */
  statusText: string;
  kpis: Kpi[];
  kpiHeading: string;
  topWin: { heading: string; text: string } | null;
  topRisk: { heading: string; text: string } | null;
  decisionsHeading: string;
  /** "decisions we ask for today", from the CSM's narrative */
  decisions: string[];
  /** the CSM's own notes, paragraph by paragraph */
  paragraphs: string[];
  /** e.g. 'Data current to 30 Sep 2026' */
  dataAsOfText: string;
}

export type GoalStatus = 'done' | 'on_track' | 'at_risk' | 'off_track';

export interface Goal {
  goal: string;
  measure: string;
  /** 0-100 */
  progressPercent: number;
  status: GoalStatus;
  statusLabel: string;
  due: IsoDate | null;
  /** A goal measured from the data: "baseline → current → target" in the document's numbers. */
  outcome?: string;
  /** Shown instead of progressPercent when set (a measured goal with no data never reads 0%). */
  progressLabel?: string;
}

export interface GoalsData {
  columns: { goal: string; measure: string; progress: string; status: string; due: string };
  goals: Goal[];
  /** Measured goals' progress and time elapsed (0-100), for the section's chart. */
  chart?: {
    title: string;
    progressLabel: string;
    elapsedLabel: string;
    rows: { goal: string; progress: number; elapsed: number }[];
  };
}

export type Verdict = 'improvement' | 'deterioration' | 'inconclusive' | 'insufficient_data';

export interface ExperimentResult {
  name: string;
  kpi: string;
  unit: string;
  /** Null when the data allow no estimate (too few units); the wording then says why. */
  effect: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** e.g. 0.95 */
  confidenceLevel: number;
  relativeEffectPercent: number | null;
  verdict: Verdict;
  verdictLabel: string;
  /** the outcome in plain words for executives (no test names, no p-values) */
  outcome: string;
  /** the honest analysis sentences (method details, next steps), for the appendix and notes */
  wording: string;
  caution: string | null;
}

export interface ValueDeliveredData {
  intro: string | null;
  columns: { experiment: string; kpi: string; effect: string; interval: string; verdict: string };
  chartTitle: string;
  results: ExperimentResult[];
}

export interface UsagePointRow {
  date: IsoDate;
  activeUsers: number | null;
  licensedSeats: number | null;
}

export interface AdoptionData {
  metrics: Metric[];
  chartTitle: string;
  seriesLabels: { activeUsers: string; licensedSeats: string };
  points: UsagePointRow[];
  notes: string[];
}

export interface HealthWeek {
  weekStart: IsoDate;
  score: number | null;
}

export interface HealthChange {
  component: string;
  from: number | null;
  to: number | null;
  reason: string;
}

export interface HealthData {
  metrics: Metric[];
  chartTitle: string;
  scoreLabel: string;
  /** band limits on the 0-100 score: red below redBelow, yellow below yellowBelow, else green */
  bands: { redBelow: number; yellowBelow: number };
  bandLabels: { red: string; yellow: string; green: string };
  weeks: HealthWeek[];
  changesHeading: string;
  changeColumns: { component: string; from: string; to: string; reason: string };
  changes: HealthChange[];
}

export interface CountByLabel {
  label: string;
  count: number;
}

export interface SupportData {
  metrics: Metric[];
  chartTitle: string;
  byCategory: CountByLabel[];
  notes: string[];
}

export interface Verbatim {
  quote: string;
  author: string;
  score: number | null;
}

export interface SentimentData {
  metrics: Metric[];
  chartTitle: string;
  /** e.g. detractors, passives, promoters */
  distribution: CountByLabel[];
  verbatimsHeading: string;
  verbatims: Verbatim[];
}

/** Peer benchmarks (#17): percentiles only, never another customer's name or figure. */
export interface BenchmarksData {
  /** e.g. 'Compared with 9 similar customers (Enterprise)' */
  intro: string;
  columns: { measure: string; value: string; segment: string; book: string };
  rows: { measure: string; value: string; segment: string; book: string }[];
  chartTitle: string;
  /** Share of segment peers the customer does better than, 0-100, per measure with a value. */
  chart: { label: string; betterThan: number }[];
}

export interface RenewalData {
  metrics: Metric[];
  notes: string[];
}

export type Severity = 'high' | 'medium' | 'low';

export interface Risk {
  risk: string;
  severity: Severity;
  severityLabel: string;
  mitigation: string;
}

export interface NextStep {
  task: string;
  owner: string;
  due: IsoDate | null;
}

export interface RisksData {
  risksHeading: string;
  riskColumns: { risk: string; severity: string; mitigation: string };
  risks: Risk[];
  nextStepsHeading: string;
  stepColumns: { task: string; owner: string; due: string };
  nextSteps: NextStep[];
}

export interface Definition {
  term: string;
  definition: string;
}

export type SourceKey = 'usage' | 'surveys' | 'tickets' | 'contracts' | 'experiments';

export interface DataSource {
  key: SourceKey;
  label: string;
  /** e.g. 'to 30 Sep 2026' or 'no data' */
  coverage: string;
}

export interface AppendixData {
  definitions: Definition[];
  /** the statistical detail behind the value slide: test, p-value, standardised differences */
  methods: Definition[];
  methodsHeading: string;
  sourcesHeading: string;
  sources: DataSource[];
  reproducibility: string;
}

export type TitleSection = SectionBody<'title', TitleData>;
export type ExecutiveSummarySection = SectionBody<'executive_summary', ExecutiveSummaryData>;
export type GoalsSection = SectionBody<'goals', GoalsData>;
export type ValueDeliveredSection = SectionBody<'value_delivered', ValueDeliveredData>;
export type AdoptionSection = SectionBody<'adoption', AdoptionData>;
export type HealthSection = SectionBody<'health', HealthData>;
export type SupportSection = SectionBody<'support', SupportData>;
export type SentimentSection = SectionBody<'sentiment', SentimentData>;
export type BenchmarksSection = SectionBody<'benchmarks', BenchmarksData>;
export type RenewalSection = SectionBody<'renewal', RenewalData>;
export type RisksSection = SectionBody<'risks_next_steps', RisksData>;
export type AppendixSection = SectionBody<'appendix', AppendixData>;

export type QbrSection =
  | TitleSection
  | ExecutiveSummarySection
  | GoalsSection
  | ValueDeliveredSection
  | AdoptionSection
  | HealthSection
  | SupportSection
  | SentimentSection
  | BenchmarksSection
  | RenewalSection
  | RisksSection
  | AppendixSection;

export type SectionKind = QbrSection['kind'];

/** Sections in reading order; the CSM's choice of sections is simply which ones are present. */
export interface QbrDocument {
  meta: QbrMeta;
  sections: QbrSection[];
}

/** Every section in reading order: the builder's default choice, and the order it keeps. */
export const QBR_SECTION_KINDS = [
  'title',
  'executive_summary',
  'goals',
  'value_delivered',
  'adoption',
  'health',
  'support',
  'sentiment',
  'benchmarks',
  'renewal',
  'risks_next_steps',
  'appendix',
] as const satisfies readonly SectionKind[];

export const GOAL_STATUSES = [
  'done',
  'on_track',
  'at_risk',
  'off_track',
] as const satisfies readonly GoalStatus[];
export const SEVERITIES = ['high', 'medium', 'low'] as const satisfies readonly Severity[];
