import type { KindContext, KindDef } from './field';
import { field, rowProblem, text } from './field';
import { ACCOUNT_NAME, ACCOUNT_REF } from './common';

/** The account a usage row belongs to: named directly, or through its subscription. */
export function usageAccount(v: Record<string, unknown>, ctx: KindContext): string {
  const account = text(v.accountId);
  if (account) return account;
  const sub = text(v.subscriptionId);
  if (!sub)
    throw rowProblem('import.row.noAccount', {
      account: { field: 'accountId' },
      subscription: { field: 'subscriptionId' },
    });
  const resolved = ctx.accountOfSubscription?.(sub);
  if (!resolved) throw rowProblem('import.row.unknownSubscription', { id: sub });
  return resolved;
}

/**
 * Usage comes three ways: long (account, metric, date, value), wide (account, date and one
 * column per metric) and raw events (one row per use, with an event id or no value), which the
 * importer sums per metric and week. The shape follows from which fields are mapped.
 */
export const usageKind: KindDef = {
  kind: 'usage',
  sheetHints: [
    'usage',
    'product usage',
    'feature usage',
    'activity',
    'metrics',
    'การใช้งาน',
    'kullanım',
    'kullanim',
  ],
  requiredOneOf: [['accountId', 'subscriptionId']],
  uniqueField: 'eventId',
  fields: [
    field('accountId', 'text', false, ACCOUNT_REF),
    field('accountName', 'text', false, ACCOUNT_NAME),
    field('subscriptionId', 'text', false, [
      'subscription id',
      'subscription',
      'contract line id',
      'line id',
      'รหัสการสมัคร',
      'abonelik id',
      'abonelik',
    ]),
    field('metric', 'text', false, [
      'metric',
      'metric name',
      'feature',
      'feature name',
      'event',
      'event name',
      'kpi',
      'measure',
      'ตัวชี้วัด',
      'ฟีเจอร์',
      'คุณสมบัติ',
      'metrik',
      'özellik',
      'özellik adı',
      'ölçüt',
    ]),
    field('date', 'date', true, [
      'date',
      'usage date',
      'day',
      'week',
      'period',
      'timestamp',
      'event date',
      'วันที่',
      'สัปดาห์',
      'tarih',
      'kullanım tarihi',
      'hafta',
    ]),
    field('value', 'number', false, [
      'value',
      'usage count',
      'count',
      'amount',
      'total',
      'quantity',
      'ค่า',
      'จำนวน',
      'değer',
      'sayı',
      'adet',
      'miktar',
    ]),
    field('eventId', 'text', false, [
      'usage id',
      'event id',
      'activity id',
      'รหัสการใช้งาน',
      'kullanım id',
      'olay id',
    ]),
  ],
  toEntity(v, ctx) {
    return {
      accountId: usageAccount(v, ctx),
      // A long sheet with a single unnamed metric is named by its value column ("Logins").
      metric: text(v.metric) ?? ctx.headerOf?.('value') ?? null,
      date: v.date,
      // Raw events without a count column count one use per row.
      value: v.value === undefined ? 1 : v.value,
    };
  },
};
