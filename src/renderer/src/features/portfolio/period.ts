import type { PeriodInput } from '../../../../shared/ipc/contract';

/** The last complete calendar quarter before `today`: what a QBR usually looks back on. */
export function previousQuarter(today: Date): PeriodInput {
  const quarter = Math.floor(today.getUTCMonth() / 3);
  const year = quarter === 0 ? today.getUTCFullYear() - 1 : today.getUTCFullYear();
  return { kind: 'quarter', quarter: `${year}-Q${quarter === 0 ? 4 : quarter}` };
}

/** Switches the kind of period, keeping it near the one shown. */
export function periodOfKind(kind: PeriodInput['kind'], from: string, to: string): PeriodInput {
  const year = Number(to.slice(0, 4));
  switch (kind) {
    case 'month':
      return { kind, month: to.slice(0, 7) };
    case 'quarter':
      return { kind, quarter: `${year}-Q${Math.floor((Number(to.slice(5, 7)) - 1) / 3) + 1}` };
    case 'year':
      return { kind, year };
    case 'custom':
      return { kind, from, to };
  }
}
