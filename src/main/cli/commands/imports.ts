import { listBatches } from '../../db/repos/import-batches';
import type { CliCommand } from '../context';
import { commandOptions, printJson } from '../context';

export const importsCommand: CliCommand = {
  name: 'imports',
  usage: 'imports --workspace FILE [--json]            list the import batches, newest first',
  async run(args, services, io) {
    const values = commandOptions(
      this,
      args,
      { workspace: { type: 'string' }, json: { type: 'boolean' } },
      ['workspace'],
    );
    const ws = await services.workspaces.open(values.workspace);
    const batches = listBatches(ws.db);
    if (values.json) return printJson(io, batches);
    for (const b of batches) {
      io.out(
        `${b.id}\t${b.createdAt}\t${b.inserted} inserted\t${b.updated} updated\t${b.undoneAt ? `undone ${b.undoneAt}` : 'applied'}\t${b.source}\n`,
      );
    }
  },
};
