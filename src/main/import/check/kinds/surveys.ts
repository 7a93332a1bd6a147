import type { SurveyKind } from '../../../../shared/domain/entities';
import type { KindDef } from './field';
import { field, rowProblem, text } from './field';
import { ACCOUNT_NAME, ACCOUNT_REF, derivedId, matchVocabulary } from './common';

const SURVEY_KINDS: readonly (readonly [SurveyKind, readonly string[]])[] = [
  [
    'nps',
    [
      'nps',
      'net promoter',
      'net promoter score',
      'nps score',
      'เอ็นพีเอส',
      'net tavsiye skoru',
      'tavsiye',
    ],
  ],
  [
    'csat',
    [
      'csat',
      'satisfaction',
      'customer satisfaction',
      'csat score',
      'ความพึงพอใจ',
      'memnuniyet',
      'müşteri memnuniyeti',
    ],
  ],
  [
    'ces',
    [
      'ces',
      'effort',
      'customer effort',
      'customer effort score',
      'ความง่าย',
      'ความสะดวก',
      'efor',
      'müşteri efor skoru',
      'çaba',
    ],
  ],
];

export const surveyKindOf = (value: string): SurveyKind | null =>
  matchVocabulary(value, SURVEY_KINDS);

export const surveysKind: KindDef = {
  kind: 'surveys',
  sheetHints: [
    'surveys',
    'survey responses',
    'nps',
    'csat',
    'feedback',
    'แบบสำรวจ',
    'anket',
    'anketler',
  ],
  requiredOneOf: [['score', 'nps', 'csat', 'ces']],
  fields: [
    field('id', 'text', false, [
      'response id',
      'survey id',
      'answer id',
      'รหัสคำตอบ',
      'yanıt id',
      'cevap id',
    ]),
    field('accountId', 'text', true, ACCOUNT_REF),
    field('accountName', 'text', false, ACCOUNT_NAME),
    field('contactId', 'text', false, [
      'contact id',
      'respondent',
      'respondent id',
      'user id',
      'รหัสผู้ติดต่อ',
      'kişi id',
    ]),
    field('kind', 'text', false, [
      'survey',
      'survey type',
      'type',
      'kind',
      'ประเภทแบบสำรวจ',
      'ประเภท',
      'anket türü',
      'anket',
      'tür',
    ]),
    field('date', 'date', true, [
      'date',
      'response date',
      'survey date',
      'วันที่สำรวจ',
      'anket tarihi',
      'submitted',
      'submitted at',
      'answered on',
      'วันที่',
      'วันที่ตอบ',
      'tarih',
      'yanıt tarihi',
    ]),
    field('score', 'number', false, ['score', 'rating', 'answer', 'คะแนน', 'puan', 'skor']),
    field('nps', 'number', false, [
      'nps',
      'nps score',
      'net promoter score',
      'คะแนน nps',
      'nps puanı',
    ]),
    field('csat', 'number', false, [
      'csat',
      'csat score',
      'satisfaction score',
      'คะแนนความพึงพอใจ',
      'memnuniyet puanı',
    ]),
    field('ces', 'number', false, [
      'ces',
      'ces score',
      'effort score',
      'คะแนนความง่าย',
      'efor puanı',
    ]),
    field('comment', 'text', false, [
      'comment',
      'comments',
      'verbatim',
      'feedback',
      'reason',
      'ความคิดเห็น',
      'ข้อเสนอแนะ',
      'yorum',
      'geri bildirim',
    ]),
  ],
  toEntity(v, ctx) {
    const base = (kind: SurveyKind, score: unknown) => ({
      id: text(v.id)
        ? `${String(v.id)}${kindsGiven(v) > 1 ? `:${kind}` : ''}`
        : derivedId(v.accountId, v.contactId, kind, v.date),
      accountId: v.accountId,
      contactId: v.contactId ?? null,
      kind,
      date: v.date,
      score,
      comment: v.comment ?? null,
    });
    const out: Record<string, unknown>[] = [];
    for (const k of ['nps', 'csat', 'ces'] as const)
      if (typeof v[k] === 'number') out.push(base(k, v[k]));
    if (typeof v.score === 'number') {
      const named = text(v.kind) ?? ctx.headerOf?.('score') ?? '';
      const kind = surveyKindOf(named);
      if (!kind) throw rowProblem('import.row.notSurveyType', { value: named });
      out.push(base(kind, v.score));
    }
    if (out.length === 0) throw rowProblem('import.row.noScore');
    return out.length === 1 ? out[0]! : out;
  },
};

function kindsGiven(v: Record<string, unknown>): number {
  return ['score', 'nps', 'csat', 'ces'].filter((k) => typeof v[k] === 'number').length;
}
