// "Needs attention this week": red accounts renewing soon, triggers that fired recently, and
// champions who left recently. Health-based items need the health tables; champions do not.
import type { Database } from 'sql.js';
import { addDays, daysBetween } from '../../shared/analytics/portfolio';
import type { IsoDate } from '../../shared/domain/entities';
import type { AttentionAnswer, AttentionItem } from '../../shared/ipc/contract/portfolio';
import { selectAll } from '../db/repos/rows';
import { getSettings } from '../db/repos/settings';
import { goalsNeedingAttention } from '../goals/service';
import { groupAttention, type AccountMoney } from './attention-groups';
import { fxRatesFor } from './fx-rates';
import { healthByAccount, newTriggers } from './health-data';

export interface AttentionOptions {
  asOf: IsoDate;
  /** Red accounts whose renewal falls within this many days. */
  renewalDays: number;
  /** Triggers and champion departures this many days back count as new. */
  recentDays: number;
}

const KIND_ORDER: Record<AttentionItem['kind'], number> = {
  red_renewal: 0,
  champion_left: 1,
  new_trigger: 2,
  goal_at_risk: 3,
};

export function attentionFor(db: Database, opts: AttentionOptions): AttentionAnswer {
  const { asOf } = opts;
  const since = addDays(asOf, -opts.recentDays);
  const names = new Map(
    selectAll(db, 'SELECT id, name, renewal_date, churned, arr, currency FROM accounts').map(
      (r) => [
        String(r.id),
        {
          name: String(r.name),
          renewal: r.renewal_date as string | null,
          churned: r.churned === 1,
          arr: typeof r.arr === 'number' ? r.arr : null,
          currency: String(r.currency),
        },
      ],
    ),
  );
  const nameOf = (id: string) => names.get(id)?.name ?? id;
  const items: AttentionItem[] = [];
  const health = healthByAccount(db, asOf, 1);

  for (const [id, account] of names) {
    if (account.churned || account.renewal === null || health?.get(id)?.band !== 'red') continue;
    const days = daysBetween(asOf, account.renewal);
    if (days < 0 || days > opts.renewalDays) continue;
    items.push(item('red_renewal', id, nameOf(id), account.renewal, { daysToRenewal: days }));
  }
  for (const t of newTriggers(db, since, asOf)) {
    if (names.get(t.accountId)?.churned) continue; // nothing left to save on a churned account
    items.push(
      item('new_trigger', t.accountId, nameOf(t.accountId), t.createdOn, { trigger: t.trigger }),
    );
  }
  const champions = selectAll(
    db,
    `SELECT account_id, name, end_date FROM contacts
     WHERE is_champion = 1 AND end_date IS NOT NULL AND end_date > ? AND end_date <= ?`,
    [since, asOf],
  );
  for (const c of champions) {
    const id = String(c.account_id);
    if (names.get(id)?.churned) continue;
    items.push(
      item('champion_left', id, nameOf(id), String(c.end_date), { contactName: String(c.name) }),
    );
  }
  // Success-plan goals at risk or off track as of the day, dated by their due date.
  for (const g of goalsNeedingAttention(db, asOf)) {
    if (names.get(g.accountId)?.churned) continue;
    items.push(
      item('goal_at_risk', g.accountId, nameOf(g.accountId), g.dueDate, { goalTitle: g.title }),
    );
  }
  items.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.kind === 'red_renewal' ? a.date.localeCompare(b.date) : b.date.localeCompare(a.date)) ||
      a.accountName.localeCompare(b.accountName),
  );
  const currency = getSettings(db).reportCurrency;
  const rates = fxRatesFor(db, currency);
  const money = new Map<string, AccountMoney>(
    [...names].map(([id, a]) => [id, { arr: a.arr, currency: a.currency }]),
  );
  const groups = groupAttention(items, money, (c) => (c === currency ? 1 : (rates[c] ?? null)));
  return { asOf, healthAvailable: health !== null, items, groups, currency };
}

function item(
  kind: AttentionItem['kind'],
  accountId: string,
  accountName: string,
  date: IsoDate,
  extra: Partial<Pick<AttentionItem, 'daysToRenewal' | 'trigger' | 'contactName' | 'goalTitle'>>,
): AttentionItem {
  return {
    kind,
    accountId,
    accountName,
    date,
    daysToRenewal: extra.daysToRenewal ?? null,
    trigger: extra.trigger ?? null,
    contactName: extra.contactName ?? null,
    ...(kind === 'goal_at_risk' ? { goalTitle: extra.goalTitle ?? null } : {}),
  };
}
