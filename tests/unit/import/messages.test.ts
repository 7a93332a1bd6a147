// Every problem the importer can report is a catalogue key with values, worded in en, th and tr.
// The key list is IMPORT_MESSAGE_KEYS, which the importer's code is typed against; each key here
// is produced by the real parsers, kinds, sheet checks, file readers and import session, so a
// message added without a translation, or worded with a placeholder its code never fills, fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/main/import/read/cells';
import { analyzeSheet } from '../../../src/main/import/map/analyze-sheet';
import type { BulkWriter } from '../../../src/main/import/write/bulk-writer';
import { kindDef } from '../../../src/main/import/check/kinds';
import type { KindContext } from '../../../src/main/import/check/kinds';
import { issueMessage } from '../../../src/main/import/check/messages';
import { CellBudget, MAX_IMPORT_CELLS } from '../../../src/main/import/progress';
import { readWorkbookFile } from '../../../src/main/import/read/read-file';
import type { ReadOptions } from '../../../src/main/import/read/read-file';
import { validateRows } from '../../../src/main/import/check/validate';
import { writeSheet } from '../../../src/main/import/write/write-sheet';
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
import { AppError } from '../../../src/shared/ipc/result';
import { harness } from '../../integration/import/harness';
import { zipParts } from '../../helpers/zip';
import { readScenarios } from './read-message-scenarios';
import { csvScenarios } from './csv-message-scenarios';
import { skipScenarios } from './skip-message-scenarios';
import { SheetRows } from '../../../src/main/import/read/sheet-rows';

const LOCALES: readonly Locale[] = ['en', 'th', 'tr'];
const template = (locale: Locale, key: string): string =>
  (CATALOGUES[locale] as Record<string, string | undefined>)[key] ?? '';
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The messages, and the words messages are built with. */
const WORDED: readonly string[] = [...IMPORT_MESSAGE_KEYS, 'import.list.oneOf'];

/** The ids of the fields a message names (a message inside it checks its own). */
const fieldIds = (m: ImportMessage): string[] =>
  Object.values(m.params).flatMap((p) =>
    typeof p !== 'object' ? [] : 'field' in p ? [p.field] : 'fields' in p ? p.fields.flat() : [],
  );

/** A message and the messages worded inside it: a refused file's reason, say. */
const withInner = (m: ImportMessage): ImportMessage[] => [
  m,
  ...Object.values(m.params).flatMap((p) =>
    typeof p === 'object' && 'message' in p ? withInner(p.message) : [],
  ),
];

interface Produced {
  kind: DataKind | null;
  messages: readonly ImportMessage[];
}

/** Rows whose columns are the fields themselves, in order: no header guessing involved. */
function validate(
  kind: DataKind,
  fields: readonly string[],
  rows: CellValue[][] | SheetRows,
  ctx: Partial<KindContext> = {},
): Produced {
  const v = validateRows(rows instanceof SheetRows ? rows : SheetRows.of(rows), {
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
  const { preview } = analyzeSheet(
    { fileName: 'f.csv', sheetName: 'f', rows: SheetRows.of(rows) },
    'f#0',
    {
      currency: 'USD',
      date1904: false,
      ...(kind ? { kind } : {}),
    },
  );
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

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-messages-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What an AppError carries for the wizard, with the messages worded inside it. */
function refusalOf(err: unknown, kind: DataKind | null = null): Produced {
  if (!(err instanceof AppError)) throw err;
  const details = err.details as ImportMessage;
  // The CLI's English is the same message worded in English.
  expect(err.message).toBe(renderImportMessage('en', kind, details));
  return { kind, messages: withInner(details) };
}

/** Writes a file and reads it as an import would; the scenario expects a refusal. */
async function refused(
  name: string,
  bytes: Uint8Array | string | null,
  options: ReadOptions = {},
): Promise<Produced> {
  const file = path.join(dir, name);
  if (bytes !== null) fs.writeFileSync(file, bytes);
  return readWorkbookFile(file, options).then(
    () => {
      throw new Error(`${name} was read`);
    },
    (err: unknown) => refusalOf(err),
  );
}

/** A sheet's parts in the smallest workbook the streaming reader reads. */
const SHEET_PARTS = {
  'xl/workbook.xml': '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/s.xml"/></Relationships>',
};
const sheetXml = (rows: string) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
const refusedBook = (name: string, parts: Record<string, string>, store = false) =>
  refused(name, zipParts({ ...SHEET_PARTS, ...parts }, store));

/** A zip's central directory entries, to declare what no honest writer would. */
function declare(
  zip: Buffer,
  change: (entry: { at: number; name: string; zip: Buffer }) => void,
): Buffer {
  const out = Buffer.from(zip);
  const end = out.length - 22;
  let at = out.readUInt32LE(end + 16);
  for (let n = out.readUInt16LE(end + 10); n > 0; n--) {
    const nameLength = out.readUInt16LE(at + 28);
    change({ at, name: out.toString('utf8', at + 46, at + 46 + nameLength), zip: out });
    at += 46 + nameLength + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

/** Only a zip's signature and its end record, pointing where `dir` says. */
function zipEnd(dir: { count: number; size: number; offset: number }, body = 0): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(dir.count, 8);
  end.writeUInt16LE(dir.count, 10);
  end.writeUInt32LE(dir.size, 12);
  end.writeUInt32LE(dir.offset, 16);
  return Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(body), end]);
}

const OLE = Buffer.concat([
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.alloc(504),
]);
const ACCOUNTS_CSV = 'Account ID,Account Name\nA1,Acme\n';
/** Compresses a thousand-fold: what a zip bomb's parts do. */
const BOMB = { 'xl/worksheets/s.xml': ' '.repeat(11 * 1024 * 1024) };

/** An import session over one accounts file, for refusals the session itself makes. */
async function session<T>(use: (h: Awaited<ReturnType<typeof harness>>) => Promise<T>) {
  const h = await harness();
  try {
    return await use(h);
  } finally {
    h.cleanup();
  }
}
const sessionRefusal = (
  act: (h: Awaited<ReturnType<typeof harness>>, id: string, key: string) => unknown,
) =>
  session(async (h) => {
    const preview = await h.service.open([h.file('accounts.csv', ACCOUNTS_CSV)]);
    try {
      act(h, preview.sessionId, preview.sheets[0]!.sheetKey);
    } catch (err) {
      return refusalOf(err);
    }
    throw new Error('the session did not refuse');
  });

const SCENARIOS: Record<ImportMessageKey, () => Produced | Promise<Produced>> = {
  ...readScenarios(refused),
  ...csvScenarios(() => dir),
  ...skipScenarios(),
  'import.sheet.noHeader': () => sheet([]),
  'import.sheet.unrecognised': () =>
    sheet([
      ['colour', 'flavour'],
      ['red', 'sweet'],
    ]),
  // Account, date and one number column: usage, perhaps, but too little to be sure.
  'import.sheet.kindUnsure': () =>
    sheet([
      ['Account ID', 'Date', 'Logins'],
      ['A1', '2024-01-01', 3],
      ['A2', '2024-01-01', 5],
      ['A3', '2024-01-08', 4],
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
  'import.row.cellTooLong': async () => {
    const file = path.join(dir, 'long-cell.csv');
    fs.writeFileSync(file, `id,name\nA1,${'x'.repeat(32_768)}\n`);
    const read = await readWorkbookFile(file);
    return validate('accounts', ['id', 'name'], read.sheets[0]!.rows.slice(1));
  },
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
        rows: SheetRows.of([
          ['Account ID', 'Account Name'],
          ['A1', 'Acme'],
          ['A1', 'Other'],
        ]),
      },
      'a#0',
      { kind: 'accounts', currency: 'USD', date1904: false },
    );
    const writer = { upserter: () => () => [] } as unknown as BulkWriter;
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
  'import.file.missing': () => refused('gone.csv', null),
  'import.file.notAFile': () => {
    fs.mkdirSync(path.join(dir, 'folder.csv'), { recursive: true });
    return refused('folder.csv', null);
  },
  'import.file.tooLarge': () => {
    // Sparse: the size is declared, not written.
    fs.writeFileSync(path.join(dir, 'huge.csv'), '');
    fs.truncateSync(path.join(dir, 'huge.csv'), 201 * 1024 * 1024);
    return refused('huge.csv', null);
  },
  'import.file.empty': () => refused('empty.csv', ''),
  'import.file.oldExcel': () => refused('old.xls', OLE),
  'import.file.notXlsx': () => refused('fake.xlsx', 'not a zip at all'),
  'import.file.notWorkbook': () =>
    refused('letter.xlsx', zipParts({ 'word/document.xml': '<w/>' })),
  'import.file.notSpreadsheet': () =>
    refused('binary.csv', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10])),
  'import.file.unreadable': () =>
    refused('cut.xlsx', zipEnd({ count: 0, size: 0, offset: 0 }).subarray(0, 20)),
  'import.file.refused': () => refused('bomb.xlsx', zipParts({ ...SHEET_PARTS, ...BOMB })),
  'import.file.tooManyCells': () =>
    refused('accounts.csv', ACCOUNTS_CSV, { budget: new CellBudget(3) }),
  'import.reason.noDirectory': () =>
    refused('truncated.xlsx', zipEnd({ count: 0, size: 0, offset: 0 }).subarray(0, 20)),
  'import.reason.zip64': () =>
    refused('zip64.xlsx', zipEnd({ count: 1, size: 0, offset: 0xffffffff })),
  'import.reason.directoryPastEnd': () =>
    refused('past.xlsx', zipEnd({ count: 1, size: 1000, offset: 0 })),
  'import.reason.directoryDamaged': () =>
    refused('scrambled.xlsx', zipEnd({ count: 1, size: 46, offset: 0 }, 42)),
  'import.reason.tooManyParts': () =>
    refused(
      'parts.xlsx',
      zipParts(Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`p${i}`, '']))),
    ),
  'import.reason.encrypted': () =>
    refused(
      'locked.xlsx',
      declare(zipParts(SHEET_PARTS), ({ at, zip }) => zip.writeUInt16LE(1, at + 8)),
    ),
  'import.reason.partZip64': () =>
    refused(
      'big-part.xlsx',
      declare(zipParts(SHEET_PARTS), ({ at, zip }) => zip.writeUInt32LE(0xffffffff, at + 24)),
    ),
  'import.reason.expands': () => refused('bomb.xlsx', zipParts({ ...SHEET_PARTS, ...BOMB })),
  'import.reason.expandsTo': () =>
    // Each part compresses believably (150 times); together they would fill 1.2 GB.
    refused(
      'vast.xlsx',
      declare(zipParts(SHEET_PARTS), ({ at, zip }) => {
        zip.writeUInt32LE(4 * 1024 * 1024, at + 20);
        zip.writeUInt32LE(600 * 1024 * 1024, at + 24);
      }),
    ),
  'import.reason.partMissing': () => refusedBook('no-sheet.xlsx', {}),
  'import.reason.partDamaged': async () => {
    const good = zipParts({ ...SHEET_PARTS, 'xl/worksheets/s.xml': sheetXml('<row r="1"/>') });
    const at = good.indexOf(Buffer.from('xl/worksheets/s.xml')) + 30;
    good[at] = good[at]! ^ 0xff;
    return refused('flipped.xlsx', good);
  },
  'import.reason.partCutShort': () =>
    refused(
      'short.xlsx',
      declare(
        zipParts({ ...SHEET_PARTS, 'xl/worksheets/s.xml': sheetXml('<row r="1"/>') }),
        ({ at, name, zip }) => {
          if (name === 'xl/worksheets/s.xml') zip.writeUInt32LE(1024 * 1024, at + 20);
        },
      ),
    ),
  'import.reason.compression': () =>
    refused(
      'bzip.xlsx',
      declare(zipParts(SHEET_PARTS), ({ at, zip }) => zip.writeUInt16LE(12, at + 10)),
    ),
  'import.reason.rowTooLarge': () =>
    refused(
      'long-row.xlsx',
      zipParts({
        ...SHEET_PARTS,
        'xl/worksheets/s.xml': sheetXml(`<row r="1">${'x'.repeat(4096)}`),
      }),
      { maxRowChars: 1024 },
    ),
  'import.reason.rowOrder': () =>
    refusedBook('backwards.xlsx', { 'xl/worksheets/s.xml': sheetXml('<row r="5"/><row r="2"/>') }),
  'import.reason.cellRange': () =>
    refusedBook('far.xlsx', {
      'xl/worksheets/s.xml': sheetXml('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>'),
    }),
  'import.session.cancelled': () => {
    const cancel = new AbortController();
    cancel.abort();
    return refused('accounts.csv', ACCOUNTS_CSV, { signal: cancel.signal });
  },
  'import.session.closed': () =>
    sessionRefusal((h, id, key) => {
      h.service.cancel(id);
      h.service.preview(id, { sheetKey: key, kind: 'accounts', mapping: {} });
    }),
  'import.session.noSheet': () =>
    sessionRefusal((h, id) =>
      h.service.preview(id, { sheetKey: 'other.csv#0', kind: 'accounts', mapping: {} }),
    ),
  'import.session.sheetRefused': () =>
    sessionRefusal((h, id, key) =>
      h.service.commit(id, [{ sheetKey: key, kind: 'tickets', mapping: {} }]),
    ),
};

describe('importer messages', () => {
  it('has a scenario for every message key', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual([...IMPORT_MESSAGE_KEYS].sort());
  });

  it.each(IMPORT_MESSAGE_KEYS)('%s is reported and worded in every language', async (key) => {
    const { kind, messages } = await SCENARIOS[key]();
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
      (k) => /^import\.(sheet|value|row|file|reason|session)\./.test(k) && !known.has(k),
    );
    expect(stale).toEqual([]);
  });

  it('writes the Thai messages in Thai, leaving only product names, acronyms and file types', () => {
    const latin = WORDED.map((key) => [
      key,
      template('th', key)
        .replace(/\{\w+\}/g, '')
        .replace(/\.(?:xlsx|xls|csv|docx|pptx)\b/g, '')
        .replace(/\b(?:Excel|LibreOffice|QBR Studio|NPS|CSAT|CES|THB|MB|zip|zip64)\b/g, ''),
    ]).filter(([, text]) => /[A-Za-z]/.test(text!) || !/[\u0E00-\u0E7F]/.test(text!));
    expect(latin).toEqual([]);
  });

  it('words every Turkish message differently from the English one', () => {
    const same = WORDED.filter((k) => template('tr', k) === template('en', k));
    expect(same).toEqual([]);
  });

  it('names the fields of a missing-columns problem by their labels, one-of groups with "or"', async () => {
    const { kind, messages } = await SCENARIOS['import.sheet.unmapped']();
    expect(renderImportMessage('en', kind, messages[0]!)).toBe(
      'Required columns are not mapped: Account ID, Response date, and one of Score, NPS score, CSAT score, or CES score (customer effort).',
    );
    const thai = renderImportMessage('th', kind, messages[0]!);
    expect(thai).toContain('รหัสบัญชีลูกค้า');
    expect(thai).toContain('หรือ');
    expect(renderImportMessage('tr', kind, messages[0]!)).toContain(' veya ');
  });

  it('refuses whole files in the reader’s language, with limits in its digit grouping', async () => {
    const { messages } = await SCENARIOS['import.file.tooManyCells']();
    const budget = messages[0]!;
    const limit = { count: MAX_IMPORT_CELLS };
    const atLimit = { ...budget, params: { ...budget.params, limit } };
    expect(renderImportMessage('en', null, atLimit)).toMatch(
      /^accounts\.csv makes this import larger than 8,000,000 cells, more than QBR Studio/,
    );
    expect(renderImportMessage('tr', null, atLimit)).toMatch(/^accounts\.csv .* 8\.000\.000 hücre/);
    // A reason reads as part of the sentence in each language.
    const { messages: bomb } = await SCENARIOS['import.file.refused']();
    expect(renderImportMessage('en', null, bomb[0]!)).toMatch(
      /^bomb\.xlsx was refused: xl\/worksheets\/s\.xml would expand [\d,]+ times, which is what zip bombs do\.$/,
    );
    expect(renderImportMessage('th', null, bomb[0]!)).toMatch(
      /^ไม่รับไฟล์ bomb\.xlsx: xl\/worksheets\/s\.xml จะขยายใหญ่ขึ้น [\d,]+ เท่า/,
    );
  });

  it('names the fields of a sheet refused at commit by the labels of its chosen kind', async () => {
    const { kind, messages } = await SCENARIOS['import.session.sheetRefused']();
    const text = renderImportMessage('tr', kind, messages[0]!);
    expect(text).toMatch(
      /^accounts\.csv \/ accounts içe aktarılamıyor: Zorunlu sütunlar eşleştirilmedi: /,
    );
    for (const field of ['id', 'openedDate'])
      expect(text).toContain(fieldLabelIn('tr', 'tickets', field));
    expect(text).not.toMatch(/\bid\b|openedDate/);
  });
});
