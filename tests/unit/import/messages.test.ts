// Every problem the importer can report is a catalogue key with values, worded in en, th and tr.
// The key list is IMPORT_MESSAGE_KEYS, which the importer's code is typed against; each key here
// is produced by the real parsers, kinds and sheet checks, so a message added without a
// translation, or worded with a placeholder its code never fills, fails.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/main/import/cells';
import { analyzeSheet } from '../../../src/main/import/analyze-sheet';
import type { BulkWriter } from '../../../src/main/import/bulk-writer';
import { kindDef } from '../../../src/main/import/kinds';
import type { KindContext } from '../../../src/main/import/kinds';
import { issueMessage } from '../../../src/main/import/messages';
import { validateRows } from '../../../src/main/import/validate';
import { writeSheet } from '../../../src/main/import/write-sheet';
import { SKIPPED_SHEET } from '../../../src/renderer/src/features/import/labels';
import { ENTITY_SCHEMAS } from '../../../src/shared/domain/kinds';
import type { DataKind } from '../../../src/shared/domain/kinds';
import { CATALOGUES } from '../../../src/shared/i18n';
import {
  fieldLabelIn,
  fieldLabelKey,
  renderImportMessage,
} from '../../../src/shared/i18n/import-message';
import { IMPORT_MESSAGE_KEYS } from '../../../src/shared/ipc/contract';
import type { ImportMessage, ImportMessageKey, Locale } from '../../../src/shared/ipc/contract';

const LOCALES: readonly Locale[] = ['en', 'th', 'tr'];
const template = (locale: Locale, key: string): string =>
  (CATALOGUES[locale] as Record<string, string | undefined>)[key] ?? '';
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The messages, and the words messages are built with. */
const WORDED: readonly string[] = [...IMPORT_MESSAGE_KEYS, 'import.list.oneOf'];

/** The ids of the fields a message names. */
const fieldIds = (m: ImportMessage): string[] =>
  Object.values(m.params).flatMap((p) =>
    typeof p !== 'object' ? [] : 'field' in p ? [p.field] : p.fields.flat(),
  );

interface Produced {
  kind: DataKind | null;
  messages: readonly ImportMessage[];
}

/** Rows whose columns are the fields themselves, in order: no header guessing involved. */
function validate(
  kind: DataKind,
  fields: readonly string[],
  rows: CellValue[][],
  ctx: Partial<KindContext> = {},
): Produced {
  const v = validateRows(rows, {
    def: kindDef(kind),
    schema: ENTITY_SCHEMAS[kind],
    headers: fields,
    mapping: Object.fromEntries(fields.map((f, i) => [f, i])),
    firstRowNumber: 2,
    ctx: { currency: 'USD', ...ctx },
  });
  return { kind, messages: v.errors };
}

function sheet(rows: CellValue[][], kind?: DataKind): Produced {
  const { preview } = analyzeSheet({ fileName: 'f.csv', sheetName: 'f', rows }, 'f#0', {
    currency: 'USD',
    date1904: false,
    ...(kind ? { kind } : {}),
  });
  return { kind: preview.kind, messages: preview.problemMessage ? [preview.problemMessage] : [] };
}

/** A schema rule no kind uses yet still gets a message of its own. */
function schemaIssue(kind: DataKind, schema: z.ZodType, entity: Record<string, unknown>): Produced {
  const issues = schema.safeParse(entity).error?.issues ?? [];
  return { kind, messages: issues.map((i) => issueMessage(i, entity)) };
}
const seats = z.object({ seats: z.number().min(1).max(9) });

const account = (cells: Record<string, CellValue>) =>
  validate('accounts', ['id', ...Object.keys(cells)], [['A1', ...Object.values(cells)]]);
const experimentFields = [
  'id',
  'accountId',
  'primaryKpi',
  'rolloutDate',
  'preStart',
  'preEnd',
  'postStart',
  'postEnd',
];
const experiment = (extra: Record<string, CellValue>) =>
  validate(
    'experiments',
    [...experimentFields, ...Object.keys(extra)],
    [
      [
        'E1',
        'A1',
        'Tickets closed',
        '2024-03-01',
        '2024-01-01',
        '2024-02-28',
        '2024-03-01',
        '2024-04-30',
        ...Object.values(extra),
      ],
    ],
  );
const usage = (fields: string[], row: CellValue[], ctx: Partial<KindContext> = {}) =>
  validate('usage', fields, [row], ctx);

const SCENARIOS: Record<ImportMessageKey, () => Produced> = {
  'import.sheet.noHeader': () => sheet([]),
  'import.sheet.unrecognised': () =>
    sheet([
      ['colour', 'flavour'],
      ['red', 'sweet'],
    ]),
  'import.sheet.unmapped': () =>
    sheet(
      [
        ['Comment', 'Owner'],
        ['great', 'Ann'],
      ],
      'surveys',
    ),
  'import.sheet.wideUnmapped': () =>
    sheet(
      [
        ['Account ID', 'Week', 'Comment'],
        ['A1', '2024-01-01', 'busy'],
      ],
      'usage',
    ),
  'import.sheet.skipped': () => ({ kind: null, messages: [SKIPPED_SHEET] }),
  'import.value.notNumber': () => account({ arr: 'n/a' }),
  'import.value.expectedNumber': () => account({ arr: true }),
  'import.value.notWhole': () => account({ seats: 1.5 }),
  'import.value.excelError': () => account({ arr: '#DIV/0!' }),
  'import.value.expectedYesNo': () => account({ churned: new Date(Date.UTC(2024, 0, 1)) }),
  'import.value.notYesNo': () => account({ churned: 'maybe' }),
  'import.value.expectedDate': () => account({ renewalDate: true }),
  'import.value.notDate': () => account({ renewalDate: 'soon' }),
  'import.value.invalidDate': () => account({ renewalDate: '2024-02-30' }),
  'import.value.invalidDateDMY': () => account({ renewalDate: '31/02/2024' }),
  'import.value.invalidDateMDY': () => account({ renewalDate: '02/31/2024' }),
  'import.row.required': () => validate('accounts', ['id', 'name'], [[null, 'Acme']]),
  'import.row.duplicateId': () =>
    validate(
      'usage',
      ['accountId', 'date', 'metric', 'eventId'],
      [
        ['A1', '2024-01-01', 'logins', 'U-1'],
        ['A1', '2024-01-02', 'logins', 'U-1'],
      ],
    ),
  'import.row.duplicateKey': () => {
    const analysis = analyzeSheet(
      {
        fileName: 'a.csv',
        sheetName: 'a',
        rows: [
          ['Account ID', 'Account Name'],
          ['A1', 'Acme'],
          ['A1', 'Other'],
        ],
      },
      'a#0',
      { kind: 'accounts', currency: 'USD', date1904: false },
    );
    const writer = { upsertAll: () => undefined } as unknown as BulkWriter;
    return { kind: 'accounts', messages: writeSheet(writer, 'accounts', analysis).errors };
  },
  'import.row.noAccount': () =>
    usage(['accountId', 'subscriptionId', 'date', 'metric'], [null, null, '2024-01-01', 'logins']),
  'import.row.unknownSubscription': () =>
    usage(['subscriptionId', 'date', 'metric'], ['S9', '2024-01-01', 'logins'], {
      accountOfSubscription: () => undefined,
    }),
  'import.row.failed': () =>
    usage(['subscriptionId', 'date', 'metric'], ['S9', '2024-01-01', 'logins'], {
      accountOfSubscription: () => {
        throw new Error('lookup failed');
      },
    }),
  'import.row.notSurveyType': () =>
    validate('surveys', ['accountId', 'date', 'score'], [['A1', '2024-05-01', 9]]),
  'import.row.noScore': () =>
    validate('surveys', ['accountId', 'date', 'nps'], [['A1', '2024-05-01', null]]),
  'import.row.notPriority': () =>
    validate(
      'tickets',
      ['id', 'accountId', 'openedDate', 'priority'],
      [['T1', 'A1', '2024-01-02', 'whenever']],
    ),
  'import.row.noTitle': () =>
    validate('events', ['accountId', 'date', 'title'], [['A1', '2024-01-01', null]]),
  'import.row.noMrr': () =>
    validate(
      'contract_lines',
      ['id', 'accountId', 'startDate', 'mrr'],
      [['L1', 'A1', '2024-01-01', null]],
    ),
  'import.row.notGroup': () =>
    validate(
      'experiment_observations',
      ['experimentId', 'unitId', 'group', 'date', 'value'],
      [['E1', 'U1', 'maybe', '2024-01-01', 3]],
    ),
  'import.row.notDirection': () => experiment({ direction: 'sideways' }),
  'import.row.noName': () => validate('contacts', ['id', 'accountId'], [['C1', 'A1']]),
  'import.row.currency': () => account({ currency: 'Dollars' }),
  'import.row.above': () => experiment({ alpha: 0 }),
  'import.row.below': () => experiment({ alpha: 1 }),
  'import.row.atLeast': () => schemaIssue('accounts', seats, { seats: 0 }),
  'import.row.atMost': () => schemaIssue('accounts', seats, { seats: 10 }),
  'import.row.invalid': () =>
    schemaIssue('surveys', z.object({ kind: z.enum(['nps', 'csat']) }), { kind: 'ces' }),
};

describe('importer messages', () => {
  it('has a scenario for every message key', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual([...IMPORT_MESSAGE_KEYS].sort());
  });

  it.each(IMPORT_MESSAGE_KEYS)('%s is reported and worded in every language', (key) => {
    const { kind, messages } = SCENARIOS[key]();
    const mine = messages.filter((m) => m.key === key);
    expect(mine.length, JSON.stringify(messages)).toBeGreaterThan(0);
    for (const m of mine) {
      for (const locale of LOCALES) {
        expect(template(locale, key).trim(), locale).not.toBe('');
        const text = renderImportMessage(locale, kind, m);
        // Every placeholder is filled, and fields read as their labels, not as code names.
        expect(text, locale).not.toMatch(/[{}]/);
        expect(text, locale).not.toMatch(/\b[a-z]+[A-Z]\w*/);
        for (const id of fieldIds(m)) {
          expect(kind && fieldLabelKey(kind, id) in CATALOGUES.en, id).toBe(true);
          expect(text, locale).toContain(fieldLabelIn(locale, kind, id));
        }
      }
    }
  });

  it.each(['th', 'tr'] as const)('uses the same placeholders in %s as in English', (locale) => {
    for (const key of WORDED)
      expect(placeholders(template(locale, key)), key).toEqual(placeholders(template('en', key)));
  });

  it('keeps no importer message the code cannot produce', () => {
    const known = new Set<string>(IMPORT_MESSAGE_KEYS);
    const stale = Object.keys(CATALOGUES.en).filter(
      (k) => /^import\.(sheet|value|row)\./.test(k) && !known.has(k),
    );
    expect(stale).toEqual([]);
  });

  it('writes the Thai messages in Thai, leaving only product names and acronyms', () => {
    const latin = WORDED.map((key) => [
      key,
      template('th', key)
        .replace(/\{\w+\}/g, '')
        .replace(/\b(?:Excel|NPS|CSAT|CES|THB)\b/g, ''),
    ]).filter(([, text]) => /[A-Za-z]/.test(text!) || !/[\u0E00-\u0E7F]/.test(text!));
    expect(latin).toEqual([]);
  });

  it('words every Turkish message differently from the English one', () => {
    const same = WORDED.filter((k) => template('tr', k) === template('en', k));
    expect(same).toEqual([]);
  });

  it('names the fields of a missing-columns problem by their labels, one-of groups with "or"', () => {
    const { kind, messages } = SCENARIOS['import.sheet.unmapped']();
    expect(renderImportMessage('en', kind, messages[0]!)).toBe(
      'Required columns are not mapped: Account ID, Response date, and one of Score, NPS score, CSAT score, or CES score (customer effort).',
    );
    const thai = renderImportMessage('th', kind, messages[0]!);
    expect(thai).toContain('รหัสบัญชีลูกค้า');
    expect(thai).toContain('หรือ');
    expect(renderImportMessage('tr', kind, messages[0]!)).toContain(' veya ');
  });
});
