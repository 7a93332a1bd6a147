import { describe, expect, it } from 'vitest';
import { minorDigits, roundEntityMoney, roundMoney } from '../../../src/main/import/check/money';

describe('money rounded to the minor unit', () => {
  it('knows each currency’s minor unit from Intl', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('THB')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    // Not a currency code: cents, like most (the schema refuses such a row anyway).
    expect(minorDigits('??')).toBe(2);
  });

  it('rounds half away from zero as the amount was typed, not as binary holds it', () => {
    expect(29.85 * 12).toBe(358.20000000000005);
    expect(roundMoney(29.85 * 12, 2)).toBe(358.2);
    // 1.005 is 1.00499999999999989... in binary; typed, it is a half cent.
    expect(roundMoney(1.005, 2)).toBe(1.01);
    expect(roundMoney(-1.005, 2)).toBe(-1.01);
    expect(roundMoney(1234.5, 0)).toBe(1235);
    expect(roundMoney(0.1 + 0.2, 2)).toBe(0.3);
    expect(Object.is(roundMoney(-0.001, 2), 0)).toBe(true);
    expect(roundMoney(1e15 + 0.4, 2)).toBe(1e15 + 0.4);
  });

  it('rounds only the money fields of a kind, in the entity’s own currency', () => {
    const account = { id: 'A1', arr: 100 / 3, seats: 7, currency: 'JPY' };
    roundEntityMoney('accounts', account, 'USD');
    expect(account).toEqual({ id: 'A1', arr: 33, seats: 7, currency: 'JPY' });
    const line = { id: 'S1', mrr: 1000 / 12 };
    roundEntityMoney('contract_lines', line, 'USD');
    expect(line.mrr).toBe(83.33);
    const point = { value: 1 / 3 };
    roundEntityMoney('usage', point, 'USD');
    expect(point.value).toBe(1 / 3);
  });
});
