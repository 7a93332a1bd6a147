import { describe, expect, it } from 'vitest';
import {
  excelError,
  excelSerialToIso,
  inferDateOrder,
  inferDecimalMark,
  parseBoolean,
  parseDate,
  parseNumber,
  parseText,
} from '../../../src/main/import/check/values';
import { renderImportMessage } from '../../../src/shared/i18n/import-message';

const num = (
  v: Parameters<typeof parseNumber>[0],
  mark: Parameters<typeof parseNumber>[1] = null,
) => {
  const r = parseNumber(v, mark);
  return r.ok ? r.value : `error: ${renderImportMessage('en', null, r)}`;
};

describe('parseNumber', () => {
  it.each([
    ['1234.56', 1234.56],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ["1'234.5", 1234.5],
    ['12,5', 12.5],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['0.125', 0.125],
    ['-42', -42],
    ['(300)', -300],
    ['+7', 7],
  ])('reads separators in %s', (text, expected) => {
    expect(num(text)).toBeCloseTo(expected, 10);
  });

  it.each([
    ['$1,200', 1200],
    ['€ 1.200,50', 1200.5],
    ['£99', 99],
    ['฿2,500', 2500],
    ['2.500 ₺', 2500],
    ['1.500 TL', 1500],
    ['USD 10', 10],
    ['2500 บาท', 2500],
  ])('strips the currency in %s', (text, expected) => {
    expect(num(text)).toBeCloseTo(expected, 10);
  });

  it('reads percentages as fractions', () => {
    expect(num('12%')).toBeCloseTo(0.12, 12);
    expect(num('12,5 %')).toBeCloseTo(0.125, 12);
    expect(num('-3.5%')).toBeCloseTo(-0.035, 12);
  });

  it('lets the column decide a lone separator before three digits', () => {
    expect(num('1.234')).toBe(1234);
    expect(num('1.234', '.')).toBeCloseTo(1.234, 12);
    expect(num('1,234', ',')).toBeCloseTo(1.234, 12);
    expect(num('1,234', '.')).toBe(1234);
  });

  it('treats blank and whitespace-only cells as missing', () => {
    expect(num(null)).toBeNull();
    expect(num('')).toBeNull();
    expect(num('   ')).toBeNull();
    expect(num(' \t ')).toBeNull();
  });

  it('refuses text that is not a number, naming it', () => {
    expect(num('abc')).toMatch(/"abc" is not a number/);
    expect(num('1.2.3,4,5')).toMatch(/not a number/);
    expect(num('12-34')).toMatch(/not a number/);
    expect(num(true)).toMatch(/expected a number/);
    expect(num('#DIV/0!')).toMatch(/Excel error #DIV\/0!/);
  });

  it('passes numbers through', () => {
    expect(num(3.25)).toBe(3.25);
    expect(num(Number.NaN)).toMatch(/not a number/);
  });
});

describe('inferDecimalMark', () => {
  it('finds the mark from values that show it', () => {
    expect(inferDecimalMark(['1.234', '12.5'])).toBe('.');
    expect(inferDecimalMark(['1.234', '12,5'])).toBe(',');
    expect(inferDecimalMark(['1.234,56'])).toBe(',');
    expect(inferDecimalMark(['1,234.56'])).toBe('.');
    expect(inferDecimalMark(['1.234', '5.678', 7])).toBeNull();
  });
});

describe('parseBoolean', () => {
  const bool = (v: Parameters<typeof parseBoolean>[0]) => {
    const r = parseBoolean(v);
    return r.ok ? r.value : 'error';
  };
  it.each([
    'TRUE',
    'True',
    'true',
    'yes',
    'Y',
    '1',
    'x',
    'ใช่',
    'จริง',
    'Evet',
    'EVET',
    'doğru',
    'DOĞRU',
    'var',
  ])('%s is true', (w) => {
    expect(bool(w)).toBe(true);
  });
  it.each([
    'FALSE',
    'False',
    'no',
    'N',
    '0',
    'ไม่',
    'ไม่ใช่',
    'เท็จ',
    'Hayır',
    'HAYIR',
    'yanlış',
    'YANLIŞ',
    'yok',
  ])('%s is false', (w) => {
    expect(bool(w)).toBe(false);
  });
  it('reads real booleans and 1/0, leaves blanks missing and refuses the rest', () => {
    expect(bool(true)).toBe(true);
    expect(bool(0)).toBe(false);
    expect(bool('  ')).toBeNull();
    expect(bool('maybe')).toBe('error');
    expect(bool(2)).toBe('error');
  });
});

describe('dates', () => {
  const date = (
    v: Parameters<typeof parseDate>[0],
    order: 'DMY' | 'MDY' = 'DMY',
    d1904 = false,
  ) => {
    const r = parseDate(v, order, d1904);
    return r.ok ? r.value : `error: ${renderImportMessage('en', null, r)}`;
  };

  it('reads ISO dates and datetimes whatever the order', () => {
    expect(date('2024-03-05')).toBe('2024-03-05');
    expect(date('2024-03-05', 'MDY')).toBe('2024-03-05');
    expect(date('2023-07-28 03:00:00')).toBe('2023-07-28');
    expect(date('2023-07-28T03:00:00Z')).toBe('2023-07-28');
  });

  it('reads D/M/Y and M/D/Y as the column says', () => {
    expect(date('8/3/2024', 'DMY')).toBe('2024-03-08');
    expect(date('8/3/2024', 'MDY')).toBe('2024-08-03');
    expect(date('16.10.2024', 'DMY')).toBe('2024-10-16');
    expect(date('16/10/2024', 'MDY')).toMatch(/not a valid date/);
  });

  it('turns Thai Buddhist-era years into the Gregorian year', () => {
    expect(date('15/01/2567')).toBe('2024-01-15');
    expect(date('2567-01-15')).toBe('2024-01-15');
    expect(date('5 มกราคม 2567')).toBe('2024-01-05');
  });

  it('reads month names in English, Turkish and Thai', () => {
    expect(date('5 Jan 2024')).toBe('2024-01-05');
    expect(date('Jan 5, 2024', 'DMY')).toBe('2024-01-05');
    expect(date('05-Mar-2024')).toBe('2024-03-05');
    expect(date('5 Ocak 2024')).toBe('2024-01-05');
    expect(date('29 Şubat 2024')).toBe('2024-02-29');
    expect(date('1 ธ.ค. 2566')).toBe('2023-12-01');
  });

  it('reads Excel serial days in both date systems', () => {
    // Independent anchors: serial 45292 is 2024-01-01 in the 1900 system; the 1904 system is
    // 1462 days behind.
    expect(date(45292)).toBe('2024-01-01');
    expect(date(45292 - 1462, 'DMY', true)).toBe('2024-01-01');
    expect(date(45292.75)).toBe('2024-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(date(-5)).toMatch(/not a date/);
  });

  it('reads Date cells, leaves blanks missing and refuses the rest', () => {
    expect(date(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(date('   ')).toBeNull();
    expect(date('31/02/2024')).toMatch(/not a valid date/);
    expect(date('soon')).toMatch(/"soon" is not a date/);
    expect(date(true)).toMatch(/expected a date/);
  });

  it('decides the order per column, and asks only when the values never settle it', () => {
    expect(inferDateOrder(['16/10/2024', '8/3/2024'])).toEqual({
      order: 'DMY',
      conflicting: false,
      needsOrder: true,
    });
    expect(inferDateOrder(['10/16/2024', '8/3/2024'])).toEqual({
      order: 'MDY',
      conflicting: false,
      needsOrder: true,
    });
    expect(inferDateOrder(['8/3/2024', '1/2/2024'])).toEqual({
      order: null,
      conflicting: false,
      needsOrder: true,
    });
    expect(inferDateOrder(['16/10/2024', '10/16/2024']).conflicting).toBe(true);
    expect(inferDateOrder(['2024-01-05', 45000, null])).toEqual({
      order: null,
      conflicting: false,
      needsOrder: false,
    });
  });
});

describe('text and Excel errors', () => {
  it('trims text, treats whitespace as missing and names Excel error values', () => {
    expect(parseText('  Acme ')).toEqual({ ok: true, value: 'Acme' });
    expect(parseText(' \u00a0')).toEqual({ ok: true, value: null });
    expect(parseText(42)).toEqual({ ok: true, value: '42' });
    expect(parseText('#N/A')).toEqual({
      ok: false,
      key: 'import.value.excelError',
      params: { code: '#N/A' },
    });
    expect(excelError('#REF!')).toBe('#REF!');
    expect(excelError('#hashtag')).toBeNull();
  });
});
