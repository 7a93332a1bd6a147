// MRR movement between two snapshots, account by account. Every account falls in exactly one
// bucket, so start + new + reactivation + expansion - contraction - churn = end, to the cent.
import type { IsoDate } from '../../domain/entities';
import { hadRevenueBefore, type Book } from './book';

export type MovementKind = 'new' | 'reactivation' | 'expansion' | 'contraction' | 'churn';

export interface AccountMovement {
  accountId: string;
  kind: MovementKind;
  startMrrCents: number;
  endMrrCents: number;
}

export interface MovementTotals {
  startCents: number;
  endCents: number;
  newCents: number;
  reactivationCents: number;
  expansionCents: number;
  contractionCents: number;
  churnCents: number;
  customersAtStart: number;
  customersAtEnd: number;
  newCustomers: number;
  reactivatedCustomers: number;
  churnedCustomers: number;
  retainedCustomers: number;
  movements: AccountMovement[];
}

/**
 * `start` and `end` map each customer to its MRR; `periodFrom` is the period's first day, before
 * which earlier revenue makes a returning account a reactivation rather than a new logo.
 */
export function movementBetween(
  book: Book,
  start: ReadonlyMap<string, number>,
  end: ReadonlyMap<string, number>,
  periodFrom: IsoDate,
): MovementTotals {
  const totals: MovementTotals = {
    startCents: 0,
    endCents: 0,
    newCents: 0,
    reactivationCents: 0,
    expansionCents: 0,
    contractionCents: 0,
    churnCents: 0,
    customersAtStart: start.size,
    customersAtEnd: end.size,
    newCustomers: 0,
    reactivatedCustomers: 0,
    churnedCustomers: 0,
    retainedCustomers: 0,
    movements: [],
  };
  const accountIds = [...new Set([...start.keys(), ...end.keys()])].sort();
  for (const accountId of accountIds) {
    const s = start.get(accountId);
    const e = end.get(accountId);
    const kind = classify(book, accountId, s, e, periodFrom);
    const startMrrCents = s ?? 0;
    const endMrrCents = e ?? 0;
    totals.startCents += startMrrCents;
    totals.endCents += endMrrCents;
    if (s !== undefined && e !== undefined) totals.retainedCustomers += 1;
    if (kind === null) continue;
    totals.movements.push({ accountId, kind, startMrrCents, endMrrCents });
    switch (kind) {
      case 'new':
        totals.newCustomers += 1;
        totals.newCents += endMrrCents;
        break;
      case 'reactivation':
        totals.reactivatedCustomers += 1;
        totals.reactivationCents += endMrrCents;
        break;
      case 'churn':
        totals.churnedCustomers += 1;
        totals.churnCents += startMrrCents;
        break;
      case 'expansion':
        totals.expansionCents += endMrrCents - startMrrCents;
        break;
      case 'contraction':
        totals.contractionCents += startMrrCents - endMrrCents;
        break;
    }
  }
  return totals;
}

function classify(
  book: Book,
  accountId: string,
  s: number | undefined,
  e: number | undefined,
  periodFrom: IsoDate,
): MovementKind | null {
  if (s === undefined)
    return hadRevenueBefore(book, accountId, periodFrom) ? 'reactivation' : 'new';
  if (e === undefined) return 'churn';
  if (e > s) return 'expansion';
  if (e < s) return 'contraction';
  return null;
}
