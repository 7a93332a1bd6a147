// Typed dates in the three locales: printed as Intl prints a numeric date, read back to the same
// ISO day, Thai in the Buddhist era (BE = CE + 543), and days that do not exist refused.
import { describe, expect, it } from 'vitest';
import {
  INTL_LOCALE,
  eraOffset,
  formatDateInput,
  formatMonthName,
  formatYear,
  parseDateInput,
  weekdayNames,
} from '../../../src/shared/i18n/format';
import {
  clampDay,
  monthGrid,
  monthOf,
  moveDay,
  outside,
  shiftMonth,
} from '../../../src/renderer/src/components/calendar';

const LOCALES = ['en', 'th', 'tr'] as const;

/** Intl's own numeric rendering of an ISO day, the reference the module must agree with. */
function intlNumeric(locale: (typeof LOCALES)[number], iso: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

describe('printing a typed date', () => {
  it('writes each locale’s own style', () => {
    expect(formatDateInput('en', '2026-12-02')).toBe('02/12/2026');
    expect(formatDateInput('tr', '2026-12-02')).toBe('02.12.2026');
    expect(formatDateInput('th', '2026-12-02')).toBe('2/12/2569');
  });
  it.each(LOCALES)('agrees with Intl in %s', (locale) => {
    for (const iso of ['2024-02-29', '2026-01-01', '2026-12-31', '1999-07-04']) {
      expect(formatDateInput(locale, iso)).toBe(intlNumeric(locale, iso));
    }
  });
  it('prints nothing for what is not a day', () => {
    expect(formatDateInput('en', '')).toBe('');
    expect(formatDateInput('th', 'soon')).toBe('');
  });
});

describe('reading a typed date', () => {
  it('reads the Buddhist era in Thai and the Gregorian one elsewhere', () => {
    expect(parseDateInput('th', '2/12/2569')).toBe('2026-12-02');
    expect(parseDateInput('tr', '02.12.2026')).toBe('2026-12-02');
    expect(parseDateInput('en', '02/12/2026')).toBe('2026-12-02');
    // Day before month in all three: 2/12 is 2 December, never 12 February.
    expect(parseDateInput('en', '2/12/2026')).toBe('2026-12-02');
  });
  it('converts between the eras by the offset Intl uses', () => {
    expect(eraOffset('th')).toBe(543);
    expect(eraOffset('en')).toBe(0);
    expect(eraOffset('tr')).toBe(0);
    for (const year of [1950, 2000, 2026, 2100]) {
      expect(Number(formatYear('th', year))).toBe(year + eraOffset('th'));
      expect(parseDateInput('th', `1/1/${year + 543}`)).toBe(`${year}-01-01`);
    }
  });
  it.each(LOCALES)(
    'reads back every day it prints in %s (two years, both leap-day sides)',
    (locale) => {
      const start = Date.UTC(2023, 11, 25);
      for (let day = 0; day < 2 * 366; day += 1) {
        const iso = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
        expect(parseDateInput(locale, intlNumeric(locale, iso)), iso).toBe(iso);
      }
    },
  );
  it('accepts any of / . - and spaces around them', () => {
    expect(parseDateInput('tr', '2/12/2026')).toBe('2026-12-02');
    expect(parseDateInput('en', ' 02-12-2026 ')).toBe('2026-12-02');
    expect(parseDateInput('th', '02 . 12 . 2569')).toBe('2026-12-02');
  });
  it('reads a year-first date as year-month-day in the locale’s era', () => {
    expect(parseDateInput('en', '2026-12-02')).toBe('2026-12-02');
    expect(parseDateInput('th', '2569-12-02')).toBe('2026-12-02');
  });
  it('knows leap days: 29 February exists in 2024 (BE 2567), not in 2026 (BE 2569) or 2100', () => {
    expect(parseDateInput('th', '29/2/2567')).toBe('2024-02-29');
    expect(parseDateInput('th', '29/2/2569')).toBeNull();
    expect(parseDateInput('en', '29/02/2024')).toBe('2024-02-29');
    expect(parseDateInput('tr', '29.02.2026')).toBeNull();
    expect(parseDateInput('en', '29/02/2100')).toBeNull();
    expect(parseDateInput('en', '29/02/2000')).toBe('2000-02-29');
  });
  it('refuses what is not a day', () => {
    for (const text of ['', '2026', '31/04/2026', '00/01/2026', '1/13/2026', '1/1/26', 'abc']) {
      expect(parseDateInput('en', text), text).toBeNull();
    }
  });
  it('refuses a Gregorian year typed into a Thai field (2026 BE is 1483 CE) and far years', () => {
    expect(parseDateInput('th', '2/12/2026')).toBeNull();
    expect(parseDateInput('en', '2/12/2569')).toBeNull();
    expect(parseDateInput('en', '1/1/1899')).toBeNull();
  });
});

describe('month picker', () => {
  it.each(LOCALES)('names the twelve months as Intl does in %s', (locale) => {
    const names = Array.from({ length: 12 }, (_, i) => formatMonthName(locale, i + 1));
    expect(new Set(names).size).toBe(12);
    expect(names[5]).toBe(
      new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2000, 5, 15)),
      ),
    );
  });
  it('writes them in each language', () => {
    expect(formatMonthName('en', 6)).toBe('June');
    expect(formatMonthName('tr', 6)).toBe('Haziran');
    expect(formatMonthName('th', 6)).toBe('มิถุนายน');
  });
});

describe('calendar header', () => {
  it.each(LOCALES)('names seven weekdays, Monday first, in %s', (locale) => {
    const names = weekdayNames(locale);
    expect(names).toHaveLength(7);
    expect(new Set(names).size).toBe(7);
    expect(names[0]).toBe(
      new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: 'short', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2026, 11, 7)),
      ),
    );
  });
});

describe('calendar grid', () => {
  it('lays a month out in Monday-first weeks, leap February included', () => {
    // 1 December 2026 is a Tuesday: one blank before it; 31 days end on a Thursday.
    const december = monthGrid(2026, 12);
    expect(december[0]).toEqual([null, '2026-12-01', ...december[0]!.slice(2)]);
    expect(december.flat().filter(Boolean)).toHaveLength(31);
    expect(december.at(-1)!.filter(Boolean).at(-1)).toBe('2026-12-31');
    expect(december.every((week) => week.length === 7)).toBe(true);
    expect(monthGrid(2024, 2).flat().filter(Boolean).at(-1)).toBe('2024-02-29');
    expect(monthGrid(2026, 2).flat().filter(Boolean).at(-1)).toBe('2026-02-28');
    for (const iso of monthGrid(2026, 12).flat()) {
      if (iso) expect(new Date(`${iso}T00:00:00Z`).getUTCMonth()).toBe(11);
    }
  });
  it('steps across year ends', () => {
    expect(shiftMonth(2026, 12, 1)).toEqual([2027, 1]);
    expect(shiftMonth(2026, 1, -1)).toEqual([2025, 12]);
    expect(shiftMonth(2026, 6, 1)).toEqual([2026, 7]);
  });
  it('moves the focused day by the keys date pickers use', () => {
    // 2 December 2026 is a Wednesday.
    expect(moveDay('2026-12-02', 'ArrowLeft')).toBe('2026-12-01');
    expect(moveDay('2026-12-01', 'ArrowLeft')).toBe('2026-11-30');
    expect(moveDay('2026-12-31', 'ArrowRight')).toBe('2027-01-01');
    expect(moveDay('2026-12-02', 'ArrowUp')).toBe('2026-11-25');
    expect(moveDay('2026-12-30', 'ArrowDown')).toBe('2027-01-06');
    expect(moveDay('2026-12-02', 'Home')).toBe('2026-11-30');
    expect(moveDay('2026-12-02', 'End')).toBe('2026-12-06');
    expect(moveDay('2026-12-07', 'Home')).toBe('2026-12-07');
    expect(moveDay('2026-12-06', 'End')).toBe('2026-12-06');
    // A month away keeps the day, or takes the shorter month's last.
    expect(moveDay('2026-03-31', 'PageUp')).toBe('2026-02-28');
    expect(moveDay('2024-01-31', 'PageDown')).toBe('2024-02-29');
    expect(moveDay('2026-12-15', 'PageDown')).toBe('2027-01-15');
    expect(moveDay('2026-12-15', 'Enter')).toBeNull();
  });
  it('keeps the focused day within the field’s bounds', () => {
    expect(clampDay('2026-01-01', '2026-02-01', '2026-03-01')).toBe('2026-02-01');
    expect(clampDay('2026-04-01', '2026-02-01', '2026-03-01')).toBe('2026-03-01');
    expect(clampDay('2026-02-15', '2026-02-01')).toBe('2026-02-15');
    expect(clampDay('2026-02-15')).toBe('2026-02-15');
    expect(outside('2026-01-31', '2026-02-01')).toBe(true);
    expect(outside('2026-03-02', undefined, '2026-03-01')).toBe(true);
    expect(outside('2026-02-01', '2026-02-01', '2026-03-01')).toBe(false);
    expect(monthOf('2026-12-31')).toEqual([2026, 12]);
  });
});
