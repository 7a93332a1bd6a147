// Everything that happened to an account, as one list, newest first. Imported text is carried
// as plain text; what the app itself describes (contract changes, band changes) is a message key
// with parameters, so the renderer shows it in the CSM's language.
import type { Database } from 'sql.js';
import type { AccountData, HealthSnapshot } from '../../shared/analytics/health';
import type { ChurnReasonCode, Experiment } from '../../shared/domain/entities';
import { TIMELINE_KINDS } from '../../shared/ipc/contract';
import type {
  CsmNote,
  TaskView,
  TimelineItem,
  TimelineKind,
  TimelinePage,
  QbrExportRecord,
} from '../../shared/ipc/contract';
import { TABLES, rowToEntity } from '../db/tables';
import { selectAll } from '../db/repos/rows';
import { churnReasonOwners } from '../portfolio/churn-reasons';
import { getPostMortem } from '../portfolio/post-mortems';
import { listExports } from '../qbr/export-log';

/** A saved churn post-mortem with the teams that currently own its reason. */
export interface TimelinePostMortem {
  accountId: string;
  churnDate: string | null;
  reason: ChurnReasonCode;
  teams: readonly string[];
  couldHaveDone: string;
  lessons: string;
  updatedAt: string;
}

export interface TimelineSources {
  data: AccountData;
  snapshots: readonly HealthSnapshot[];
  tasks: readonly TaskView[];
  notes: readonly CsmNote[];
  experiments: readonly Experiment[];
  qbrExports?: readonly QbrExportRecord[];
  postMortems?: readonly TimelinePostMortem[];
}

function item(
  kind: TimelineKind,
  id: string,
  date: string,
  fields: Partial<Pick<TimelineItem, 'titleKey' | 'title' | 'params' | 'detail'>>,
): TimelineItem {
  return {
    id: `${kind}:${id}`,
    kind,
    date,
    titleKey: fields.titleKey ?? null,
    title: fields.title ?? null,
    params: fields.params ?? {},
    detail: fields.detail ?? null,
  };
}

function contractItems(data: AccountData): TimelineItem[] {
  return (data.contracts ?? []).flatMap((line) => {
    const params = {
      plan: line.plan ?? '',
      seats: line.seats ?? '',
      mrr: line.mrr,
      currency: line.currency,
    };
    const kindOfStart = line.isTrial
      ? 'trial'
      : line.upgrade
        ? 'upgrade'
        : line.downgrade
          ? 'downgrade'
          : 'started';
    const items = [
      item('contract', `${line.id}:start`, line.startDate, {
        titleKey: `timeline.contract.${kindOfStart}`,
        params,
      }),
    ];
    if (line.endDate !== null)
      items.push(
        item('contract', `${line.id}:end`, line.endDate, {
          titleKey: line.churn ? 'timeline.contract.churned' : 'timeline.contract.ended',
          params,
        }),
      );
    return items;
  });
}

function ticketItems(data: AccountData): TimelineItem[] {
  return (data.tickets ?? []).flatMap((ticket) => {
    const params = { priority: ticket.priority ?? '', id: ticket.id };
    const opened = item('ticket', `${ticket.id}:opened`, ticket.openedDate, {
      titleKey: ticket.escalated ? 'timeline.ticket.escalated' : 'timeline.ticket.opened',
      title: ticket.subject,
      params,
    });
    if (ticket.closedDate === null) return [opened];
    return [
      opened,
      item('ticket', `${ticket.id}:closed`, ticket.closedDate, {
        titleKey: 'timeline.ticket.closed',
        title: ticket.subject,
        params,
      }),
    ];
  });
}

function championItems(data: AccountData): TimelineItem[] {
  return (data.contacts ?? [])
    .filter((contact) => contact.isChampion)
    .flatMap((contact) => {
      const params = { name: contact.name, role: contact.role ?? '' };
      const items: TimelineItem[] = [];
      if (contact.startDate !== null)
        items.push(
          item('champion', `${contact.id}:start`, contact.startDate, {
            titleKey: 'timeline.champion.started',
            params,
          }),
        );
      if (contact.endDate !== null)
        items.push(
          item('champion', `${contact.id}:end`, contact.endDate, {
            titleKey: 'timeline.champion.left',
            params,
          }),
        );
      return items;
    });
}

/** A band change is a week whose band differs from the previous scored week's. */
function bandChangeItems(snapshots: readonly HealthSnapshot[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  let previous: HealthSnapshot | null = null;
  for (const snapshot of snapshots) {
    if (snapshot.band === null) continue;
    if (previous !== null && previous.band !== snapshot.band)
      items.push(
        item('health', snapshot.date, snapshot.date, {
          titleKey: 'timeline.health.band',
          params: {
            from: previous.band ?? '',
            to: snapshot.band,
            score: Math.round(snapshot.score ?? 0),
          },
        }),
      );
    previous = snapshot;
  }
  return items;
}

/** The file names only: the folder is the CSM's own business and makes the line unreadable. */
function fileNames(files: readonly string[]): string {
  return files.map((file) => file.split(/[\\/]/).pop() ?? file).join(', ');
}

function qbrExportItem(entry: QbrExportRecord): TimelineItem {
  return item('qbr', `export:${entry.id}`, entry.exportedAt.slice(0, 10), {
    titleKey: 'timeline.qbr.exported',
    params: { quarter: entry.quarter, language: entry.language },
    detail: entry.files.length > 0 ? fileNames(entry.files) : null,
  });
}

/** Dated on the churn it explains, so it sits beside it; undated ones on the day they were saved. */
function postMortemItem(postMortem: TimelinePostMortem): TimelineItem {
  const summary = [postMortem.couldHaveDone, postMortem.lessons]
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .join(' · ');
  return item(
    'postmortem',
    postMortem.accountId,
    postMortem.churnDate ?? postMortem.updatedAt.slice(0, 10),
    {
      titleKey:
        postMortem.teams.length > 0 ? 'timeline.postmortem.owned' : 'timeline.postmortem.unowned',
      params: { reason: postMortem.reason, teams: [...postMortem.teams] },
      detail: summary === '' ? null : summary,
    },
  );
}

export function timelineItems(sources: TimelineSources): TimelineItem[] {
  const { data } = sources;
  const items: TimelineItem[] = [
    ...(data.events ?? []).map((event) =>
      item(event.type.toLowerCase() === 'qbr' ? 'qbr' : 'event', event.id, event.date, {
        title: event.title,
        detail: event.detail,
        params: { type: event.type },
      }),
    ),
    ...contractItems(data),
    ...(data.surveys ?? []).map((survey) =>
      item('survey', survey.id, survey.date, {
        titleKey: `timeline.survey.${survey.kind}`,
        params: { score: survey.score },
        detail: survey.comment,
      }),
    ),
    ...ticketItems(data),
    ...championItems(data),
    ...bandChangeItems(sources.snapshots),
    ...sources.tasks.map((task) =>
      item('trigger', String(task.id), task.createdOn, {
        titleKey: `health.trigger.${task.trigger}`,
        params: { cause: task.cause, status: task.status },
      }),
    ),
    ...sources.experiments.map((experiment) =>
      item('experiment', experiment.id, experiment.rolloutDate, {
        titleKey: 'timeline.experiment.rollout',
        title: experiment.name,
        detail: experiment.hypothesis,
      }),
    ),
    ...sources.notes.map((note) => item('note', String(note.id), note.date, { title: note.text })),
    ...(sources.qbrExports ?? []).map(qbrExportItem),
    ...(sources.postMortems ?? []).map(postMortemItem),
  ];
  // Newest first; on the same day, a fixed kind order and then the id keep pages stable.
  const rank = (kind: TimelineKind) => TIMELINE_KINDS.indexOf(kind);
  return items.sort(
    (a, b) =>
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      rank(a.kind) - rank(b.kind) ||
      a.id.localeCompare(b.id),
  );
}

export function pageTimeline(
  items: readonly TimelineItem[],
  query: { kinds?: readonly TimelineKind[] | undefined; offset: number; limit: number },
): TimelinePage {
  const counts = Object.fromEntries(TIMELINE_KINDS.map((k) => [k, 0])) as Record<
    TimelineKind,
    number
  >;
  for (const entry of items) counts[entry.kind]++;
  const wanted = query.kinds && query.kinds.length > 0 ? new Set(query.kinds) : null;
  const matching = wanted ? items.filter((entry) => wanted.has(entry.kind)) : items;
  return {
    items: matching.slice(query.offset, query.offset + query.limit),
    total: matching.length,
    counts,
  };
}

export function accountExperiments(db: Database, accountId: string): Experiment[] {
  return selectAll(db, 'SELECT * FROM experiments WHERE account_id = ? ORDER BY rollout_date', [
    accountId,
  ]).map((row) => rowToEntity<Experiment>(TABLES.experiments, row));
}

/** The account's exported QBR packs and its saved churn post-mortem, for `timelineItems`. */
export function accountRecordSources(
  db: Database,
  accountId: string,
): Required<Pick<TimelineSources, 'qbrExports' | 'postMortems'>> {
  const { updatedAt, ...postMortem } = getPostMortem(db, accountId);
  // Without a save it is only the draft the Portfolio pre-fills from the churn record.
  const postMortems: TimelinePostMortem[] =
    updatedAt === null
      ? []
      : [
          {
            accountId,
            churnDate: postMortem.churnDate,
            reason: postMortem.reason,
            teams: churnReasonOwners(db)[postMortem.reason],
            couldHaveDone: postMortem.couldHaveDone,
            lessons: postMortem.lessons,
            updatedAt,
          },
        ];
  return { qbrExports: listExports(db, accountId), postMortems };
}
