import { listExperimentSummaries } from '../../experiments/service';
import type { CliCommand } from '../context';
import { commandOptions, printJson } from '../context';

export const experimentsCommand: CliCommand = {
  name: 'experiments',
  usage:
    'experiments --workspace FILE [--account ID] [--json]   list experiments with their primary verdict',
  async run(args, services, io) {
    const values = commandOptions(
      this,
      args,
      { workspace: { type: 'string' }, account: { type: 'string' }, json: { type: 'boolean' } },
      ['workspace'],
    );
    const ws = await services.workspaces.open(values.workspace);
    const list = listExperimentSummaries(ws, services.clock.now().toISOString(), values.account);
    if (values.json) return printJson(io, list);
    for (const e of list) {
      io.out(
        [e.id, e.accountId, e.name, e.primaryKpi, e.rolloutDate, e.verdict ?? 'no data'].join(
          '\t',
        ) + '\n',
      );
    }
  },
};
