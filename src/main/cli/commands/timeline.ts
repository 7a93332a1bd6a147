import { parseArgs } from 'node:util';
import { accountTimeline } from '../../timeline/account-timeline';
import { asOfDay } from '../../time/as-of';
import type { CliCommand } from '../context';
import { UsageError, printJson } from '../context';

export const timelineCommand: CliCommand = {
  name: 'timeline',
  usage: 'timeline --workspace FILE --account ID [--json]   the account timeline, newest first',
  async run(args, services, io) {
    const { values } = parseArgs({
      args,
      options: {
        workspace: { type: 'string' },
        account: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    if (!values.workspace || !values.account)
      throw new UsageError('timeline needs --workspace FILE --account ID');
    const ws = await services.workspaces.open(values.workspace);
    const today = asOfDay(ws.db, services);
    const page = accountTimeline(
      ws,
      { accountId: values.account, offset: 0, limit: Number.MAX_SAFE_INTEGER },
      today,
    );
    if (values.json) return printJson(io, page.items);
    for (const item of page.items)
      io.out(`${item.date}\t${item.kind}\t${item.title ?? item.titleKey ?? ''}\n`);
  },
};
