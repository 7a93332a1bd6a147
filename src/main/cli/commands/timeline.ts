import { accountTimeline } from '../../timeline/account-timeline';
import { asOfDay } from '../../time/as-of';
import type { CliCommand } from '../context';
import { commandOptions, printJson } from '../context';

export const timelineCommand: CliCommand = {
  name: 'timeline',
  usage: 'timeline --workspace FILE --account ID [--json]   the account timeline, newest first',
  async run(args, services, io) {
    const values = commandOptions(
      this,
      args,
      { workspace: { type: 'string' }, account: { type: 'string' }, json: { type: 'boolean' } },
      ['workspace', 'account'],
    );
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
