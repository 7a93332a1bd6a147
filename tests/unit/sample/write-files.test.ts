import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleBook } from '../../../src/main/sample/generate';
import type { SampleBook } from '../../../src/main/sample/generate';
import { writeSampleFiles } from '../../../src/main/sample/write-files';

const EXPECTED_FILES = [
  'accounts.xlsx',
  'contracts.xlsx',
  'usage.csv',
  'contacts.xlsx',
  'events.xlsx',
  'surveys.xlsx',
  'tickets.csv',
  'churn.xlsx',
  'experiments.xlsx',
];

let book: SampleBook;
let outDir: string;
let paths: string[];

async function readWorkbook(fileName: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(outDir, fileName));
  return workbook;
}

function rowValues(sheet: ExcelJS.Worksheet, rowNumber: number): unknown[] {
  const values = sheet.getRow(rowNumber).values;
  // exceljs rows are 1-based: index 0 is always empty.
  return Array.isArray(values) ? values.slice(1) : [];
}

const utcMidnight = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  book = generateSampleBook(42, '2026-09-30');
  outDir = await mkdtemp(join(tmpdir(), 'qbr-sample-'));
  paths = await writeSampleFiles(book, join(outDir, 'nested'));
  outDir = join(outDir, 'nested');
});

afterAll(async () => {
  await rm(join(outDir, '..'), { recursive: true, force: true });
});

describe('writeSampleFiles', () => {
  it('writes the nine source files, creating the folder, and leaves no temporary file', async () => {
    expect(paths.map((path) => basename(path))).toEqual(EXPECTED_FILES);
    expect((await readdir(outDir)).sort()).toEqual([...EXPECTED_FILES].sort());
  });

  it('writes accounts.xlsx with a title, a blank row, then the header and the accounts', async () => {
    const sheet = (await readWorkbook('accounts.xlsx')).getWorksheet('Accounts');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(String(sheet.getCell('A1').value)).toMatch(/accounts/i);
    expect(rowValues(sheet, 2).filter((value) => value !== undefined && value !== null)).toEqual(
      [],
    );
    const header = rowValues(sheet, 3);
    for (const name of [
      'Account ID',
      'Account Name',
      'ARR',
      'Renewal Date',
      'CSM Owner',
      'Segment',
      'Currency',
    ]) {
      expect(header).toContain(name);
    }
    const column = (name: string): number => header.indexOf(name) + 1;
    const first = book.accounts[0];
    expect(first).toBeDefined();
    if (!first) return;
    const row = sheet.getRow(4);
    expect(row.getCell(column('Account ID')).value).toBe(first.id);
    expect(row.getCell(column('Account Name')).value).toBe(first.name);
    expect(row.getCell(column('ARR')).value).toBe(first.arr);
    expect(row.getCell(column('Renewal Date')).value).toEqual(utcMidnight(first.renewalDate ?? ''));
    expect(sheet.rowCount).toBe(3 + book.accounts.length);
    const turkish = book.accounts.find((account) => account.country === 'Türkiye');
    const names = Array.from(
      { length: book.accounts.length },
      (_, i) => sheet.getRow(4 + i).getCell(column('Account Name')).value,
    );
    expect(names).toContain(turkish?.name);
  });

  it('writes contacts.xlsx with Thai names intact and real dates', async () => {
    const sheet = (await readWorkbook('contacts.xlsx')).getWorksheet('Contacts');
    if (!sheet) throw new Error('no Contacts sheet');
    const header = rowValues(sheet, 1);
    expect(header).toEqual([
      'Contact ID',
      'Account ID',
      'Full Name',
      'Email',
      'Job Title',
      'Champion',
      'Start Date',
      'End Date',
    ]);
    const thai = book.contacts.findIndex((contact) => /[\u0E00-\u0E7F]/.test(contact.name));
    expect(thai).toBeGreaterThanOrEqual(0);
    const row = sheet.getRow(2 + thai);
    expect(row.getCell(3).value).toBe(book.contacts[thai]?.name);
    expect(row.getCell(7).value).toBeInstanceOf(Date);
  });

  it('writes experiments.xlsx with an Experiments and an Observations sheet', async () => {
    const workbook = await readWorkbook('experiments.xlsx');
    const experiments = workbook.getWorksheet('Experiments');
    const observations = workbook.getWorksheet('Observations');
    if (!experiments || !observations) throw new Error('missing experiment sheets');
    expect(rowValues(experiments, 1)).toContain('Primary KPI');
    expect(rowValues(experiments, 1)).toContain('Rollout Date');
    expect(experiments.rowCount).toBe(1 + book.experiments.length);
    expect(rowValues(observations, 1)).toEqual([
      'Experiment ID',
      'Unit',
      'Group',
      'Week',
      'KPI',
      'Value',
    ]);
    expect(observations.rowCount).toBe(1 + book.observations.length);
    const first = book.observations[0];
    expect(rowValues(observations, 2)).toEqual([
      first?.experimentId,
      first?.unitId,
      first?.group,
      utcMidnight(first?.date ?? ''),
      first?.kpi,
      first?.value,
    ]);
  });

  it('writes the other workbooks with the expected sheets and row counts', async () => {
    const cases: [string, string, number, string][] = [
      ['contracts.xlsx', 'Contracts', book.contractLines.length, 'MRR'],
      ['events.xlsx', 'Events', book.events.length, 'Title'],
      ['surveys.xlsx', 'Survey Responses', book.surveys.length, 'Score'],
      ['churn.xlsx', 'Churn', book.churns.length, 'Reason Code'],
    ];
    for (const [file, sheetName, rows, header] of cases) {
      const sheet = (await readWorkbook(file)).getWorksheet(sheetName);
      if (!sheet) throw new Error(`${file} has no ${sheetName} sheet`);
      expect(rowValues(sheet, 1)).toContain(header);
      expect(sheet.rowCount).toBe(1 + rows);
    }
  });

  it('writes usage.csv in long format with ISO dates', async () => {
    const lines = (await readFile(join(outDir, 'usage.csv'), 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toBe('account_id,metric,date,value');
    expect(lines).toHaveLength(1 + book.usage.length);
    const first = book.usage[0];
    expect(lines[1]).toBe(`${first?.accountId},${first?.metric},${first?.date},${first?.value}`);
  });

  it('writes tickets.csv with ISO dates and quoted subjects when needed', async () => {
    const lines = (await readFile(join(outDir, 'tickets.csv'), 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]?.split(',')).toEqual([
      'Ticket ID',
      'Account ID',
      'Opened',
      'Closed',
      'Priority',
      'Status',
      'Satisfaction',
      'Escalated',
      'Resolution Hours',
      'Subject',
    ]);
    expect(lines).toHaveLength(1 + book.tickets.length);
    const fields = lines[1]?.split(',') ?? [];
    expect(fields[0]).toBe(book.tickets[0]?.id);
    expect(fields[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('writes the same rows again for the same book', async () => {
    const again = await mkdtemp(join(tmpdir(), 'qbr-sample-again-'));
    try {
      await writeSampleFiles(generateSampleBook(42, '2026-09-30'), again);
      for (const csv of ['usage.csv', 'tickets.csv']) {
        expect(await readFile(join(again, csv), 'utf8')).toBe(
          await readFile(join(outDir, csv), 'utf8'),
        );
      }
      const first = (await readWorkbook('events.xlsx')).getWorksheet('Events');
      const second = new ExcelJS.Workbook();
      await second.xlsx.readFile(join(again, 'events.xlsx'));
      const secondSheet = second.getWorksheet('Events');
      if (!first || !secondSheet) throw new Error('missing Events sheet');
      const dump = (sheet: ExcelJS.Worksheet): unknown[][] =>
        Array.from({ length: sheet.rowCount }, (_, i) => rowValues(sheet, i + 1));
      expect(dump(secondSheet)).toEqual(dump(first));
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });
});
