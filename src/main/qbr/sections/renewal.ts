// Renewal and commercial: ARR, renewal date, the contract in force at the quarter's end and
// the contract changes during the quarter.
import type { ContractLine, IsoDate } from '../../../shared/domain/entities';
import { daysBetween } from '../../../shared/analytics/portfolio/dates';
import type { Metric, QbrSection } from '../../../shared/qbr/document';
import { formatDate, formatMoney, formatNumber } from '../../export/labels';
import type { QbrContext } from '../context';
import { inPeriod } from '../context';
import { noData, withData } from './section';

/** Lines covering `date`: a line runs over [startDate, endDate). */
export function linesOn(lines: readonly ContractLine[], date: IsoDate): ContractLine[] {
  return lines.filter((l) => l.startDate <= date && (l.endDate === null || l.endDate > date));
}

export function mrrOn(lines: readonly ContractLine[], date: IsoDate): number {
  return linesOn(lines, date)
    .filter((l) => !l.isTrial)
    .reduce((sum, l) => sum + l.mrr, 0);
}

/** ARR at the quarter's end from the contract lines, else the account's own figure. */
export function arrAt(ctx: QbrContext): { amount: number; currency: string } | null {
  const lines = ctx.data.contracts ?? [];
  const active = linesOn(lines, ctx.period.to).filter((l) => !l.isTrial);
  if (active.length > 0) {
    return { amount: mrrOn(lines, ctx.period.to) * 12, currency: active[0]!.currency };
  }
  return ctx.account.arr === null
    ? null
    : { amount: ctx.account.arr, currency: ctx.account.currency };
}

export function renewalSection(ctx: QbrContext): QbrSection {
  const { t, language, account } = ctx;
  const lines = ctx.data.contracts ?? [];
  if (lines.length === 0 && account.arr === null && account.renewalDate === null) {
    return noData(ctx, 'renewal');
  }
  const arr = arrAt(ctx);
  const money = (n: number) => formatMoney(n, arr?.currency ?? account.currency, language);
  const metrics: Metric[] = [{ label: t('qbr.renewal.arr'), value: arr ? money(arr.amount) : '–' }];
  if (account.renewalDate) {
    metrics.push(
      { label: t('qbr.renewal.date'), value: formatDate(account.renewalDate, language) },
      {
        label: t('qbr.renewal.days'),
        value: formatNumber(daysBetween(ctx.period.to, account.renewalDate), language, 0),
      },
    );
  }
  const active = linesOn(lines, ctx.period.to).filter((l) => !l.isTrial);
  const base = active.find((l) => l.seats !== null) ?? active[0];
  if (base) {
    const seats = active.reduce((sum, l) => sum + (l.seats ?? 0), 0);
    metrics.push({
      label: t('qbr.renewal.plan'),
      value:
        seats > 0
          ? t('qbr.renewal.planSeats', {
              plan: base.plan ?? '–',
              seats: formatNumber(seats, language, 0),
            })
          : (base.plan ?? '–'),
    });
  }
  const notes: string[] = [];
  if (active.some((l) => l.autoRenew === true)) notes.push(t('qbr.renewal.autoRenew'));
  else if (active.some((l) => l.autoRenew === false) && account.renewalDate) {
    notes.push(t('qbr.renewal.manualRenew', { date: formatDate(account.renewalDate, language) }));
  }
  if (lines.length > 0) {
    const from = mrrOn(lines, ctx.period.from);
    const to = mrrOn(lines, ctx.period.to);
    if (Math.abs(to - from) >= 0.5)
      notes.push(t('qbr.renewal.mrrChange', { from: money(from), to: money(to) }));
  }
  for (const line of lines.filter((l) => inPeriod(l.startDate, ctx.period))) {
    const date = formatDate(line.startDate, language);
    const plan = line.plan ?? '–';
    if (line.upgrade) notes.push(t('qbr.renewal.upgrade', { date, plan }));
    if (line.downgrade) notes.push(t('qbr.renewal.downgrade', { date, plan }));
  }
  return withData(ctx, 'renewal', { metrics, notes });
}
