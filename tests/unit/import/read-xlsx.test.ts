import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/main/import/read/cells';
import { readWorkbookFile } from '../../../src/main/import/read/read-file';
import { readXlsxPackage } from '../../../src/main/import/read/xlsx';
import { readZipDirectory } from '../../../src/main/import/read/zip-guard';
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
  // As arrays, to compare with exceljs's reading and with what is expected.
  return { ...book, sheets: book.sheets.map((s) => ({ ...s, rows: s.rows.toArrays() })) };
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

describe('xlsx reader: styles, date systems, merges and other writers', () => {
  it('reads dates and percentages by their styles as exceljs does, in both date systems, with merged titles', async () => {
    for (const date1904 of [false, true]) {
      const wb = new ExcelJS.Workbook();
      (wb.properties as { date1904?: boolean }).date1904 = date1904;
      const ws = wb.addWorksheet('Renewals');
      ws.getCell('A1').value = 'รายงานต่ออายุ Q3';
      ws.mergeCells('A1:E1');
      ws.addRow([]);
      ws.addRow(['Account', 'Renewal', 'Started', 'Churn', 'Seats']);
      const rows: [string, Date, Date, number, number][] = [
        ['Acme', new Date(Date.UTC(2025, 2, 31)), new Date(Date.UTC(1999, 11, 31)), 0.25, 40],
        ['Globex', new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2024, 1, 29)), 0.035, 7],
      ];
      for (const r of rows) ws.addRow(r);
      ws.getColumn(2).numFmt = 'dd/mm/yyyy';
      ws.getColumn(3).numFmt = '[$-th-TH]d mmm bbbb';
      ws.getColumn(4).numFmt = '0.0%';
      ws.getColumn(5).numFmt = '#,##0 "seats"';
      const second = wb.addWorksheet('Notes');
      second.getCell('B2').value = new Date(Date.UTC(2024, 5, 15, 13, 30));
      second.getCell('B2').numFmt = 'h:mm';
      second.getCell('C2').value = 14;
      second.getCell('C2').numFmt = '0';
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
      const ours = await stream(`styles-${date1904}.xlsx`, bytes);
      const theirs = await readWithExceljs(bytes);
      expect(ours.date1904).toBe(date1904);
      expect(ours.sheets.map((s) => s.sheetName)).toEqual(['Renewals', 'Notes']);
      for (let i = 0; i < 2; i++)
        expect(trimmed(ours.sheets[i]!.rows)).toEqual(trimmed(theirs.sheets[i]!.rows));
      // And by value: dates as the dates written, percentages and counts as their numbers.
      expect(trimmed(ours.sheets[0]!.rows).slice(3)).toEqual(rows);
      expect(ours.sheets[0]!.rows[0]).toEqual(['รายงานต่ออายุ Q3']);
      expect(trimmed(ours.sheets[1]!.rows)[1]).toEqual([
        null,
        new Date(Date.UTC(2024, 5, 15, 13, 30)),
        14,
      ]);
    }
  });

  it('keeps only the top-left value of a merged area, even when a writer repeats it in the others', async () => {
    const out = await stream(
      'merged.xlsx',
      zipParts({
        'xl/workbook.xml': '<workbook><sheets><sheet name="M" r:id="rId1"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels':
          '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/m.xml"/></Relationships>',
        'xl/worksheets/m.xml': `<worksheet><dimension ref="A1:XFD1048576"/><sheetData>
          <row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c><c r="B1" t="inlineStr"><is><t>Title</t></is></c><c r="C1" t="inlineStr"><is><t>Title</t></is></c></row>
          <row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><v>3</v></c></row>
          <row r="3"><c r="A3"><v>4</v></c><c r="B3"><v>5</v></c></row>
        </sheetData><mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B:B"/></mergeCells>
        <dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations></worksheet>`,
      }),
    );
    expect(out.sheets[0]!.rows).toEqual([
      ['Title', null, null],
      [1, null, 3],
      [4, null],
    ]);
  });

  it('reads strict OOXML, prefixed elements, odd relationship targets and packages without docProps or theme', async () => {
    const strict = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    const rel = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const parts = {
      '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="/XL/Book.xml"/></Relationships>`,
      'xl/book.xml': `<x:workbook xmlns:x="${strict}" xmlns:rel="${rel}"><x:workbookPr date1904="1"/><x:sheets>
        <x:sheet name="Chart" sheetId="3" rel:id="rId3"/>
        <x:sheet name="Ünvan &amp; Şirket" sheetId="1" rel:id="rId1"/>
        <x:sheet name="ข้อมูล" sheetId="2" rel:id="rId2"/></x:sheets></x:workbook>`,
      'xl/_rels/book.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/sheet1.xml"/>
        <Relationship Id="rId2" Type="${rel}/worksheet" Target="worksheets\\Sheet%202.xml"/>
        <Relationship Id="rId3" Type="${rel}/chartsheet" Target="chartsheets/c.xml"/>
        <Relationship Id="rId4" Type="${rel}/sharedStrings" Target="xl/strings.xml"/>
        <Relationship Id="rId5" Type="${rel}/styles" Target="styles.xml"/>
        <Relationship Id="rId6" Type="${rel}/hyperlink" Target="https://example.com" TargetMode="External"/></Relationships>`,
      'xl/strings.xml': `<x:sst xmlns:x="${strict}"><x:si><x:t>Hesap No</x:t></x:si><x:si><x:r><x:t>Şirket </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>Adı</x:t></x:r></x:si></x:sst>`,
      'xl/styles.xml': `<x:styleSheet xmlns:x="${strict}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="d/m/yyyy;@"/></x:numFmts><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="164" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>`,
      'xl/worksheets/sheet1.xml': `<x:worksheet xmlns:x="${strict}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>7</x:v></x:c><x:c r="B2" s="1"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      'xl/worksheets/Sheet 2.xml': `<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- Numbers-like --><worksheet><sheetData><row><c t="inlineStr"><is><t><![CDATA[a < b & c]]></t></is></c><c t="inlineStr"><is><t>line&#13;one\r\ntwo</t></is></c></row></sheetData></worksheet>`,
      'xl/chartsheets/c.xml': '<chartsheet/>',
    };
    const out = await stream('strict.xlsx', zipParts(parts));
    expect(out.date1904).toBe(true);
    expect(out.sheets).toEqual([
      {
        sheetName: 'Ünvan & Şirket',
        rows: [
          ['Hesap No', 'Şirket Adı'],
          [7, new Date(Date.UTC(1904, 0, 1))],
        ],
      },
      { sheetName: 'ข้อมูล', rows: [['a < b & c', 'line\rone\ntwo']] },
    ]);
  });

  it('stops within 250 ms of work once the import is cancelled', async () => {
    const rows = Array.from(
      { length: 150_000 },
      (_, i) =>
        `<row r="${i + 1}"><c t="inlineStr"><is><t>Account ${i}</t></is></c><c><v>${i}</v></c></row>`,
    );
    const file = path.join(dir, 'cancel.xlsx');
    fs.writeFileSync(
      file,
      zipParts({
        'xl/workbook.xml': '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels':
          '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/s.xml"/></Relationships>',
        'xl/worksheets/s.xml': `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`,
      }),
    );
    const cancel = new AbortController();
    let cpuAtCancel: NodeJS.CpuUsage | null = null;
    let rowsAtCancel = 0;
    const read = readXlsxPackage(file, readZipDirectory(file), {
      signal: cancel.signal,
      onCells: () => {
        rowsAtCancel++;
        // Cancel part-way through the sheet, as the wizard's button would.
        if (rowsAtCancel === 20_000) {
          cpuAtCancel = process.cpuUsage();
          cancel.abort();
        }
      },
    });
    await expect(read).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(cpuAtCancel).not.toBeNull();
    const spent = process.cpuUsage(cpuAtCancel!);
    // A hard bound on the work done after the cancel (CPU time, not wall time on a busy machine).
    expect((spent.user + spent.system) / 1000).toBeLessThan(250);
    expect(rowsAtCancel).toBeLessThan(150_000);
  });
});

describe('xlsx reader: the whole file held to the ratio of one part', () => {
  it('refuses many parts that each stay under the per-part check but together inflate a thousand-fold', async () => {
    const blank = `<worksheet><sheetData>${' '.repeat(1024 * 1024)}</sheetData></worksheet>`;
    const parts: Record<string, string> = {
      'xl/workbook.xml': `<workbook><sheets>${Array.from({ length: 12 }, (_, i) => `<sheet name="S${i}" r:id="rId${i}"/>`).join('')}</sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships>${Array.from({ length: 12 }, (_, i) => `<Relationship Id="rId${i}" Type="x/worksheet" Target="worksheets/s${i}.xml"/>`).join('')}</Relationships>`,
    };
    for (let i = 0; i < 12; i++) parts[`xl/worksheets/s${i}.xml`] = blank;
    const file = path.join(dir, 'many-small-bombs.xlsx');
    fs.writeFileSync(file, zipParts(parts));
    await expect(readWorkbookFile(file)).rejects.toThrow(
      /many-small-bombs\.xlsx was refused: it would expand to 12 MB/,
    );
  });
});
