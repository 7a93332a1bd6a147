import { writeFileAtomic } from '../../db/atomic-write';
import { listBatches, undoBatch } from '../../db/repos/import-batches';
import { errorWorkbook } from '../../import/export-errors';
import type { HandlerMap } from './types';

type ImportChannel =
  | 'import:pickFiles'
  | 'import:preview'
  | 'import:commit'
  | 'import:cancel'
  | 'import:history'
  | 'import:undo'
  | 'import:exportErrors';

export const importHandlers: HandlerMap<ImportChannel> = {
  'import:pickFiles': async (_input, s) => {
    s.workspaces.require();
    const paths = await s.dialogs.openFiles({
      title: 'Import spreadsheets',
      filters: [{ name: 'Spreadsheets', extensions: ['xlsx', 'csv', 'tsv', 'txt'] }],
    });
    if (paths.length === 0) return null;
    return s.imports.open(paths, { onProgress: (p) => s.emit('import:progress', p) });
  },
  'import:preview': ({ sessionId, choice }, s) => s.imports.preview(sessionId, choice),
  'import:commit': ({ sessionId, sheets }, s) =>
    s.imports.commit(sessionId, sheets, { onProgress: (p) => s.emit('import:progress', p) }),
  'import:exportErrors': async ({ sheets, locale }, s) => {
    const file = await s.dialogs.saveFile({
      title: 'Save import problems',
      defaultName: 'import-problems.xlsx',
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    });
    if (!file) return null;
    writeFileAtomic(file, await errorWorkbook(sheets, locale));
    return { path: file, rows: sheets.reduce((n, sh) => n + sh.errors.length, 0) };
  },
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
