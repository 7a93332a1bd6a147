import { todayOf } from '../../platform/clock';
import type { QbrChannel } from '../../../shared/ipc/contract/qbr';
import { AppError } from '../../../shared/ipc/result';
import { getAccount } from '../../db/repos/accounts';
import { exportBatch } from '../../qbr/batch';
import { listExports } from '../../qbr/export-log';
import { chooseReportPath, confirmBatchFolder } from '../../qbr/pack-files';
import { getNarrative, saveNarrative } from '../../qbr/narrative-store';
import { workspaceQuarters } from '../../qbr/quarters';
import { documentFor, exportPack, previewOf, uiLanguage } from '../../qbr/service';
import type { Services } from '../../services';
import { asOfDay } from '../../time/as-of';
import { presenterAnswer, removeLogo, setPresenter, storeLogoFile } from '../../qbr/presenter';
import type { HandlerMap } from './types';

const today = (s: Services) => todayOf(s.clock);
/** The date the workspace's data are current to: health and the default quarter follow it. */
const asOf = (s: Services) => asOfDay(s.workspaces.require().db, s);
const docOpts = (s: Services) => ({ asOf: asOf(s), appVersion: s.appVersion });
const now = (s: Services) => s.clock.now().toISOString();

/** Batch exports in progress, by the job id the renderer chose, so a cancel can reach them. */
const runningBatches = new Map<string, AbortController>();

export const qbrHandlers: HandlerMap<QbrChannel> = {
  'qbr:quarters': (_input, s) => workspaceQuarters(s.workspaces.require().db, asOf(s)),
  'qbr:narrativeGet': ({ accountId, quarter }, s) => {
    const ws = s.workspaces.require();
    getAccount(ws.db, accountId);
    return getNarrative(ws.db, accountId, quarter, uiLanguage(ws));
  },
  'qbr:narrativeSave': ({ accountId, quarter, narrative }, s) => {
    const ws = s.workspaces.require();
    return ws.transaction(() => {
      getAccount(ws.db, accountId);
      return saveNarrative(ws.db, accountId, quarter, narrative, now(s));
    });
  },
  'qbr:preview': async (req, s) => {
    const ws = s.workspaces.require();
    await s.health.fresh(ws, asOf(s));
    return previewOf(documentFor(ws, req, today(s), docOpts(s)));
  },
  'qbr:exportOne': async (req, s) => {
    const ws = s.workspaces.require();
    await s.health.fresh(ws, asOf(s));
    const doc = documentFor(ws, req, today(s), docOpts(s));
    // The dialog names the decks written beside the report; existing ones are replaced only if confirmed.
    const file = await chooseReportPath(s.dialogs, doc, uiLanguage(ws));
    if (file === null) return null;
    return exportPack(ws, doc, file, now(s));
  },
  'qbr:exportBatch': async (req, s) => {
    const ws = s.workspaces.require();
    if (runningBatches.has(req.jobId)) {
      throw new AppError('CONFLICT', 'This export is already running.');
    }
    const folder = await s.dialogs.chooseFolder({ title: 'Export QBR packs' });
    if (folder === null) return null;
    // An earlier export's packs in that folder are replaced only if the user agrees.
    if (!(await confirmBatchFolder(s.dialogs, folder, req.quarter, uiLanguage(ws)))) return null;
    const controller = new AbortController();
    runningBatches.set(req.jobId, controller);
    await s.health.fresh(ws, asOf(s));
    try {
      return await exportBatch(ws, {
        ...req,
        folder,
        today: today(s),
        ...docOpts(s),
        at: () => now(s),
        defaultLanguage: uiLanguage(ws),
        signal: controller.signal,
        onProgress: (progress) => s.emit('export:progress', progress),
      });
    } finally {
      runningBatches.delete(req.jobId);
    }
  },
  'qbr:exportCancel': ({ jobId }) => {
    runningBatches.get(jobId)?.abort();
    return null;
  },
  'qbr:presenterGet': (_input, s) => presenterAnswer(s.workspaces.require().db),
  'qbr:presenterSet': (input, s) => {
    const ws = s.workspaces.require();
    return ws.transaction(() => setPresenter(ws.db, input));
  },
  'qbr:presenterLogoChoose': async (_input, s) => {
    const ws = s.workspaces.require();
    const [file] = await s.dialogs.openFiles({
      title: 'Logo',
      filters: [{ name: 'PNG or SVG', extensions: ['png', 'svg'] }],
    });
    if (file === undefined) return null;
    return ws.transaction(() => storeLogoFile(ws.db, file));
  },
  'qbr:presenterLogoRemove': (_input, s) => {
    const ws = s.workspaces.require();
    return ws.transaction(() => removeLogo(ws.db));
  },
  'qbr:exports': ({ accountId }, s) => {
    const ws = s.workspaces.require();
    getAccount(ws.db, accountId);
    return listExports(ws.db, accountId);
  },
};
