import { parseArgs } from 'node:util';
import { listAccounts } from '../../db/repos/accounts';
import type { CliCommand } from '../context';
import { UsageError, printJson } from '../context';

export const accountsCommand: CliCommand = {
  name: 'accounts',
  usage: 'accounts --workspace FILE [--json]           list the accounts',
  async run(args, services, io) {
    const { values } = parseArgs({
      args,
      options: { workspace: { type: 'string' }, json: { type: 'boolean' } },
    });
    if (!values.workspace) throw new UsageError('accounts needs --workspace FILE');
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
