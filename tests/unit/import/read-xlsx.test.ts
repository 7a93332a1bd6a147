import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/main/import/cells';
import { readXlsxPackage } from '../../../src/main/import/read/xlsx';
import { readZipDirectory } from '../../../src/main/import/zip-guard';
import { readWithExceljs } from '../../helpers/exceljs-read';
import { zipParts } from '../../helpers/zip';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-stream-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function stream(name: string, bytes: Uint8Array) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const book = await readXlsxPackage(file, readZipDirectory(file));
  if (!book) throw new Error(`${name} holds no workbook`);
  return book;
}

/** Rows without their trailing blanks: the two readers pad to different widths. */
const trimmed = (rows: CellValue[][]) =>
  rows.map((r) => {
    const out = [...r];
    while (out.length > 0 && (out.at(-1) === null || out.at(-1) === undefined)) out.pop();
    return out;
  });

describe('xlsx reader', () => {
  it('reads what exceljs reads: shared and rich strings, entities, scripts, formulas, errors, gaps, several sheets', async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('R&D <Accounts>');
    a.addRow(['Account ID', 'Name & "Co"', 'ARR', 'Active', 'Note']);
    a.addRow([
      'A1',
      { richText: [{ text: 'Ac' }, { text: 'me', font: { bold: true } }] },
      12.5,
      true,
      "it's < 5 > 3",
    ]);
    a.addRow(['A2', 'บริษัท ไทย จำกัด', { formula: '1+1', result: 2 }, false, 'Çağrı Şirketi 😀']);
    a.addRow(['A3', { formula: 'A1&"x"', result: 'A1x' }, { error: '#N/A' }, null, '  padded  ']);
    a.getRow(7).values = [
      'A7',
      null,
      { formula: 'C2/0', result: { error: '#DIV/0!' } },
      null,
      'line\nbreak',
    ];
    a.getRow(8).values = [null, null, null, null, null, null, null, null, 'far right'];
    a.addRow(['A9', { formula: 'NOW()' }, -0.0001234, 1e21, '']);
    const b = wb.addWorksheet('Second');
    b.addRow(['x']);
    b.getRow(3).values = [1, 2, 3];
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const whole = await readWithExceljs(bytes);
    const streamed = await stream('same.xlsx', bytes);
    expect(streamed.date1904).toBe(false);
    expect(streamed.sheets.map((s) => s.sheetName)).toEqual(['R&D <Accounts>', 'Second']);
    for (let i = 0; i < whole.sheets.length; i++) {
      expect(trimmed(streamed.sheets[i]!.rows)).toEqual(trimmed(whole.sheets[i]!.rows));
    }
    // And the values themselves, so a shared mistake in both readers would still fail.
    expect(trimmed(streamed.sheets[0]!.rows)[2]).toEqual([
      'A2',
      'บริษัท ไทย จำกัด',
      2,
      false,
      'Çağrı Şirketi 😀',
    ]);
    expect(trimmed(streamed.sheets[0]!.rows)[6]).toEqual([
      'A7',
      null,
      '#DIV/0!',
      null,
      'line\nbreak',
    ]);
    expect(streamed.sheets[0]!.rows[4]).toEqual([]);
  });

  it('reads shapes other programs write: inline strings, ISO dates, phonetic guides, rows and cells without references, prefixes, 1904 dates', async () => {
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id='rId2' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet' Target='/xl/worksheets/data.xml'/>
      <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
    </Relationships>`;
    const workbook = `<x:workbook xmlns:x="main" xmlns:r="rels"><x:workbookPr date1904="true"/><x:sheets>
      <x:sheet name="Usage &amp; more" sheetId="1" r:id="rId2"/></x:sheets></x:workbook>`;
    const shared = `<sst><si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si><si/><si><t xml:space="preserve"> x </t></si></sst>`;
    const sheet = `<worksheet><sheetData>
      <row r="2"><c r="B2" t="s"><v>0</v></c><c t="s"><v>2</v></c><c t="inlineStr"><is><t>in&#x2014;line</t></is></c></row>
      <row r="3" spans="1:3"/>
      <row><c r="A4" t="d"><v>2024-02-29T00:00:00Z</v></c><c r="C4" s="1"/><c r="D4" t="b"><v>1</v></c><c r="E4" t="e"><v>#REF!</v></c><c r="F4"><f>1+</f></c></row>
    </sheetData></worksheet>`;
    for (const store of [false, true]) {
      const out = await stream(
        `other-${store}.xlsx`,
        zipParts(
          {
            'xl/workbook.xml': workbook,
            'xl/_rels/workbook.xml.rels': rels,
            'xl/sharedStrings.xml': shared,
            'xl/worksheets/data.xml': sheet,
          },
          store,
        ),
      );
      expect(out.date1904).toBe(true);
      expect(out.sheets).toEqual([
        {
          sheetName: 'Usage & more',
          rows: [
            [],
            [null, '東京', ' x ', 'in—line'],
            [],
            // F4's formula has no cached result: a cell without a value takes no room.
            [new Date('2024-02-29T00:00:00Z'), null, null, true, '#REF!'],
          ],
        },
      ]);
    }
  });

  it('finds every row end wherever the inflated chunks happen to split it', async () => {
    // Rows of irregular lengths over several MB, so chunk boundaries fall inside "</row>" too.
    const texts = Array.from({ length: 6000 }, (_, i) => 'x'.repeat((i * 7919) % 1500));
    const rows = texts.map(
      (t, i) =>
        `<row r="${i + 1}"><c t="inlineStr"><is><t>${t}</t></is></c><c><v>${i}</v></c></row>`,
    );
    const out = await stream(
      'split.xlsx',
      zipParts({
        'xl/workbook.xml': '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels':
          '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/s.xml"/></Relationships>',
        'xl/worksheets/s.xml': `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`,
      }),
    );
    expect(out.sheets[0]!.rows).toEqual(texts.map((t, i) => [t, i]));
  });

  it('refuses damaged parts and impossible references instead of returning half a sheet', async () => {
    const base = {
      'xl/workbook.xml': '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/s.xml"/></Relationships>',
    };
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`,
    );
    const good = zipParts({
      ...base,
      'xl/worksheets/s.xml': `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`,
    });
    expect((await stream('good.xlsx', good)).sheets[0]!.rows).toHaveLength(2000);
    // Flip one byte inside the sheet's compressed data: the checksum no longer matches.
    const damaged = Buffer.from(good);
    const at = good.indexOf(Buffer.from('xl/worksheets/s.xml')) + 30;
    damaged[at] = damaged[at]! ^ 0xff;
    await expect(stream('damaged.xlsx', damaged)).rejects.toThrow(/damaged/);
    const farRight = zipParts({
      ...base,
      'xl/worksheets/s.xml':
        '<worksheet><sheetData><row r="1"><c r="ZZZZ1"><v>1</v></c></row></sheetData></worksheet>',
    });
    await expect(stream('far.xlsx', farRight)).rejects.toThrow(/out of range/);
    const backwards = zipParts({
      ...base,
      'xl/worksheets/s.xml':
        '<worksheet><sheetData><row r="5"/><row r="2"/></sheetData></worksheet>',
    });
    await expect(stream('back.xlsx', backwards)).rejects.toThrow(/out of order/);
    const noSheet = zipParts(base);
    await expect(stream('missing.xlsx', noSheet)).rejects.toThrow(/missing/);
  });
});
