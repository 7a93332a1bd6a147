// The account timeline reads every domain (health snapshots and tasks, notes, contracts, surveys,
// experiments, post-mortems, QBR exports), so it lives above them rather than inside health/.
import type { IsoDate } from '../../shared/domain/entities';
import type { TimelineKind, TimelinePage } from '../../shared/ipc/contract';
import { getAccount } from '../db/repos/accounts';
import type { Workspace } from '../db/workspace';
import { loadAccountData } from '../health/load';
import { modelVersions } from '../health/model-store';
import { listNotes } from '../health/note-store';
import { ensureHealthFresh } from '../health/recompute';
import { readSnapshots } from '../health/snapshot-store';
import { listTasks } from '../health/task-store';
import { accountExperiments, accountRecordSources, pageTimeline, timelineItems } from './items';

/** One page of the account's timeline, with health brought up to date as of `asOf` first. */
export function accountTimeline(
  ws: Workspace,
  query: { accountId: string; kinds?: TimelineKind[] | undefined; offset: number; limit: number },
  asOf: IsoDate,
): TimelinePage {
  ensureHealthFresh(ws, asOf);
  const account = getAccount(ws.db, query.accountId);
  const items = timelineItems({
    data: loadAccountData(ws.db, account),
    snapshots: readSnapshots(ws.db, account.id, modelVersions(ws.db)),
    tasks: listTasks(ws.db, { accountId: account.id }),
    notes: listNotes(ws.db, account.id),
    experiments: accountExperiments(ws.db, account.id),
    ...accountRecordSources(ws.db, account.id),
  });
  return pageTimeline(items, query);
}
