import { undoBatch } from '../../db/repos/import-batches';
import type { CliCommand } from '../context';
import { UsageError, commandOptions, printJson } from '../context';

export const undoImportCommand: CliCommand = {
  name: 'undo-import',
  usage: 'undo-import --workspace FILE --batch ID [--json]   restore every row an import changed',
  async run(args, services, io) {
    const values = commandOptions(
      this,
      args,
      { workspace: { type: 'string' }, batch: { type: 'string' }, json: { type: 'boolean' } },
      ['workspace'],
    );
    const id = Number(values.batch);
    if (!values.batch || !Number.isInteger(id) || id <= 0)
      throw new UsageError('undo-import needs --batch ID (see: imports)');
    const ws = await services.workspaces.open(values.workspace);
    const batch = ws.transaction(() => undoBatch(ws.db, id, services.clock.now().toISOString()));
    ws.flush();
    if (values.json) return printJson(io, batch);
    io.out(
      `Import ${batch.id} (${batch.source}) undone: ${batch.inserted} rows removed, ${batch.updated} rows restored.\n`,
    );
  },
};
