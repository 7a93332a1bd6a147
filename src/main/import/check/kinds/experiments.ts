import type { Direction, ExperimentGroup } from '../../../../shared/domain/entities';
import type { KindDef } from './field';
import { field, rowProblem, text } from './field';
import { ACCOUNT_REF, matchVocabulary } from './common';

const DIRECTIONS: readonly (readonly [Direction, readonly string[]])[] = [
  [
    'higher_is_better',
    [
      'higher_is_better',
      'higher is better',
      'higher',
      'up',
      'increase',
      'more',
      'maximise',
      'maximize',
      'สูงขึ้นดีกว่า',
      'สูงกว่า',
      'เพิ่มขึ้น',
      'yüksek',
      'artış',
      'daha yüksek',
      'artmalı',
    ],
  ],
  [
    'lower_is_better',
    [
      'lower_is_better',
      'lower is better',
      'lower',
      'down',
      'decrease',
      'less',
      'minimise',
      'minimize',
      'ต่ำลงดีกว่า',
      'ต่ำกว่า',
      'ลดลง',
      'düşük',
      'azalış',
      'daha düşük',
      'azalmalı',
    ],
  ],
];

const GROUPS: readonly (readonly [ExperimentGroup, readonly string[]])[] = [
  [
    'target',
    [
      'target',
      'treatment',
      'treated',
      'test',
      'variant',
      'pilot',
      'กลุ่มเป้าหมาย',
      'เป้าหมาย',
      'กลุ่มทดลอง',
      'ทดลอง',
      'hedef',
      'deney',
      'test grubu',
      'uygulama',
    ],
  ],
  [
    'control',
    [
      'control',
      'untreated',
      'baseline',
      'holdout',
      'กลุ่มควบคุม',
      'ควบคุม',
      'kontrol',
      'kontrol grubu',
    ],
  ],
];

export function experimentGroupOf(value: unknown): ExperimentGroup {
  if (value === true || value === 1) return 'target';
  if (value === false || value === 0) return 'control';
  const s = String(value).trim();
  if (/^(1|true|yes|evet|ใช่)$/i.test(s)) return 'target';
  if (/^(0|false|no|hayır|ไม่ใช่)$/i.test(s)) return 'control';
  // Exact words win over contained ones, so "untreated" is control although it contains "treated".
  const g = matchVocabulary(s, GROUPS);
  if (!g) throw rowProblem('import.row.notGroup', { value: s });
  return g;
}

export const experimentsKind: KindDef = {
  kind: 'experiments',
  sheetHints: ['experiments', 'experiment plans', 'tests', 'การทดลอง', 'deneyler'],
  fields: [
    field('id', 'text', true, [
      'experiment id',
      'experiment',
      'test id',
      'รหัสการทดลอง',
      'deney id',
      'deney no',
    ]),
    field('accountId', 'text', true, ACCOUNT_REF),
    field('name', 'text', false, [
      'name',
      'experiment name',
      'title',
      'ชื่อการทดลอง',
      'ชื่อ',
      'deney adı',
      'ad',
    ]),
    field('hypothesis', 'text', false, ['hypothesis', 'สมมติฐาน', 'hipotez', 'varsayım']),
    field('primaryKpi', 'text', true, [
      'primary kpi',
      'kpi',
      'metric',
      'primary metric',
      'ตัวชี้วัดหลัก',
      'ana kpi',
      'birincil kpi',
    ]),
    field('secondaryKpis', 'text', false, [
      'secondary kpis',
      'secondary kpi',
      'secondary metrics',
      'ตัวชี้วัดรอง',
      'ikincil kpi',
      'ikincil kpiler',
    ]),
    field('kpiUnit', 'text', false, ['kpi unit', 'unit', 'หน่วย', 'birim']),
    field('direction', 'text', false, ['direction', 'better when', 'ทิศทาง', 'yön']),
    field('rolloutDate', 'date', true, [
      'rollout date',
      'rollout',
      'launch date',
      'go live',
      'วันที่เริ่มใช้',
      'yayın tarihi',
      'başlatma tarihi',
    ]),
    field('preStart', 'date', true, [
      'pre start',
      'pre period start',
      'baseline start',
      'เริ่มช่วงก่อน',
      'ön dönem başlangıcı',
    ]),
    field('preEnd', 'date', true, [
      'pre end',
      'pre period end',
      'baseline end',
      'สิ้นสุดช่วงก่อน',
      'ön dönem bitişi',
    ]),
    field('postStart', 'date', true, [
      'post start',
      'post period start',
      'เริ่มช่วงหลัง',
      'son dönem başlangıcı',
    ]),
    field('postEnd', 'date', true, [
      'post end',
      'post period end',
      'สิ้นสุดช่วงหลัง',
      'son dönem bitişi',
    ]),
    field('alpha', 'number', false, [
      'alpha',
      'significance',
      'significance level',
      'ระดับนัยสำคัญ',
      'anlamlılık düzeyi',
    ]),
  ],
  toEntity(v) {
    const dir = text(v.direction);
    const direction = dir === null ? 'higher_is_better' : matchVocabulary(dir, DIRECTIONS);
    if (!direction) throw rowProblem('import.row.notDirection', { value: dir ?? '' });
    const secondary = text(v.secondaryKpis);
    return {
      id: v.id,
      accountId: v.accountId,
      name: text(v.name) ?? v.id,
      hypothesis: v.hypothesis ?? null,
      primaryKpi: v.primaryKpi,
      secondaryKpis:
        secondary === null
          ? []
          : secondary
              .split(/[;,\n]/)
              .map((s) => s.trim())
              .filter(Boolean),
      kpiUnit: v.kpiUnit ?? null,
      direction,
      rolloutDate: v.rolloutDate,
      preStart: v.preStart,
      preEnd: v.preEnd,
      postStart: v.postStart,
      postEnd: v.postEnd,
      alpha: v.alpha ?? 0.05,
    };
  },
};

export const experimentObservationsKind: KindDef = {
  kind: 'experiment_observations',
  sheetHints: [
    'observations',
    'measurements',
    'experiment data',
    'ข้อมูลการทดลอง',
    'การวัดผล',
    'gözlemler',
    'ölçümler',
  ],
  fields: [
    field('experimentId', 'text', true, [
      'experiment id',
      'experiment',
      'test id',
      'รหัสการทดลอง',
      'deney id',
      'deney',
    ]),
    field('unitId', 'text', true, [
      'unit',
      'unit id',
      'team',
      'site',
      'store',
      'หน่วย',
      'ทีม',
      'birim',
      'ekip',
      'şube',
    ]),
    field('group', 'text', true, [
      'group',
      'arm',
      'treated',
      'treatment',
      'cohort',
      'กลุ่ม',
      'grup',
      'kol',
    ]),
    field('date', 'date', true, [
      'date',
      'week',
      'period',
      'month',
      'วันที่',
      'สัปดาห์',
      'tarih',
      'hafta',
      'dönem',
    ]),
    field('kpi', 'text', false, ['kpi', 'metric', 'measure', 'ตัวชี้วัด', 'metrik', 'ölçüt']),
    field('value', 'number', true, [
      'value',
      'kpi value',
      'measurement',
      'result',
      'ค่า',
      'ผลลัพธ์',
      'değer',
      'sonuç',
    ]),
  ],
  toEntity(v, ctx) {
    // A sheet with one KPI often names it only in the value column's header ("Tickets closed").
    const kpi = text(v.kpi) ?? ctx.headerOf?.('value') ?? 'value';
    return {
      experimentId: v.experimentId,
      unitId: v.unitId,
      group: experimentGroupOf(v.group),
      date: v.date,
      kpi,
      value: v.value,
    };
  },
};
