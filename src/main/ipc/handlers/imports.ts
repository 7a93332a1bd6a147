import { PROBLEM_PAGE } from '../../../shared/ipc/contract';
import { listBatches, undoBatch } from '../../db/repos/import-batches';
import type { HandlerMap } from './types';

type ImportChannel =
  | 'import:pickFiles'
  | 'import:preview'
  | 'import:commit'
  | 'import:cancel'
  | 'import:reopen'
  | 'import:history'
  | 'import:undo'
  | 'import:exportErrors'
  | 'import:problems';

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
  'import:reopen': ({ sessionId, fileName, encoding }, s) =>
    s.imports.reopen(
      sessionId,
      { [fileName]: encoding },
      { onProgress: (p) => s.emit('import:progress', p) },
    ),
  'import:commit': ({ sessionId, sheets }, s) => {
    const summary = s.imports.commit(sessionId, sheets, {
      onProgress: (p) => s.emit('import:progress', p),
    });
    // The wizard gets the first page of each sheet's problems and asks for more by page.
    return {
      ...summary,
      sheets: summary.sheets.map((sh) => ({ ...sh, errors: sh.errors.slice(0, PROBLEM_PAGE) })),
    };
  },
  'import:problems': ({ batchId, sheet, offset, limit }, s) =>
    s.imports.problemPage(batchId, sheet, offset, limit),
  'import:exportErrors': async ({ batchId, locale }, s) => {
    const file = await s.dialogs.saveFile({
      title: 'Save import problems',
      defaultName: 'import-problems.xlsx',
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    });
    if (!file) return null;
    // Streamed to a temp file beside `file` and renamed over it: every problem, bounded memory.
    const rows = await s.imports.saveProblems(batchId, file, locale);
    return { path: file, rows };
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
