// "Needs attention" per account rather than per trigger: a CSM acts on an account, so each account
// appears once with every reason it fired, and the accounts that put the most ARR at risk come first.
import type { AttentionGroup, AttentionItem } from '../../shared/ipc/contract/portfolio';

export interface AccountMoney {
  arr: number | null;
  currency: string;
}

/**
 * Groups the items by account, keeping each account's reasons in the order given (most urgent
 * kind first). Sorted by ARR in the report currency, largest first; accounts whose rate is
 * missing or whose ARR is unknown follow, by raw ARR, then by how many reasons fired, then name.
 */
export function groupAttention(
  items: readonly AttentionItem[],
  money: ReadonlyMap<string, AccountMoney>,
  rateOf: (currency: string) => number | null,
): AttentionGroup[] {
  const groups = new Map<string, AttentionGroup>();
  for (const item of items) {
    let group = groups.get(item.accountId);
    if (!group) {
      const m = money.get(item.accountId);
      const rate = m ? rateOf(m.currency) : null;
      const arr = m?.arr ?? null;
      group = {
        accountId: item.accountId,
        accountName: item.accountName,
        arr,
        currency: m?.currency ?? '',
        arrAtRisk: arr === null || rate === null ? null : Math.round(arr * rate * 100) / 100,
        reasons: [],
      };
      groups.set(item.accountId, group);
    }
    group.reasons.push(item);
  }
  return [...groups.values()].sort(byRisk);
}

function byRisk(a: AttentionGroup, b: AttentionGroup): number {
  if ((a.arrAtRisk === null) !== (b.arrAtRisk === null)) return a.arrAtRisk === null ? 1 : -1;
  const converted = (b.arrAtRisk ?? 0) - (a.arrAtRisk ?? 0);
  if (converted !== 0) return converted;
  const raw = (b.arr ?? -1) - (a.arr ?? -1);
  if (a.arrAtRisk === null && raw !== 0) return raw;
  return (
    b.reasons.length - a.reasons.length ||
    a.accountName.localeCompare(b.accountName) ||
    a.accountId.localeCompare(b.accountId)
  );
}
