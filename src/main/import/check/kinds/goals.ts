// A success plan kept in a spreadsheet: one goal per row, its measure named as people write it
// (a usage metric, or NPS, CSAT, CES, seat utilisation, tickets, resolution time) in en/th/tr.
import type { GoalMeasureKind, ManualStatus } from '../../../../shared/analytics/goals/types';
import type { KindDef } from './field';
import { field, text } from './field';
import { ACCOUNT_NAME, ACCOUNT_REF, matchVocabulary } from './common';

const MEASURES: readonly (readonly [
  Exclude<GoalMeasureKind, 'usage' | 'experiment_kpi'>,
  readonly string[],
])[] = [
  ['nps', ['nps', 'net promoter score']],
  ['csat', ['csat', 'customer satisfaction', 'ความพึงพอใจ', 'müşteri memnuniyeti']],
  ['ces', ['ces', 'customer effort score']],
  [
    'seat_utilisation',
    [
      'seat utilisation',
      'seat utilization',
      'license utilisation',
      'licence utilisation',
      'อัตราการใช้ที่นั่ง',
      'koltuk kullanımı',
      'koltuk kullanım oranı',
    ],
  ],
  [
    'tickets_per_week',
    ['tickets per week', 'tickets', 'support tickets', 'ทิกเก็ตต่อสัปดาห์', 'haftalık talep'],
  ],
  [
    'median_resolution_hours',
    ['median resolution time', 'resolution time', 'resolution hours', 'เวลาแก้ไข', 'çözüm süresi'],
  ],
];

const STATUSES: readonly (readonly [ManualStatus, readonly string[]])[] = [
  ['done', ['done', 'complete', 'completed', 'achieved', 'สำเร็จ', 'เสร็จแล้ว', 'tamamlandı']],
  ['on_track', ['on track', 'on_track', 'green', 'ตามแผน', 'yolunda']],
  ['at_risk', ['at risk', 'at_risk', 'amber', 'yellow', 'มีความเสี่ยง', 'risk altında']],
  ['off_track', ['off track', 'off_track', 'behind', 'red', 'ล่าช้า', 'geride']],
];

const DOWN = ['down', 'decrease', 'reduce', 'lower', 'ลด', 'ลดลง', 'azalt', 'düşür', 'azalış'];

export const goalsKind: KindDef = {
  kind: 'goals',
  sheetHints: [
    'goals',
    'success plan',
    'success plans',
    'objectives',
    'แผนความสำเร็จ',
    'เป้าหมาย',
    'başarı planı',
    'hedefler',
  ],
  fields: [
    field('accountId', 'text', true, ACCOUNT_REF),
    field('accountName', 'text', false, ACCOUNT_NAME),
    field('title', 'text', true, [
      'goal',
      'goal title',
      'objective',
      'success criterion',
      'เป้าหมาย',
      'ชื่อเป้าหมาย',
      'hedef',
      'hedef adı',
      'amaç',
    ]),
    field('owner', 'text', false, [
      'owner',
      'goal owner',
      'responsible',
      'ผู้รับผิดชอบ',
      'sorumlu',
      'hedef sahibi',
    ]),
    field('startDate', 'date', true, [
      'start date',
      'start',
      'baseline date',
      'วันเริ่ม',
      'วันที่เริ่ม',
      'başlangıç tarihi',
      'başlangıç',
    ]),
    field('dueDate', 'date', true, [
      'due date',
      'due',
      'deadline',
      'target date',
      'วันครบกำหนด',
      'กำหนดเสร็จ',
      'bitiş tarihi',
      'son tarih',
      'termin',
    ]),
    field('metric', 'text', false, [
      'metric',
      'measure',
      'kpi',
      'measured by',
      'ตัวชี้วัด',
      'วัดจาก',
      'metrik',
      'ölçüt',
    ]),
    field('target', 'number', false, [
      'target',
      'target value',
      'goal value',
      'ค่าเป้าหมาย',
      'hedef değer',
      'hedef değeri',
    ]),
    field('direction', 'text', false, ['direction', 'ทิศทาง', 'yön']),
    field('status', 'text', false, ['status', 'สถานะ', 'durum']),
    field('note', 'text', false, [
      'note',
      'notes',
      'comment',
      'หมายเหตุ',
      'not',
      'notlar',
      'açıklama',
    ]),
  ],
  toEntity(v) {
    const metric = text(v.metric);
    const target = typeof v.target === 'number' ? v.target : null;
    const named = metric === null ? null : matchVocabulary(metric, MEASURES);
    // A metric with a target is measured (a named measure, else a usage metric); without a
    // target the goal is qualitative and the metric's words are kept in the note.
    const measureKind = target === null || metric === null ? null : (named ?? 'usage');
    const said = text(v.status);
    const direction = text(v.direction)?.trim().toLowerCase() ?? '';
    const note = text(v.note);
    return {
      accountId: v.accountId,
      title: v.title,
      owner: text(v.owner),
      startDate: v.startDate,
      dueDate: v.dueDate,
      direction: DOWN.includes(direction) ? 'down' : 'up',
      measureKind,
      measureRef: measureKind === 'usage' ? metric : null,
      target: measureKind === null ? null : target,
      manualStatus:
        measureKind === null ? ((said && matchVocabulary(said, STATUSES)) ?? 'on_track') : null,
      note:
        measureKind === null && metric !== null ? [metric, note].filter(Boolean).join(' — ') : note,
    };
  },
};
