import { todayOf } from '../../platform/clock';
import { parseArgs } from 'node:util';
import { backtestWorkspace } from '../../health/views';
import type { CliCommand } from '../context';
import { UsageError, printJson } from '../context';

export const backtestCommand: CliCommand = {
  name: 'backtest',
  usage:
    'backtest --workspace FILE --horizon DAYS [--json]   how well the score foresaw churn (AUC, churn per band)',
  async run(args, services, io) {
    const { values } = parseArgs({
      args,
      options: {
        workspace: { type: 'string' },
        horizon: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const horizon = Number(values.horizon);
    if (!values.workspace || !Number.isInteger(horizon) || horizon < 0)
      throw new UsageError('backtest needs --workspace FILE --horizon DAYS (a whole number)');
    const ws = await services.workspaces.open(values.workspace);
    const result = backtestWorkspace(ws, horizon, todayOf(services.clock));
    if (values.json) return printJson(io, result);
    io.out(
      `AUC ${result.auc === null ? 'n/a' : result.auc.toFixed(3)} (${result.churned} churned, ${result.renewed} renewed, ${result.excluded.length} without a score)\n`,
    );
    for (const [band, b] of Object.entries(result.bands))
      io.out(
        `${band}\t${b.accounts} accounts\t${b.churnRate === null ? 'n/a' : `${(b.churnRate * 100).toFixed(1)}% churned`}\n`,
      );
  },
};
