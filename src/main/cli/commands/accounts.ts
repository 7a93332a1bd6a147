import { listAccounts } from '../../db/repos/accounts';
import type { CliCommand } from '../context';
import { commandOptions, printJson } from '../context';

export const accountsCommand: CliCommand = {
  name: 'accounts',
  usage: 'accounts --workspace FILE [--json]           list the accounts',
  async run(args, services, io) {
    const values = commandOptions(
      this,
      args,
      { workspace: { type: 'string' }, json: { type: 'boolean' } },
      ['workspace'],
    );
    const ws = await services.workspaces.open(values.workspace);
    const accounts = listAccounts(ws.db, { sortBy: 'name', sortDir: 'asc' });
    if (values.json) return printJson(io, accounts);
    for (const a of accounts) {
      io.out(
        [
          a.id,
          a.name,
          a.segment ?? '',
          a.owner ?? '',
          a.arr === null ? '' : `${a.arr} ${a.currency}`,
          a.renewalDate ?? '',
        ].join('\t') + '\n',
      );
    }
  },
};
