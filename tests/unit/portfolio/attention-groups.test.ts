import { describe, expect, it } from 'vitest';
import { groupAttention, type AccountMoney } from '../../../src/main/portfolio/attention-groups';
import type { AttentionItem } from '../../../src/shared/ipc/contract/portfolio';

function item(kind: AttentionItem['kind'], accountId: string, extra: Partial<AttentionItem> = {}) {
  return {
    kind,
    accountId,
    accountName: `Name ${accountId}`,
    date: '2026-01-10',
    daysToRenewal: null,
    trigger: null,
    contactName: null,
    ...extra,
  } satisfies AttentionItem;
}

const rates: Record<string, number> = { USD: 1, EUR: 1.1 };
const rateOf = (c: string) => rates[c] ?? null;

describe('groupAttention', () => {
  it('lists each account once with every reason, in the order they came', () => {
    const items = [
      item('red_renewal', 'a', { daysToRenewal: 20 }),
      item('new_trigger', 'b', { trigger: 'usage_drop' }),
      item('new_trigger', 'a', { trigger: 'nps_detractor' }),
      item('champion_left', 'a', { contactName: 'Ann' }),
    ];
    const money = new Map<string, AccountMoney>([
      ['a', { arr: 1000, currency: 'USD' }],
      ['b', { arr: 500, currency: 'USD' }],
    ]);
    const groups = groupAttention(items, money, rateOf);
    expect(groups.map((g) => g.accountId)).toEqual(['a', 'b']);
    expect(groups[0]!.reasons.map((r) => r.kind)).toEqual([
      'red_renewal',
      'new_trigger',
      'champion_left',
    ]);
    expect(groups[0]!.reasons[1]!.trigger).toBe('nps_detractor');
    expect(groups[1]!.reasons).toHaveLength(1);
  });

  it('sorts by ARR at risk in the report currency, converting each account', () => {
    const items = [
      item('new_trigger', 'small'),
      item('new_trigger', 'eur'),
      item('new_trigger', 'big'),
    ];
    const money = new Map<string, AccountMoney>([
      ['small', { arr: 900, currency: 'USD' }],
      // 1,000 EUR is 1,100 USD: above 'small' (900) although its raw amount is lower than 'big'.
      ['eur', { arr: 1000, currency: 'EUR' }],
      ['big', { arr: 5000, currency: 'USD' }],
    ]);
    const groups = groupAttention(items, money, rateOf);
    expect(groups.map((g) => g.accountId)).toEqual(['big', 'eur', 'small']);
    expect(groups.find((g) => g.accountId === 'eur')!.arrAtRisk).toBe(1100);
  });

  it('puts accounts without a rate or ARR after the converted ones, by raw ARR', () => {
    const items = [
      item('new_trigger', 'noArr'),
      item('new_trigger', 'thb'),
      item('new_trigger', 'usd'),
      item('new_trigger', 'try'),
    ];
    const money = new Map<string, AccountMoney>([
      ['noArr', { arr: null, currency: 'USD' }],
      ['thb', { arr: 300_000, currency: 'THB' }],
      ['usd', { arr: 10, currency: 'USD' }],
      ['try', { arr: 900_000, currency: 'TRY' }],
    ]);
    const groups = groupAttention(items, money, rateOf);
    expect(groups.map((g) => g.accountId)).toEqual(['usd', 'try', 'thb', 'noArr']);
    expect(groups[1]!.arrAtRisk).toBeNull();
    expect(groups[1]!.arr).toBe(900_000);
  });

  it('breaks ties in ARR by the number of reasons, then by name', () => {
    const items = [
      item('new_trigger', 'x', { accountName: 'Zeta' }),
      item('new_trigger', 'y', { accountName: 'Alpha' }),
      item('new_trigger', 'z', { accountName: 'Beta' }),
      item('champion_left', 'x', { accountName: 'Zeta' }),
    ];
    const same = { arr: 100, currency: 'USD' };
    const money = new Map<string, AccountMoney>([
      ['x', same],
      ['y', same],
      ['z', same],
    ]);
    expect(groupAttention(items, money, rateOf).map((g) => g.accountName)).toEqual([
      'Zeta',
      'Alpha',
      'Beta',
    ]);
  });

  it('answers nothing for no items', () => {
    expect(groupAttention([], new Map(), rateOf)).toEqual([]);
  });
});
