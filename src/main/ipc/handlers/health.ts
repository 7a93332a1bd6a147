import { todayOf } from '../../platform/clock';
import { addNote } from '../../health/note-store';
import { currentModel, saveModelVersion } from '../../health/model-store';
import { getPlaybook, savePlaybook } from '../../health/playbook-store';
import { closeTask, listTasks } from '../../health/task-store';
import {
  accountContacts,
  accountOverview,
  accountSurveys,
  accountTickets,
  accountUsage,
  backtestWhatIf,
  backtestWorkspace,
  explainWeek,
  portfolioRows,
  snapshotSeries,
} from '../../health/views';
import { getAccount } from '../../db/repos/accounts';
import { accountTimeline } from '../../timeline/account-timeline';
import { asOfDay, asOfOverride, setStoredAsOf, workspaceAsOf } from '../../time/as-of';
import type { Services } from '../../services';
import type { HandlerMap } from './types';
import { AppError } from '../../../shared/ipc/result';

type HealthChannel =
  | 'health:overview'
  | 'health:snapshots'
  | 'health:explain'
  | 'health:recompute'
  | 'health:backtest'
  | 'health:backtestWhatIf'
  | 'health:asOf'
  | 'health:setAsOf'
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

const ws = (s: Services) => s.workspaces.require();
/** Scores, triggers and the backtest are computed as of the workspace's as-of date. */
const today = (s: Services) => asOfDay(ws(s).db, s);
/** Waits, without holding the main process, until the snapshots are current. */
const fresh = async (s: Services) => {
  await s.health.fresh(ws(s), today(s));
};
/** Starts rescoring now rather than at the next read; readers wait for it either way. */
const refreshSoon = (s: Services) => {
  s.health.fresh(ws(s), today(s)).catch((err: unknown) => {
    // A workspace closed before its scores were computed is not a failure: they went with it.
    if (err instanceof AppError && err.code === 'NO_WORKSPACE') return;
    console.error('[health] background recompute failed:', err);
  });
};

export const healthHandlers: HandlerMap<HealthChannel> = {
  'health:overview': async ({ accountId }, s) => {
    await fresh(s);
    return accountOverview(ws(s), accountId, today(s));
  },
  'health:snapshots': async ({ accountId }, s) => {
    await fresh(s);
    return snapshotSeries(ws(s), accountId, today(s));
  },
  'health:explain': async ({ accountId, date }, s) => {
    await fresh(s);
    return explainWeek(ws(s), accountId, date, today(s));
  },
  'health:recompute': (_input, s) => s.health.recompute(ws(s), today(s)),
  'health:backtest': async ({ horizonDays }, s) => {
    await fresh(s);
    return backtestWorkspace(ws(s), horizonDays, today(s));
  },
  'health:backtestWhatIf': async ({ horizonDays, model }, s) => {
    await fresh(s);
    const w = ws(s);
    const current = backtestWorkspace(w, horizonDays, today(s));
    const edited = { ...model, version: current.modelVersion + 1 };
    return { current, edited: backtestWhatIf(w, edited, horizonDays, today(s)) };
  },
  'health:asOf': (_input, s) => workspaceAsOf(ws(s).db, s.clock, asOfOverride(s)),
  'health:setAsOf': ({ date }, s) => {
    const w = ws(s);
    w.transaction(() => setStoredAsOf(w.db, date));
    refreshSoon(s);
    return workspaceAsOf(w.db, s.clock, asOfOverride(s));
  },
  'health:modelGet': (_input, s) => currentModel(ws(s).db),
  // Readers never see the new model's version beside the old model's scores: they wait for
  // the rescoring, which starts at once.
  'health:modelUpdate': ({ model }, s) => {
    const w = ws(s);
    const stored = w.transaction(() => saveModelVersion(w.db, model, s.clock.now().toISOString()));
    refreshSoon(s);
    return stored;
  },
  'health:playbookGet': (_input, s) => getPlaybook(ws(s).db),
  'health:playbookUpdate': ({ playbook }, s) => {
    const w = ws(s);
    const saved = w.transaction(() => savePlaybook(w.db, playbook));
    refreshSoon(s);
    return saved;
  },
  'account:timeline': async (query, s) => {
    await fresh(s);
    return accountTimeline(ws(s), query, today(s));
  },
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
        { accountId, text, date: date ?? todayOf(s.clock) },
        s.clock.now().toISOString(),
      );
    });
  },
  'portfolio:rows': async (_input, s) => {
    await fresh(s);
    return portfolioRows(ws(s), today(s));
  },
};
