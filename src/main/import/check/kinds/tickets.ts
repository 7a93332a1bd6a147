import type { KindDef } from './field';
import { field, rowProblem, text } from './field';
import { ACCOUNT_NAME, ACCOUNT_REF, matchVocabulary } from './common';

type Priority = 'low' | 'medium' | 'high' | 'urgent';

const PRIORITIES: readonly (readonly [Priority, readonly string[]])[] = [
  [
    'urgent',
    [
      'urgent',
      'critical',
      'blocker',
      'emergency',
      'p1',
      'sev1',
      'highest',
      'ด่วน',
      'ด่วนมาก',
      'วิกฤต',
      'acil',
      'kritik',
    ],
  ],
  ['high', ['high', 'major', 'p2', 'sev2', 'สูง', 'yüksek']],
  ['medium', ['medium', 'normal', 'moderate', 'p3', 'sev3', 'ปานกลาง', 'กลาง', 'orta']],
  ['low', ['low', 'minor', 'trivial', 'lowest', 'p4', 'sev4', 'ต่ำ', 'düşük']],
];

export function ticketPriority(value: string): Priority {
  const p = matchVocabulary(value, PRIORITIES);
  if (!p) throw rowProblem('import.row.notPriority', { value });
  return p;
}

export const ticketsKind: KindDef = {
  kind: 'tickets',
  sheetHints: [
    'tickets',
    'support',
    'support tickets',
    'cases',
    'ตั๋ว',
    'ฝ่ายสนับสนุน',
    'destek',
    'talepler',
  ],
  fields: [
    field('id', 'text', true, [
      'ticket id',
      'ticket',
      'case id',
      'case number',
      'ticket number',
      'รหัสตั๋ว',
      'หมายเลขตั๋ว',
      'talep id',
      'talep no',
      'bilet no',
    ]),
    field('accountId', 'text', true, ACCOUNT_REF),
    field('accountName', 'text', false, ACCOUNT_NAME),
    field('openedDate', 'date', true, [
      'opened',
      'opened date',
      'created',
      'created at',
      'submitted at',
      'submitted',
      'open date',
      'date opened',
      'วันที่เปิด',
      'วันที่แจ้ง',
      'açılış tarihi',
      'oluşturulma tarihi',
      'açıldı',
    ]),
    field('closedDate', 'date', false, [
      'closed',
      'closed date',
      'closed at',
      'resolved at',
      'resolved',
      'วันที่ปิด',
      'kapanış tarihi',
      'kapandı',
    ]),
    field('priority', 'text', false, [
      'priority',
      'severity',
      'ความสำคัญ',
      'ลำดับความสำคัญ',
      'öncelik',
      'önem',
    ]),
    field('status', 'text', false, ['status', 'state', 'สถานะ', 'durum']),
    field('satisfaction', 'number', false, [
      'satisfaction',
      'satisfaction score',
      'csat',
      'rating',
      'ความพึงพอใจ',
      'memnuniyet',
      'memnuniyet puanı',
    ]),
    field('escalated', 'boolean', false, [
      'escalated',
      'escalation',
      'escalation flag',
      'ยกระดับ',
      'eskalasyon',
      'yükseltildi',
    ]),
    field('resolutionHours', 'number', false, [
      'resolution hours',
      'resolution time hours',
      'resolution time',
      'hours to resolve',
      'ชั่วโมงแก้ไข',
      'çözüm süresi',
      'çözüm saati',
    ]),
    field('subject', 'text', false, [
      'subject',
      'title',
      'summary',
      'หัวข้อ',
      'เรื่อง',
      'konu',
      'başlık',
    ]),
  ],
  toEntity(v) {
    const priority = text(v.priority);
    return {
      id: v.id,
      accountId: v.accountId,
      openedDate: v.openedDate,
      closedDate: v.closedDate ?? null,
      priority: priority === null ? null : ticketPriority(priority),
      status: v.status ?? null,
      satisfaction: v.satisfaction ?? null,
      escalated: v.escalated ?? false,
      resolutionHours: v.resolutionHours ?? null,
      subject: v.subject ?? null,
    };
  },
};
