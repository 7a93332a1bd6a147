// QBR builder: the CSM's narrative per account and quarter, the live preview (the document
// model itself plus its charts as images), single exports through a Save dialog, and batch
// exports into a folder with progress events and cancel.
import { z } from 'zod';
import { IsoDate } from '../../domain/entities';
import { GOAL_STATUSES, QBR_SECTION_KINDS, SEVERITIES } from '../../qbr/document';
import type { QbrDocument, SectionKind } from '../../qbr/document';
import { rpc } from './define';
import { Locale } from './workspace';

const Id = z.string().min(1).max(200);
const Text = (max: number) => z.string().trim().max(max);
export const QbrQuarterInput = z.string().regex(/^\d{4}-Q[1-4]$/, 'expected a quarter as YYYY-Qn');
export const QbrPaperInput = z.enum(['A4', 'LETTER']);
export const SectionKindInput = z.enum(QBR_SECTION_KINDS);

export const QbrGoalInput = z
  .object({
    goal: Text(300).min(1),
    measure: Text(200),
    progressPercent: z.number().min(0).max(100),
    status: z.enum(GOAL_STATUSES),
    due: IsoDate.nullable(),
  })
  .strict();

export const QbrAttendeeInput = z
  .object({ name: Text(120).min(1), role: Text(120), organisation: Text(120) })
  .strict();

export const QbrNextStepInput = z
  .object({ task: Text(300).min(1), owner: Text(120), due: IsoDate.nullable() })
  .strict();

export const QbrRiskInput = z
  .object({ risk: Text(300).min(1), severity: z.enum(SEVERITIES), mitigation: Text(300) })
  .strict();

/** What the CSM writes and chooses; the app fills every number. */
export const QbrNarrative = z
  .object({
    summaryNotes: Text(5000),
    goals: z.array(QbrGoalInput).max(20),
    attendees: z.array(QbrAttendeeInput).max(30),
    nextSteps: z.array(QbrNextStepInput).max(30),
    risks: z.array(QbrRiskInput).max(20),
    /** "Decisions we ask for today" on the executive summary; absent in narratives saved before it. */
    decisions: z.array(Text(300).min(1)).max(10).default([]),
    sections: z.array(SectionKindInput).min(1).max(QBR_SECTION_KINDS.length),
    language: Locale,
    paper: QbrPaperInput,
  })
  .strict();
export type QbrNarrative = z.infer<typeof QbrNarrative>;

const AccountQuarter = { accountId: Id, quarter: QbrQuarterInput };

/** A preview or export may use the narrative being edited instead of the saved one. */
const DocumentRequest = z
  .object({ ...AccountQuarter, narrative: QbrNarrative.optional() })
  .strict();

export interface QbrNarrativeAnswer {
  accountId: string;
  quarter: string;
  narrative: QbrNarrative;
  /** Null until the narrative is first saved (the answer then holds the defaults). */
  updatedAt: string | null;
}

export interface QbrChartImage {
  section: SectionKind;
  /** data:image/svg+xml URL of the chart with its text outlined, so it needs no font. */
  src: string;
}

export interface QbrPreview {
  document: QbrDocument;
  charts: QbrChartImage[];
}

export interface QbrExportRecord {
  id: number;
  accountId: string;
  quarter: string;
  language: string;
  files: string[];
  exportedAt: string;
}

export interface QbrQuarters {
  /** The latest quarter that has ended, by the data in the workspace or today. */
  latest: string;
  /** Newest first. */
  quarters: string[];
}

export interface QbrBatchFailure {
  accountId: string;
  accountName: string;
  message: string;
}

export interface QbrBatchSummary {
  jobId: string;
  folder: string;
  quarter: string;
  total: number;
  /** Accounts churned before the quarter's end, left out unless asked for. */
  skippedChurned: { accountId: string; accountName: string }[];
  written: { accountId: string; accountName: string; files: string[] }[];
  failed: QbrBatchFailure[];
  cancelled: boolean;
}

/** Who presents the packs (stored in Settings); the company name is Settings' companyName. */
export const PresenterInput = z.object({ name: Text(120), title: Text(120) }).strict();
export type PresenterInput = z.infer<typeof PresenterInput>;

export interface PresenterAnswer {
  name: string;
  title: string;
  companyName: string;
  /** data: URL of the logo for the settings screen, or null */
  logo: { src: string; widthPx: number; heightPx: number } | null;
}

export const qbrContract = {
  'qbr:presenterGet': rpc<PresenterAnswer>()(z.object({}).strict(), { mutates: false }),
  'qbr:presenterSet': rpc<PresenterAnswer>()(PresenterInput, { mutates: true }),
  /** Asks for a PNG or SVG file, checks its size, and stores it; null when cancelled. */
  'qbr:presenterLogoChoose': rpc<PresenterAnswer | null>()(z.object({}).strict(), {
    mutates: true,
  }),
  'qbr:presenterLogoRemove': rpc<PresenterAnswer>()(z.object({}).strict(), { mutates: true }),
  'qbr:quarters': rpc<QbrQuarters>()(z.object({}).strict(), { mutates: false }),
  'qbr:narrativeGet': rpc<QbrNarrativeAnswer>()(z.object(AccountQuarter).strict(), {
    mutates: false,
  }),
  'qbr:narrativeSave': rpc<QbrNarrativeAnswer>()(
    z.object({ ...AccountQuarter, narrative: QbrNarrative }).strict(),
    { mutates: true },
  ),
  'qbr:preview': rpc<QbrPreview>()(DocumentRequest, { mutates: false }),
  /** Asks where to save the report; the two decks are written beside it. Null: cancelled. */
  'qbr:exportOne': rpc<QbrExportRecord | null>()(DocumentRequest, { mutates: true }),
  /** Asks for a folder, then writes one pack per account; null when the dialog is cancelled. */
  'qbr:exportBatch': rpc<QbrBatchSummary | null>()(
    z
      .object({
        jobId: z.string().min(1).max(100),
        quarter: QbrQuarterInput,
        language: Locale.optional(),
        paper: QbrPaperInput.optional(),
        segment: Text(200).min(1).optional(),
        accountIds: z.array(Id).min(1).max(100_000).optional(),
        includeChurned: z.boolean().optional(),
      })
      .strict(),
    { mutates: true },
  ),
  'qbr:exportCancel': rpc<null>()(z.object({ jobId: z.string().min(1).max(100) }).strict(), {
    mutates: false,
  }),
  'qbr:exports': rpc<QbrExportRecord[]>()(z.object({ accountId: Id }).strict(), {
    mutates: false,
  }),
} as const;

export type QbrChannel = keyof typeof qbrContract;
