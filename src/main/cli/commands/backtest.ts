import { parseArgs } from 'node:util';
import { backtestWorkspace } from '../../health/views';
import { asOfDay } from '../../time/as-of';
import type { CliCommand } from '../context';
import { UsageError, printJson } from '../context';

const pct = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);

export const backtestCommand: CliCommand = {
  name: 'backtest',
  usage:
    'backtest --workspace FILE --horizon DAYS [--json]   how well the score foresaw churn (AUC, rows per account)',
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
    // As of the workspace's as-of date, never the clock: the same data give the same answer.
    const result = backtestWorkspace(ws, horizon, asOfDay(ws.db, services));
    if (values.json) return printJson(io, result);
    io.out(
      `As of ${result.asOf}, horizon ${horizon} days: AUC ${result.auc === null ? 'n/a' : result.auc.toFixed(3)} (${result.churned} churned, ${result.renewed} renewed, ${result.excluded.length} without a score)\n`,
    );
    for (const [band, b] of Object.entries(result.bands))
      io.out(
        `${band}\t${b.accounts} accounts\t${b.churnRate === null ? 'n/a' : `${(b.churnRate * 100).toFixed(1)}% churned`}\n`,
      );
    io.out(
      `red:           precision ${pct(result.red.precision)}, recall ${pct(result.red.recall)}\n` +
        `red or yellow: precision ${pct(result.redOrYellow.precision)}, recall ${pct(result.redOrYellow.recall)}\n` +
        `median lead time from first red week to churn: ${result.leadTime.medianDays ?? 'n/a'} days (${result.leadTime.accounts} accounts; ${result.leadTime.neverRed} never red)\n`,
    );
    for (const d of result.deciles)
      io.out(
        `decile ${d.decile}\tscores ${d.minScore.toFixed(1)}-${d.maxScore.toFixed(1)}\t${d.churned}/${d.accounts} churned\n`,
      );
    io.out('account\tcut-off\tscore\tband\toutcome\toutcome date\n');
    for (const r of result.rows)
      io.out(
        `${r.accountId}\t${r.cutoff}\t${r.score === null ? '-' : r.score.toFixed(1)}\t${r.band ?? '-'}\t${r.outcome}\t${r.outcomeDate}\n`,
      );
  },
};
