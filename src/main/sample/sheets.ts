// What each source file looks like: the columns a CRM, billing or helpdesk export would have, with
// plain-English headers. One list of columns per file feeds both the xlsx and the csv writer.
import type {
  Account,
  ChurnRecord,
  Contact,
  ContractLine,
  Experiment,
  ExperimentObservation,
  IsoDate,
  SurveyResponse,
  Ticket,
  TimelineEvent,
  UsagePoint,
} from '../../shared/domain/entities';
import type { SampleBook } from './generate';

export type CellKind = 'text' | 'number' | 'money' | 'date';
export type CellValue = string | number | null;

export interface Column<Row> {
  readonly header: string;
  readonly kind: CellKind;
  /** ISO string for 'date' columns; the writer turns it into a real date where it can. */
  readonly value: (row: Row) => CellValue;
}

/** One sheet, already laid out as cells. */
export interface Table {
  readonly name: string;
  /** A report title with a blank row under it, above the header, as many exports have. */
  readonly title: string | null;
  readonly headers: readonly string[];
  readonly kinds: readonly CellKind[];
  readonly rows: readonly (readonly CellValue[])[];
}

export interface FileSpec {
  readonly fileName: string;
  readonly tables: readonly Table[];
}

interface TableSpec<Row> {
  readonly name: string;
  readonly title?: string;
  readonly rows: readonly Row[];
  readonly columns: readonly Column<Row>[];
}

function table<Row>({ name, title, rows, columns }: TableSpec<Row>): Table {
  return {
    name,
    title: title ?? null,
    headers: columns.map((column) => column.header),
    kinds: columns.map((column) => column.kind),
    rows: rows.map((row) => columns.map((column) => column.value(row))),
  };
}

const yesNo = (flag: boolean | null): string | null => (flag === null ? null : flag ? 'Yes' : 'No');
const date = (value: IsoDate | null): CellValue => value;

export function sampleFileSpecs(book: SampleBook): FileSpec[] {
  return [
    {
      fileName: 'accounts.xlsx',
      tables: [
        table<Account>({
          name: 'Accounts',
          title: `Customer accounts: export of ${book.today}`,
          rows: book.accounts,
          columns: [
            { header: 'Account ID', kind: 'text', value: (r) => r.id },
            { header: 'Account Name', kind: 'text', value: (r) => r.name },
            { header: 'Segment', kind: 'text', value: (r) => r.segment },
            { header: 'CSM Owner', kind: 'text', value: (r) => r.owner },
            { header: 'Currency', kind: 'text', value: (r) => r.currency },
            { header: 'ARR', kind: 'money', value: (r) => r.arr },
            { header: 'Renewal Date', kind: 'date', value: (r) => date(r.renewalDate) },
            { header: 'Industry', kind: 'text', value: (r) => r.industry },
            { header: 'Country', kind: 'text', value: (r) => r.country },
            { header: 'Customer Since', kind: 'date', value: (r) => date(r.signupDate) },
            { header: 'Seats', kind: 'number', value: (r) => r.seats },
            { header: 'Plan', kind: 'text', value: (r) => r.plan },
            { header: 'Churned', kind: 'text', value: (r) => yesNo(r.churned) },
          ],
        }),
      ],
    },
    {
      fileName: 'contracts.xlsx',
      tables: [
        table<ContractLine>({
          name: 'Contracts',
          rows: book.contractLines,
          columns: [
            { header: 'Line ID', kind: 'text', value: (r) => r.id },
            { header: 'Account ID', kind: 'text', value: (r) => r.accountId },
            { header: 'Plan', kind: 'text', value: (r) => r.plan },
            { header: 'Seats', kind: 'number', value: (r) => r.seats },
            { header: 'MRR', kind: 'money', value: (r) => r.mrr },
            { header: 'Currency', kind: 'text', value: (r) => r.currency },
            { header: 'Start Date', kind: 'date', value: (r) => date(r.startDate) },
            { header: 'End Date', kind: 'date', value: (r) => date(r.endDate) },
            { header: 'Trial', kind: 'text', value: (r) => yesNo(r.isTrial) },
            { header: 'Upgrade', kind: 'text', value: (r) => yesNo(r.upgrade) },
            { header: 'Downgrade', kind: 'text', value: (r) => yesNo(r.downgrade) },
            { header: 'Churn', kind: 'text', value: (r) => yesNo(r.churn) },
            { header: 'Auto Renew', kind: 'text', value: (r) => yesNo(r.autoRenew) },
          ],
        }),
      ],
    },
    {
      // Product analytics tools export long tables with machine-style headers.
      fileName: 'usage.csv',
      tables: [
        table<UsagePoint>({
          name: 'usage',
          rows: book.usage,
          columns: [
            { header: 'account_id', kind: 'text', value: (r) => r.accountId },
            { header: 'metric', kind: 'text', value: (r) => r.metric },
            { header: 'date', kind: 'date', value: (r) => r.date },
            { header: 'value', kind: 'number', value: (r) => r.value },
          ],
        }),
      ],
    },
    {
      fileName: 'contacts.xlsx',
      tables: [
        table<Contact>({
          name: 'Contacts',
          rows: book.contacts,
          columns: [
            { header: 'Contact ID', kind: 'text', value: (r) => r.id },
            { header: 'Account ID', kind: 'text', value: (r) => r.accountId },
            { header: 'Full Name', kind: 'text', value: (r) => r.name },
            { header: 'Email', kind: 'text', value: (r) => r.email },
            { header: 'Job Title', kind: 'text', value: (r) => r.role },
            { header: 'Champion', kind: 'text', value: (r) => yesNo(r.isChampion) },
            { header: 'Start Date', kind: 'date', value: (r) => date(r.startDate) },
            { header: 'End Date', kind: 'date', value: (r) => date(r.endDate) },
          ],
        }),
      ],
    },
    {
      fileName: 'events.xlsx',
      tables: [
        table<TimelineEvent>({
          name: 'Events',
          rows: book.events,
          columns: [
            { header: 'Event ID', kind: 'text', value: (r) => r.id },
            { header: 'Account ID', kind: 'text', value: (r) => r.accountId },
            { header: 'Type', kind: 'text', value: (r) => r.type },
            { header: 'Date', kind: 'date', value: (r) => r.date },
            { header: 'Title', kind: 'text', value: (r) => r.title },
            { header: 'Details', kind: 'text', value: (r) => r.detail },
          ],
        }),
      ],
    },
    {
      fileName: 'surveys.xlsx',
      tables: [
        table<SurveyResponse>({
          name: 'Survey Responses',
          rows: book.surveys,
          columns: [
            { header: 'Response ID', kind: 'text', value: (r) => r.id },
            { header: 'Account ID', kind: 'text', value: (r) => r.accountId },
            { header: 'Contact ID', kind: 'text', value: (r) => r.contactId },
            { header: 'Survey', kind: 'text', value: (r) => r.kind.toUpperCase() },
            { header: 'Response Date', kind: 'date', value: (r) => r.date },
            { header: 'Score', kind: 'number', value: (r) => r.score },
            { header: 'Comment', kind: 'text', value: (r) => r.comment },
          ],
        }),
      ],
    },
    {
      fileName: 'tickets.csv',
      tables: [
        table<Ticket>({
          name: 'tickets',
          rows: book.tickets,
          columns: [
            { header: 'Ticket ID', kind: 'text', value: (r) => r.id },
            { header: 'Account ID', kind: 'text', value: (r) => r.accountId },
            { header: 'Opened', kind: 'date', value: (r) => r.openedDate },
            { header: 'Closed', kind: 'date', value: (r) => r.closedDate },
            { header: 'Priority', kind: 'text', value: (r) => r.priority },
            { header: 'Status', kind: 'text', value: (r) => r.status },
            { header: 'Satisfaction', kind: 'number', value: (r) => r.satisfaction },
            { header: 'Escalated', kind: 'text', value: (r) => yesNo(r.escalated) },
            { header: 'Resolution Hours', kind: 'number', value: (r) => r.resolutionHours },
            { header: 'Subject', kind: 'text', value: (r) => r.subject },
          ],
        }),
      ],
    },
    {
      fileName: 'churn.xlsx',
      tables: [
        table<ChurnRecord>({
          name: 'Churn',
          rows: book.churns,
          columns: [
            { header: 'Account ID', kind: 'text', value: (r) => r.accountId },
            { header: 'Churn Date', kind: 'date', value: (r) => r.date },
            { header: 'Reason Code', kind: 'text', value: (r) => r.reason },
            { header: 'Notes', kind: 'text', value: (r) => r.note },
          ],
        }),
      ],
    },
    {
      fileName: 'experiments.xlsx',
      tables: [
        table<Experiment>({
          name: 'Experiments',
          rows: book.experiments,
          columns: [
            { header: 'Experiment ID', kind: 'text', value: (r) => r.id },
            { header: 'Account ID', kind: 'text', value: (r) => r.accountId },
            { header: 'Name', kind: 'text', value: (r) => r.name },
            { header: 'Hypothesis', kind: 'text', value: (r) => r.hypothesis },
            { header: 'Primary KPI', kind: 'text', value: (r) => r.primaryKpi },
            { header: 'Secondary KPIs', kind: 'text', value: (r) => r.secondaryKpis.join('; ') },
            { header: 'KPI Unit', kind: 'text', value: (r) => r.kpiUnit },
            { header: 'Direction', kind: 'text', value: (r) => r.direction },
            { header: 'Rollout Date', kind: 'date', value: (r) => r.rolloutDate },
            { header: 'Pre Start', kind: 'date', value: (r) => r.preStart },
            { header: 'Pre End', kind: 'date', value: (r) => r.preEnd },
            { header: 'Post Start', kind: 'date', value: (r) => r.postStart },
            { header: 'Post End', kind: 'date', value: (r) => r.postEnd },
            { header: 'Alpha', kind: 'number', value: (r) => r.alpha },
          ],
        }),
        table<ExperimentObservation>({
          name: 'Observations',
          rows: book.observations,
          columns: [
            { header: 'Experiment ID', kind: 'text', value: (r) => r.experimentId },
            { header: 'Unit', kind: 'text', value: (r) => r.unitId },
            { header: 'Group', kind: 'text', value: (r) => r.group },
            { header: 'Week', kind: 'date', value: (r) => r.date },
            { header: 'KPI', kind: 'text', value: (r) => r.kpi },
            { header: 'Value', kind: 'number', value: (r) => r.value },
          ],
        }),
      ],
    },
  ];
}
