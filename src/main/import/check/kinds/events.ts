import type { KindDef } from './field';
import { field, rowProblem, text } from './field';
import { ACCOUNT_NAME, ACCOUNT_REF, derivedId } from './common';

export const eventsKind: KindDef = {
  kind: 'events',
  sheetHints: [
    'events',
    'timeline',
    'activities',
    'history',
    'เหตุการณ์',
    'olaylar',
    'etkinlikler',
    'zaman çizelgesi',
  ],
  requiredOneOf: [['title', 'type']],
  fields: [
    field('id', 'text', false, [
      'event id',
      'activity id',
      'id',
      'รหัสเหตุการณ์',
      'olay id',
      'etkinlik id',
    ]),
    field('accountId', 'text', true, ACCOUNT_REF),
    field('accountName', 'text', false, ACCOUNT_NAME),
    field('type', 'text', false, [
      'type',
      'event type',
      'category',
      'kind',
      'ประเภท',
      'tür',
      'tip',
      'olay türü',
    ]),
    field('date', 'date', true, [
      'date',
      'event date',
      'when',
      'occurred',
      'วันที่',
      'tarih',
      'olay tarihi',
    ]),
    field('title', 'text', false, [
      'title',
      'summary',
      'event',
      'subject',
      'หัวข้อ',
      'เรื่อง',
      'başlık',
      'konu',
      'özet',
    ]),
    field('detail', 'text', false, [
      'detail',
      'details',
      'description',
      'notes',
      'note',
      'รายละเอียด',
      'หมายเหตุ',
      'açıklama',
      'detay',
      'notlar',
    ]),
  ],
  toEntity(v) {
    const type = text(v.type) ?? 'note';
    const title = text(v.title) ?? text(v.type);
    if (!title) throw rowProblem('import.row.noTitle');
    return {
      id: text(v.id) ?? derivedId(v.accountId, v.date, type, title),
      accountId: v.accountId,
      type,
      date: v.date,
      title,
      detail: v.detail ?? null,
    };
  },
};
