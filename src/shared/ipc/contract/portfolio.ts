import { z } from 'zod';
import type {
  ChurnReasonOwners,
  Period,
  PortfolioMetrics,
  RetentionPoint,
  RenewalWindow,
} from '../../analytics/portfolio';
import { ChurnReasonCode, CurrencyCode, IsoDate } from '../../domain/entities';
import { rpc } from './define';

const Name = z.string().min(1).max(200);

export const PeriodInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month'), month: z.string().regex(/^\d{4}-\d{2}$/) }).strict(),
  z.object({ kind: z.literal('quarter'), quarter: z.string().regex(/^\d{4}-Q[1-4]$/) }).strict(),
  z.object({ kind: z.literal('year'), year: z.number().int().min(1900).max(2200) }).strict(),
  z.object({ kind: z.literal('custom'), from: IsoDate, to: IsoDate }).strict(),
]);
export type PeriodInput = z.infer<typeof PeriodInput>;

/** Which part of the book, and the currency to report it in (default: the settings' one). */
const BookFilter = {
  segment: Name.optional(),
  owner: Name.optional(),
  currency: CurrencyCode.optional(),
};

export const MetricsQuery = z.object({ period: PeriodInput, ...BookFilter }).strict();
export type MetricsQuery = z.infer<typeof MetricsQuery>;

export const SeriesQuery = z
  .object({
    period: PeriodInput,
    ...BookFilter,
    /** Calendar months ending with the month the period ends in. */
    months: z.number().int().min(1).max(60).default(12),
  })
  .strict();
export type SeriesQuery = z.infer<typeof SeriesQuery>;

export const TableSortKey = z.enum([
  'name',
  'segment',
  'owner',
  'arr',
  'renewalDate',
  'daysToRenewal',
  'band',
  'openTasks',
]);
export type TableSortKey = z.infer<typeof TableSortKey>;

export const TableQuery = z
  .object({
    search: z.string().max(200).optional(),
    segment: Name.optional(),
    owner: Name.optional(),
    band: z.string().min(1).max(40).optional(),
    sortBy: TableSortKey.default('name'),
    sortDir: z.enum(['asc', 'desc']).default('asc'),
    currency: CurrencyCode.optional(),
    /** False hides churned accounts (the screen's default); left out, they are listed. */
    includeChurned: z.boolean().optional(),
  })
  .strict();
export type TableQuery = z.infer<typeof TableQuery>;

/**
 * The table as the screen asks for it: `limit` answers only the first rows in order (a
 * screenful, while the rest is on its way); `waitForHealth: false` answers at once, with the
 * health columns blank, while scores are being recomputed (unless the filter or sort needs them).
 */
export const TableRequest = TableQuery.extend({
  limit: z.number().int().min(1).max(1_000_000).optional(),
  waitForHealth: z.boolean().default(true),
}).strict();
export type TableRequest = z.infer<typeof TableRequest>;

/** What a saved view remembers: the table's filters and sort, and the period shown. */
export const SavedViewState = z
  .object({
    search: z.string().max(200).default(''),
    segment: Name.nullable().default(null),
    owner: Name.nullable().default(null),
    band: z.string().min(1).max(40).nullable().default(null),
    sortBy: TableSortKey.default('name'),
    sortDir: z.enum(['asc', 'desc']).default('asc'),
    period: PeriodInput.nullable().default(null),
  })
  .strict();
export type SavedViewState = z.infer<typeof SavedViewState>;

export const PostMortemInput = z
  .object({
    accountId: Name,
    churnDate: IsoDate.nullable().optional(),
    reason: ChurnReasonCode,
    couldHaveDone: z.string().max(5000),
    lessons: z.string().max(5000),
  })
  .strict();
export type PostMortemInput = z.infer<typeof PostMortemInput>;

const Team = z.string().min(1).max(60);

export interface MetricsAnswer {
  period: Period;
  currency: string;
  /** Null when an exchange rate is missing; the currencies are in `missingRates`. */
  metrics: PortfolioMetrics | null;
  missingRates: string[];
}

export interface SeriesPoint extends RetentionPoint {
  mrr: PortfolioMetrics['mrr'];
  exceedsAcceptableChurn: boolean | null;
}

export interface SeriesAnswer {
  currency: string;
  points: SeriesPoint[] | null;
  missingRates: string[];
}

export interface RenewalsAnswer {
  asOf: IsoDate;
  currency: string;
  windows: RenewalWindow[] | null;
  missingRates: string[];
  /** Whether bands come from health snapshots; without them every account is 'unscored'. */
  healthAvailable: boolean;
}

export interface ChurnedAccount {
  accountId: string;
  accountName: string;
  date: IsoDate;
  reason: ChurnReasonCode;
  hasPostMortem: boolean;
}

export interface ChurnReasonsAnswer {
  owners: ChurnReasonOwners;
  /** Churn records dated inside the period, newest first. */
  churned: ChurnedAccount[];
}

export interface FxRate {
  currency: string;
  /** Report-currency units per one unit of `currency`. */
  rate: number;
  updatedAt: string;
}

export interface FxRatesAnswer {
  reportCurrency: string;
  rates: FxRate[];
  /** Currencies the book is priced in, other than the report currency. */
  needed: string[];
}

export interface SavedView {
  id: number;
  name: string;
  state: SavedViewState;
  updatedAt: string;
}

export interface PostMortem {
  accountId: string;
  accountName: string;
  churnDate: IsoDate | null;
  /** The churn record's note, shown next to the post-mortem. */
  churnNote: string | null;
  reason: ChurnReasonCode;
  couldHaveDone: string;
  lessons: string;
  /** Null until the post-mortem is first saved. */
  updatedAt: string | null;
}

export type AttentionKind = 'red_renewal' | 'new_trigger' | 'champion_left' | 'goal_at_risk';

export interface AttentionItem {
  kind: AttentionKind;
  accountId: string;
  accountName: string;
  /** Renewal date, trigger date or the champion's last day. */
  date: IsoDate;
  daysToRenewal: number | null;
  /** The playbook trigger type, for new triggers. */
  trigger: string | null;
  contactName: string | null;
  /** The success-plan goal at risk or off track (goal_at_risk). */
  goalTitle?: string | null;
}

/** One account needing attention, with every reason it fired (the items of that account). */
export interface AttentionGroup {
  accountId: string;
  accountName: string;
  /** The account's ARR in its own currency. */
  arr: number | null;
  currency: string;
  /** ARR in the report currency; null when its rate or the ARR is missing. */
  arrAtRisk: number | null;
  reasons: AttentionItem[];
}

export interface AttentionAnswer {
  asOf: IsoDate;
  healthAvailable: boolean;
  items: AttentionItem[];
  /** The items grouped per account, largest ARR at risk first. */
  groups: AttentionGroup[];
  /** The currency of `arrAtRisk`. */
  currency: string;
}

export interface PortfolioRow {
  id: string;
  name: string;
  segment: string | null;
  owner: string | null;
  currency: string;
  arr: number | null;
  /** ARR in the report currency, null when its rate is missing. */
  arrReport: number | null;
  renewalDate: IsoDate | null;
  daysToRenewal: number | null;
  band: string | null;
  score: number | null;
  /** Weekly scores, oldest first, for the sparkline. */
  trend: number[];
  openTasks: number | null;
  churned: boolean;
}

export interface TableAnswer {
  asOf: IsoDate;
  currency: string;
  /** ARR is sorted in the report currency only when every account's rate is known. */
  arrSortConverted: boolean;
  missingRates: string[];
  total: number;
  /** Accounts matching the filters; `rows` holds only the first `limit` of them when limited. */
  matched: number;
  rows: PortfolioRow[];
  segments: string[];
  owners: string[];
  bands: string[];
  healthAvailable: boolean;
  /**
   * Scores were being recomputed: band, score, trend and open tasks are left blank (null, [])
   * rather than shown stale, and `bands` is empty. Only answered to `waitForHealth: false`.
   */
  healthPending: boolean;
  /** Churned accounts in the book, listed or not. */
  churnedCount: number;
}

export interface HealthBandsPoint {
  month: string;
  counts: Record<string, number>;
}

export interface HealthBandsAnswer {
  available: boolean;
  points: HealthBandsPoint[];
}

export const portfolioContract = {
  'portfolio:metrics': rpc<MetricsAnswer>()(MetricsQuery, { mutates: false }),
  'portfolio:series': rpc<SeriesAnswer>()(SeriesQuery, { mutates: false }),
  'portfolio:renewals': rpc<RenewalsAnswer>()(
    z.object({ ...BookFilter, asOf: IsoDate.optional() }).strict(),
    { mutates: false },
  ),
  'portfolio:churnReasons': rpc<ChurnReasonsAnswer>()(MetricsQuery, { mutates: false }),
  'portfolio:setChurnReasonTeams': rpc<ChurnReasonOwners>()(
    z.object({ teams: z.partialRecord(ChurnReasonCode, z.array(Team).max(10)) }).strict(),
    { mutates: true },
  ),
  'portfolio:fxRates': rpc<FxRatesAnswer>()(
    z.object({ reportCurrency: CurrencyCode.optional() }).strict(),
    { mutates: false },
  ),
  'portfolio:setFxRates': rpc<FxRatesAnswer>()(
    z
      .object({
        reportCurrency: CurrencyCode.optional(),
        rates: z
          .array(
            z
              .object({
                currency: CurrencyCode,
                rate: z.number().positive().max(1e9).nullable(),
              })
              .strict(),
          )
          .min(1)
          .max(200),
      })
      .strict(),
    { mutates: true },
  ),
  'portfolio:views': rpc<SavedView[]>()(z.object({}).strict(), { mutates: false }),
  'portfolio:saveView': rpc<SavedView>()(
    z.object({ name: z.string().trim().min(1).max(100), state: SavedViewState }).strict(),
    { mutates: true },
  ),
  'portfolio:deleteView': rpc<null>()(z.object({ id: z.number().int().positive() }).strict(), {
    mutates: true,
  }),
  'portfolio:postMortem': rpc<PostMortem>()(z.object({ accountId: Name }).strict(), {
    mutates: false,
  }),
  'portfolio:savePostMortem': rpc<PostMortem>()(PostMortemInput, { mutates: true }),
  'portfolio:attention': rpc<AttentionAnswer>()(
    z
      .object({
        asOf: IsoDate.optional(),
        renewalDays: z.number().int().min(1).max(365).default(90),
        recentDays: z.number().int().min(1).max(90).default(7),
      })
      .strict(),
    { mutates: false },
  ),
  'portfolio:table': rpc<TableAnswer>()(TableRequest, { mutates: false }),
  'portfolio:healthBands': rpc<HealthBandsAnswer>()(SeriesQuery, { mutates: false }),
  'portfolio:exportTable': rpc<{ path: string; rows: number } | null>()(TableQuery, {
    mutates: false,
  }),
} as const;

export type PortfolioChannel = keyof typeof portfolioContract;
