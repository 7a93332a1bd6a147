import { describe, expect, it } from 'vitest';
import { ENTITY_SCHEMAS } from '../../../src/shared/domain/kinds';
import type { CellValue } from '../../../src/main/import/read/cells';
import { kindDef } from '../../../src/main/import/check/kinds';
import type { DataKind } from '../../../src/shared/domain/kinds';
import { churnReasonOf } from '../../../src/main/import/check/kinds/churn';
import { experimentGroupOf } from '../../../src/main/import/check/kinds/experiments';
import { surveyKindOf } from '../../../src/main/import/check/kinds/surveys';
import { ticketPriority } from '../../../src/main/import/check/kinds/tickets';
import { autoMap, detectHeaderRow, guessKind } from '../../../src/main/import/map/mapping';
import { validateRows } from '../../../src/main/import/check/validate';
import { SheetRows } from '../../../src/main/import/read/sheet-rows';

describe('vocabularies', () => {
  it.each([
    ['High', 'high'],
    ['URGENT', 'urgent'],
    ['Critical', 'urgent'],
    ['P1', 'urgent'],
    ['normal', 'medium'],
    ['minor', 'low'],
    ['สูง', 'high'],
    ['ด่วน', 'urgent'],
    ['ปานกลาง', 'medium'],
    ['ต่ำ', 'low'],
    ['Yüksek', 'high'],
    ['Acil', 'urgent'],
    ['orta', 'medium'],
    ['Düşük', 'low'],
  ])('ticket priority %s is %s', (text, code) => {
    expect(ticketPriority(text)).toBe(code);
  });

  it('refuses a priority it cannot place', () => {
    expect(() => ticketPriority('whenever')).toThrow(/not a priority/);
  });

  it.each([
    ['wrong_use_case', 'wrong_use_case'],
    ['Not a fit for their use case', 'wrong_use_case'],
    ['Onboarding never finished', 'failed_launch'],
    ['Missing features', 'features_usability'],
    ['Low usage after pilot', 'low_usage'],
    ['Too expensive', 'roi_value'],
    ['Budget cuts', 'roi_value'],
    ['Acquired by another company', 'org_change'],
    ['ราคาแพงเกินไป', 'roi_value'],
    ['ใช้งานน้อย', 'low_usage'],
    ['การเปลี่ยนแปลงองค์กร', 'org_change'],
    ['Fiyat çok yüksek', 'roi_value'],
    ['Düşük kullanım', 'low_usage'],
    ['Kurulum başarısız', 'failed_launch'],
    ['Diğer', 'other'],
  ])('churn reason "%s" is %s', (text, code) => {
    expect(churnReasonOf(text)).toBe(code);
  });

  it.each([
    ['target', 'target'],
    ['Treatment', 'target'],
    ['treated', 'target'],
    ['untreated', 'control'],
    ['Control', 'control'],
    ['1', 'target'],
    ['0', 'control'],
    ['กลุ่มทดลอง', 'target'],
    ['กลุ่มควบคุม', 'control'],
    ['Deney', 'target'],
    ['Kontrol grubu', 'control'],
  ])('experiment group %s is %s', (text, group) => {
    expect(experimentGroupOf(text)).toBe(group);
  });

  it('reads experiment groups given as booleans and numbers', () => {
    expect(experimentGroupOf(true)).toBe('target');
    expect(experimentGroupOf(0)).toBe('control');
    expect(() => experimentGroupOf('maybe')).toThrow(/not a group/);
  });

  it.each([
    ['NPS', 'nps'],
    ['Net Promoter Score', 'nps'],
    ['CSAT', 'csat'],
    ['Customer satisfaction', 'csat'],
    ['CES', 'ces'],
    ['ความพึงพอใจ', 'csat'],
    ['Müşteri memnuniyeti', 'csat'],
  ])('survey type %s is %s', (text, kind) => {
    expect(surveyKindOf(text)).toBe(kind);
  });
});

describe('column mapping', () => {
  it('maps Thai and Turkish headers, ignoring case, accents and spacing', () => {
    const th = autoMap(['รหัสลูกค้า', 'ชื่อลูกค้า', 'วันต่ออายุ', 'ผู้ดูแล'], kindDef('accounts'));
    expect(th).toMatchObject({ id: 0, name: 1, renewalDate: 2, owner: 3 });
    const tr = autoMap(
      ['MÜŞTERİ NO', 'Müşteri Adı', 'Yenileme  Tarihi', 'sorumlu'],
      kindDef('accounts'),
    );
    expect(tr).toMatchObject({ id: 0, name: 1, renewalDate: 2, owner: 3 });
  });

  it('tolerates a typo in a long header', () => {
    expect(autoMap(['Account ID', 'Renewl Date'], kindDef('accounts')).renewalDate).toBe(1);
  });

  it('guesses each kind from typical export headers', () => {
    const cases: [string, string[], string][] = [
      ['Sheet1', ['account_id', 'account_name', 'industry', 'signup_date', 'seats'], 'accounts'],
      [
        'Sheet1',
        ['subscription_id', 'account_id', 'start_date', 'end_date', 'mrr_amount', 'arr_amount'],
        'contract_lines',
      ],
      ['Sheet1', ['Contact ID', 'Account ID', 'Full Name', 'Email', 'Champion'], 'contacts'],
      [
        'Sheet1',
        ['usage_id', 'subscription_id', 'usage_date', 'feature_name', 'usage_count'],
        'usage',
      ],
      ['Sheet1', ['ticket_id', 'account_id', 'submitted_at', 'closed_at', 'priority'], 'tickets'],
      ['Sheet1', ['Account ID', 'Churn Date', 'Reason Code', 'Notes'], 'churn'],
      ['Sheet1', ['Response ID', 'Account ID', 'Survey', 'Response Date', 'Score'], 'surveys'],
      [
        'Sheet1',
        ['Experiment ID', 'Unit', 'Group', 'Week', 'KPI', 'Value'],
        'experiment_observations',
      ],
      ['Sheet1', ['Event ID', 'Account ID', 'Type', 'Date', 'Title'], 'events'],
    ];
    for (const [sheet, headers, kind] of cases)
      expect(guessKind(sheet, headers), headers.join()).toBe(kind);
  });

  it('finds the header below title and note rows', () => {
    const rows: CellValue[][] = [
      ['Customer accounts: export of 2026-10-01', null, null],
      [null, null, null],
      ['Generated by CRM', null, null],
      ['Account ID', 'Account Name', 'ARR'],
      ['A-1', 'Acme', 1200],
    ];
    expect(detectHeaderRow(rows)).toBe(3);
  });
});

describe('row shapes', () => {
  const validate = (kind: DataKind, headers: string[], rows: CellValue[][]) => {
    const valid: { row: number; entity: Record<string, unknown> }[] = [];
    const v = validateRows(
      SheetRows.of(rows),
      {
        def: kindDef(kind),
        schema: ENTITY_SCHEMAS[kind],
        headers,
        mapping: autoMap(headers, kindDef(kind)),
        firstRowNumber: 2,
        ctx: { currency: 'USD' },
      },
      (row, entity) => valid.push({ row, entity }),
    );
    return { ...v, valid };
  };

  it('takes ARR/12 as MRR when only ARR is given', () => {
    const v = validate(
      'contract_lines',
      ['Line ID', 'Account ID', 'ARR', 'Start Date'],
      [['L1', 'A1', 12_000, '2024-01-01']],
    );
    expect(v.errors).toEqual([]);
    expect(v.valid[0]!.entity).toMatchObject({ mrr: 1000, currency: 'USD' });
  });

  it('gives one survey answer per score column and names a lone score by its header', () => {
    const both = validate(
      'surveys',
      ['Account ID', 'Date', 'NPS', 'CSAT'],
      [['A1', '2024-05-01', 9, 4]],
    );
    expect(both.valid.map((r) => [r.entity.kind, r.entity.score])).toEqual([
      ['nps', 9],
      ['csat', 4],
    ]);
    const headed = validate('surveys', ['Account ID', 'Date', 'Score'], [['A1', '2024-05-01', 9]]);
    expect(headed.errors[0]?.message).toMatch(/not a survey type/);
  });

  it('reports each bad cell with its row and column', () => {
    const v = validate(
      'tickets',
      ['Ticket ID', 'Account ID', 'Opened', 'Priority', 'Satisfaction'],
      [
        ['T1', 'A1', '2024-01-02', 'high', 'five'],
        ['T2', 'A1', 'someday', 'whenever', 4],
        [null, null, null, null, null],
      ],
    );
    expect(v.blankRows).toBe(1);
    expect(v.errors).toEqual([
      {
        row: 2,
        column: 'Satisfaction',
        key: 'import.value.notNumber',
        params: { value: 'five' },
        message: '"five" is not a number',
      },
      {
        row: 3,
        column: 'Opened',
        key: 'import.value.notDate',
        params: { value: 'someday' },
        message: '"someday" is not a date',
      },
    ]);
  });
});
