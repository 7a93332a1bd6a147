// The shared format module against Intl's own output and the conventions each language writes.
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  formatShortDate,
  formatsFor,
  formatSigned,
  formatYear,
} from '../../../src/shared/i18n/format';
import * as writer from '../../../src/main/export/labels';

describe('percentages', () => {
  it('Turkish writes the percent sign first with a decimal comma', () => {
    expect(formatPercent('tr', 0.923, 1)).toBe('%92,3');
  });
  it('English and Thai write it after the number with a decimal point', () => {
    expect(formatPercent('en', 0.923, 1)).toBe('92.3%');
    expect(formatPercent('th', 0.923, 1)).toBe('92.3%');
  });
  it('signs a change when asked', () => {
    expect(formatPercent('en', 0.05, 0, true)).toBe('+5%');
    expect(formatPercent('tr', -0.05, 0, true)).toBe('-%5');
  });
});

describe('numbers and money', () => {
  it('groups digits the way each locale does', () => {
    expect(formatNumber('en', 1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber('tr', 1234567.891, 2)).toBe('1.234.567,89');
    expect(formatNumber('th', 1234567.891, 2)).toBe('1,234,567.89');
  });
  it('signs effects', () => {
    expect(formatSigned('en', 2.5)).toBe('+2.5');
    expect(formatSigned('tr', -1.25)).toBe('-1,25');
    expect(formatSigned('en', 0)).toBe('0');
  });
  it('shows whole money in the currency of the amount', () => {
    expect(formatMoney('tr', 1234567, 'TRY')).toBe('₺1.234.567');
    expect(formatMoney('th', 1234567, 'THB')).toBe('฿1,234,567');
    expect(formatMoney('en', 1234567.4, 'USD')).toBe('US$1,234,567');
  });
});

describe('dates', () => {
  it('shows Thai dates in the Buddhist era', () => {
    expect(formatDate('th', '2026-06-01')).toContain('2569');
    expect(formatDate('th', '2026-06-01')).not.toContain('2026');
    expect(formatMonth('th', 2026, 6)).toContain('2569');
  });
  it('a Thai year picker option is 2569, digits only', () => {
    expect(formatYear('th', 2026)).toBe('2569');
    expect(formatYear('en', 2026)).toBe('2026');
    expect(formatYear('tr', 2026)).toBe('2026');
  });
  it('writes day before month in en-GB and Turkish', () => {
    expect(formatDate('en', '2026-06-01')).toBe('1 Jun 2026');
    expect(formatDate('tr', '2026-06-01')).toBe('1 Haz 2026');
    expect(formatShortDate('en', '2026-12-02')).toBe('2 Dec');
  });
  it('leaves text that is not a day as it is rather than inventing one', () => {
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });
  it('does not shift a day across time zones (UTC days)', () => {
    expect(formatDate('en', '2026-01-01')).toBe('1 Jan 2026');
  });
});

describe('one module for screens and exports', () => {
  it('the exporters format exactly like the screens', () => {
    for (const locale of ['en', 'th', 'tr'] as const) {
      const screen = formatsFor(locale);
      expect(writer.formatPercent(0.923, locale)).toBe(screen.percent(0.923, 0));
      expect(writer.formatDate('2026-06-01', locale)).toBe(screen.date('2026-06-01'));
      expect(writer.formatMoney(5000, 'EUR', locale)).toBe(screen.money(5000, 'EUR'));
      expect(writer.formatNumber(3.14159, locale, 2)).toBe(screen.number(3.14159, 2));
    }
  });
  it('agrees with Intl for the locale it names', () => {
    expect(formatPercent('tr', 0.5)).toBe(
      new Intl.NumberFormat('tr-TR', { style: 'percent' }).format(0.5),
    );
  });
});

describe('metric names', () => {
  it('humanises a key it does not know', async () => {
    const { humaniseKey, metricLabel } = await import('../../../src/shared/i18n/metric-names');
    expect(humaniseKey('seats_in_use')).toBe('Seats in use');
    expect(humaniseKey('weeklyActiveTeams')).toBe('Weekly active teams');
    expect(metricLabel('th', 'custom_metric')).toBe('Custom metric');
  });
  it('translates a known metric and prefers the workspace’s own name', async () => {
    const { metricLabel } = await import('../../../src/shared/i18n/metric-names');
    expect(metricLabel('en', 'active_users')).toBe('Active users');
    expect(metricLabel('tr', 'active_users')).toBe('Aktif kullanıcılar');
    expect(metricLabel('th', 'api_calls')).toBe('การเรียก API');
    expect(metricLabel('en', 'active_users', { active_users: 'Weekly actives' })).toBe(
      'Weekly actives',
    );
    expect(metricLabel('en', 'active_users', { active_users: '  ' })).toBe('Active users');
  });
});
