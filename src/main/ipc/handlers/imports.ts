import { listBatches, undoBatch } from '../../db/repos/import-batches';
import type { HandlerMap } from './types';

type ImportChannel =
  | 'import:pickFiles'
  | 'import:preview'
  | 'import:commit'
  | 'import:cancel'
  | 'import:history'
  | 'import:undo';

export const importHandlers: HandlerMap<ImportChannel> = {
  'import:pickFiles': async (_input, s) => {
    s.workspaces.require();
    const paths = await s.dialogs.openFiles({
      title: 'Import spreadsheets',
      filters: [{ name: 'Spreadsheets', extensions: ['xlsx', 'csv', 'tsv', 'txt'] }],
    });
    return paths.length === 0 ? null : s.imports.open(paths);
  },
  'import:preview': ({ sessionId, choice }, s) => s.imports.preview(sessionId, choice),
  'import:commit': ({ sessionId, sheets }, s) => s.imports.commit(sessionId, sheets),
  'import:cancel': ({ sessionId }, s) => {
    s.imports.cancel(sessionId);
    return null;
  },
  'import:history': (_input, s) => listBatches(s.workspaces.require().db),
  'import:undo': ({ batchId }, s) => {
    const ws = s.workspaces.require();
    return ws.transaction(() => undoBatch(ws.db, batchId, s.clock.now().toISOString()));
  },
};
