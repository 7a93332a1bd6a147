import type { PortfolioMetrics } from '../../../shared/analytics/portfolio';
import { CurrencyCode, IsoDate } from '../../../shared/domain/entities';
import { AppError } from '../../../shared/ipc/result';
import { reviewQuarter } from '../../../shared/analytics/portfolio/periods';
import { metricsFor } from '../../portfolio/metrics';
import { asOfDay } from '../../time/as-of';
import type { CliCommand, CliIo } from '../context';
import { UsageError, commandOptions, printJson } from '../context';

export const portfolioCommand: CliCommand = {
  name: 'portfolio',
  usage:
    'portfolio --workspace FILE [--from DATE --to DATE] [--segment S] [--owner O] [--currency CUR] [--json]\n' +
    '                                               retention, churn, MRR movement, GRR/NRR for a period\n' +
    '                                               (default: the quarter reviewed as of the as-of date)',
  async run(args, services, io) {
    const values = commandOptions(
      this,
      args,
      {
        workspace: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        segment: { type: 'string' },
        owner: { type: 'string' },
        currency: { type: 'string' },
        json: { type: 'boolean' },
      },
      ['workspace'],
    );
    if ((values.from === undefined) !== (values.to === undefined))
      throw new UsageError('portfolio needs both --from and --to, or neither');
    if (values.from !== undefined && !IsoDate.safeParse(values.from).success)
      throw new UsageError('portfolio needs --from YYYY-MM-DD');
    if (values.to !== undefined && !IsoDate.safeParse(values.to).success)
      throw new UsageError('portfolio needs --to YYYY-MM-DD');
    const currency = values.currency?.toUpperCase();
    if (currency !== undefined && !CurrencyCode.safeParse(currency).success)
      throw new UsageError('--currency must be a 3-letter code such as USD');
    const ws = await services.workspaces.open(values.workspace);
    const period =
      values.from !== undefined && values.to !== undefined
        ? { kind: 'custom' as const, from: values.from, to: values.to }
        : { kind: 'quarter' as const, quarter: reviewQuarter(asOfDay(ws.db, services)) };
    const answer = metricsFor(ws.db, {
      period,
      segment: values.segment,
      owner: values.owner,
      currency,
    });
    if (answer.metrics === null) {
      throw new AppError(
        'INVALID_INPUT',
        `No exchange rate into ${answer.currency} for ${answer.missingRates.join(', ')}; enter the rates in Settings or pass --currency.`,
      );
    }
    if (values.json) return printJson(io, answer.metrics);
    printSummary(io, answer.metrics);
  },
};

function printSummary(io: CliIo, m: PortfolioMetrics): void {
  const pct = (p: number | null) => (p === null ? 'n/a' : `${p.toFixed(1)}%`);
  const money = (n: number) => `${n.toFixed(2)} ${m.currency}`;
  const c = m.customers;
  io.out(
    [
      `Period ${m.period.from} .. ${m.period.to}` +
        (m.filters.segment ? `, segment ${m.filters.segment}` : '') +
        (m.filters.owner ? `, owner ${m.filters.owner}` : ''),
      `Customers: start ${c.start}, end ${c.end}, new ${c.new}, reactivated ${c.reactivated}, churned ${c.churned}`,
      `Customer retention ${pct(m.customerRetention.percent)}, logo churn ${pct(m.logoChurn.percent)}`,
      `MRR: start ${money(m.mrr.start)}, new ${money(m.mrr.new)}, reactivation ${money(m.mrr.reactivation)}, expansion ${money(m.mrr.expansion)}, contraction ${money(m.mrr.contraction)}, churn ${money(m.mrr.churn)}, end ${money(m.mrr.end)}`,
      `ARR end ${money(m.arr.end)}; GRR ${pct(m.grossRevenueRetention.percent)}, NRR ${pct(m.netRevenueRetention.percent)}`,
      m.exceedsAcceptableChurn ? 'Churn is above the acceptable rate.' : '',
    ]
      .filter((line) => line !== '')
      .join('\n') + '\n',
  );
}
