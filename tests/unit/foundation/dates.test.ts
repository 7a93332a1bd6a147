// Day numbers and ISO dates: the arithmetic must agree with the platform's calendar exactly.
import { describe, expect, it } from 'vitest';
import { fromDay, toDay } from '../../../src/shared/domain/dates';
import { mulberry32 } from '../../../src/shared/analytics/experiments';

const viaDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('fromDay', () => {
  it("writes every day from 1800 to 2200 as Date's ISO string does, and toDay reads it back", () => {
    const first = toDay('1800-01-01');
    const last = toDay('2200-12-31');
    for (let day = first; day <= last; day++) {
      const date = fromDay(day);
      if (date !== viaDate(day)) expect(date).toBe(viaDate(day));
      if (toDay(date) !== day) expect(toDay(date)).toBe(day);
    }
  });

  it('agrees with Date across years 0000-9999 and at their ends', () => {
    const random = mulberry32(7);
    const [min, max] = [toDay('0000-01-01'), toDay('9999-12-31')];
    const days = [min, min + 59, min + 60, max, max - 1, 0, -1, 59, 60, 11016, 11017];
    for (let i = 0; i < 20_000; i++) days.push(min + Math.floor(random() * (max - min + 1)));
    for (const day of days) expect(fromDay(day)).toBe(viaDate(day));
  });

  it('leaves days outside years 0000-9999, and parts of days, to Date', () => {
    for (const day of [toDay('0000-01-01') - 1, toDay('9999-12-31') + 1, 12.5, -0.25])
      expect(fromDay(day)).toBe(viaDate(day));
    expect(() => fromDay(Number.NaN)).toThrow(RangeError);
  });
});
