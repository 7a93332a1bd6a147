import { addNote } from '../../health/note-store';
import { currentModel, saveModelVersion } from '../../health/model-store';
import { getPlaybook, savePlaybook } from '../../health/playbook-store';
import { recomputeHealth } from '../../health/recompute';
import { closeTask, listTasks } from '../../health/task-store';
import {
  accountContacts,
  accountOverview,
  accountSurveys,
  accountTickets,
  accountTimeline,
  accountUsage,
  backtestWorkspace,
  explainWeek,
  portfolioRows,
  snapshotSeries,
} from '../../health/views';
import { getAccount } from '../../db/repos/accounts';
import type { Services } from '../../services';
import type { HandlerMap } from './types';

type HealthChannel =
  | 'health:overview'
  | 'health:snapshots'
  | 'health:explain'
  | 'health:recompute'
  | 'health:backtest'
  | 'health:modelGet'
  | 'health:modelUpdate'
  | 'health:playbookGet'
  | 'health:playbookUpdate'
  | 'account:timeline'
  | 'account:usage'
  | 'account:surveys'
  | 'account:tickets'
  | 'account:contacts'
  | 'tasks:list'
  | 'tasks:complete'
  | 'tasks:dismiss'
  | 'notes:add'
  | 'portfolio:rows';

const today = (s: Services) => s.clock.now().toISOString().slice(0, 10);
const ws = (s: Services) => s.workspaces.require();

export const healthHandlers: HandlerMap<HealthChannel> = {
  'health:overview': ({ accountId }, s) => accountOverview(ws(s), accountId, today(s)),
  'health:snapshots': ({ accountId }, s) => snapshotSeries(ws(s), accountId, today(s)),
  'health:explain': ({ accountId, date }, s) => explainWeek(ws(s), accountId, date, today(s)),
  'health:recompute': (_input, s) => recomputeHealth(ws(s), today(s)),
  'health:backtest': ({ horizonDays }, s) => backtestWorkspace(ws(s), horizonDays, today(s)),
  'health:modelGet': (_input, s) => currentModel(ws(s).db),
  // A new model version and the scores it makes land together, or not at all.
  'health:modelUpdate': ({ model }, s) => {
    const w = ws(s);
    return w.transaction(() => {
      const stored = saveModelVersion(w.db, model, s.clock.now().toISOString());
      recomputeHealth(w, today(s));
      return stored;
    });
  },
  'health:playbookGet': (_input, s) => getPlaybook(ws(s).db),
  'health:playbookUpdate': ({ playbook }, s) => {
    const w = ws(s);
    return w.transaction(() => {
      const saved = savePlaybook(w.db, playbook);
      recomputeHealth(w, today(s));
      return saved;
    });
  },
  'account:timeline': (query, s) => accountTimeline(ws(s), query, today(s)),
  'account:usage': ({ accountId }, s) => accountUsage(ws(s), accountId),
  'account:surveys': ({ accountId }, s) => accountSurveys(ws(s), accountId),
  'account:tickets': ({ accountId }, s) => accountTickets(ws(s), accountId),
  'account:contacts': ({ accountId }, s) => accountContacts(ws(s), accountId),
  'tasks:list': (query, s) => listTasks(ws(s).db, query),
  'tasks:complete': ({ id }, s) => {
    const w = ws(s);
    return w.transaction(() => closeTask(w.db, id, 'done', null, s.clock.now().toISOString()));
  },
  'tasks:dismiss': ({ id, reason }, s) => {
    const w = ws(s);
    return w.transaction(() =>
      closeTask(w.db, id, 'dismissed', reason, s.clock.now().toISOString()),
    );
  },
  'notes:add': ({ accountId, text, date }, s) => {
    const w = ws(s);
    return w.transaction(() => {
      getAccount(w.db, accountId);
      return addNote(
        w.db,
        { accountId, text, date: date ?? today(s) },
        s.clock.now().toISOString(),
      );
    });
  },
  'portfolio:rows': (_input, s) => portfolioRows(ws(s), today(s)),
};
