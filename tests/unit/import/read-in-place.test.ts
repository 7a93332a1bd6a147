import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxPackage } from '../../../src/main/import/read/xlsx';
import type { ShortAttributes } from '../../../src/main/import/read/xml-text';
import {
  attr,
  cellAttributes,
  numberAt,
  plainDecimalAt,
  shortAttributesAt,
} from '../../../src/main/import/read/xml-text';
import { readZipDirectory } from '../../../src/main/import/read/zip-guard';
import { zipParts } from '../../helpers/zip';

// The worksheet reader reads the usual spelling of cells and rows in place (no copies) and
// hands every other spelling to the tag-by-tag path: both must read the same values.

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-in-place-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const blank = (): ShortAttributes => ({
  rFrom: -1,
  rTo: -1,
  tFrom: -1,
  tTo: -1,
  sFrom: -1,
  sTo: -1,
});

describe('attributes read in place', () => {
  it('finds r, t and s where cellAttributes does, or declines the spelling', () => {
    const tags = [
      ' r="A1" t="s" s="3"',
      ' r="B12"',
      ' s="0" r="XFD1048576" cm="1"',
      ' t="inlineStr"',
      '',
      '\n\tr="C3"\r\n t="str" ',
      ' r="D4" x14ac:dyDescent="0.25" spans="1:4"',
      ' xr="A1" r="E5"',
      " r='A1'",
      ' r = "A1"',
      ' r="A1"t="s"',
      ' r="A&amp;1"',
      ' a="x=y" r="F6"',
      ' r="A1" r="B1"',
      ' r="A1',
      '/ r="A1"',
    ];
    for (const tag of tags) {
      // The tag sits inside a longer buffer, as it does in the scanner.
      const buffer = `<c${tag}><v>1</v></c>`;
      const at = blank();
      const read = shortAttributesAt(buffer, 2, 2 + tag.length, at);
      const want: { r?: string; t?: string; s?: string } = {};
      cellAttributes(tag, want);
      const slice = (from: number, to: number) => (from < 0 ? undefined : buffer.slice(from, to));
      if (read) {
        expect({
          r: slice(at.rFrom, at.rTo),
          t: slice(at.tFrom, at.tTo),
          s: slice(at.sFrom, at.sTo),
        }).toEqual(want);
        expect(slice(at.rFrom, at.rTo)).toBe(attr(tag, 'r'));
      }
      // Declining is always safe (the copied tag is read as before); the usual spellings are not.
      if (tag === ' r="A1" t="s" s="3"' || tag === '' || tag.includes('dyDescent'))
        expect(read).toBe(true);
      if (tag.includes("'") || tag.includes(' = ') || tag.includes('&') || tag.includes('"t='))
        expect(read).toBe(false);
    }
  });

  it('reads numbers as Number() does', () => {
    for (const text of ['0', '7', '44564', '123456789', '1234567890', '', ' 5', '1.5', '1e3', 'x'])
      expect(numberAt(`<v>${text}</v>`, 3, 3 + text.length)).toBe(Number(text));
  });

  it('reads plain decimals as Number() does, to the last bit, and declines the rest', () => {
    const plain = ['0', '-0', '7', '-7', '007', '0.1', '12.5', '-0.000123', '44564.9999884259'];
    plain.push('123456789012345', '99999999999999.9', '1.00000000000001', '0.00000000000001');
    // Random decimals of up to 15 digits, the point anywhere: the one division must round as
    // Number() reads the text.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 5_000; i++) {
      const digits = String(Math.floor(random() * 10 ** (1 + Math.floor(random() * 15))));
      const point = Math.floor(random() * digits.length);
      plain.push(point === 0 ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`);
    }
    for (const text of plain) {
      const read = plainDecimalAt(`<v>${text}</v>`, 3, 3 + text.length);
      expect(Object.is(read, Number(text)), text).toBe(true);
    }
    const declined = ['', '-', '1.', '.5', '+1', '1e3', ' 5', '5 ', '1,5', '1.2.3', '0x10'];
    // Past 15 digits the one division may round otherwise: Number() reads those.
    declined.push('1234567890123456', '-1234567890123.456', '0.30000000000000004', 'NaN', '١٢');
    for (const text of declined)
      expect(plainDecimalAt(`<v>${text}</v>`, 3, 3 + text.length), text).toBeNaN();
  });
});

describe('worksheet cells read in place', () => {
  it('reads each cell the same whether written the usual way or any other', async () => {
    const shared = '<sst><si><t>Acme</t></si><si><t>logins</t></si></sst>';
    const styles =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>';
    const long = '1'.repeat(80);
    const usual =
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>` +
      `<c r="C1" s="1"><v>44564</v></c><c r="D1"><v>12.5</v></c><c r="E1" t="str"><v>a&amp;b</v></c>` +
      `<c r="F1" t="b"><v>1</v></c><c r="G1"><v>${long}</v></c><c r="H1"><v></v></c>` +
      `<c r="I1" t="n"><v>-0.25</v></c><c r="J1"><v>1e3</v></c><c r="K1" t="s"><v>1.5</v></c>` +
      `<c r="L1" s="1"><v>44564.5</v></c><c r="M1"><v>007</v></c></row>`;
    const other =
      `<row r='2'><c r='A2' t='s'><v>0</v></c><c r = "B2" t="s"><v>1</v> </c>` +
      `<c r="C2" s="1"><f>A1</f><v>44564</v></c><c r="D2"><x:v>12.5</x:v></c>` +
      `<c r="E2" t="str"><v>a&amp;b</v></c><c t="b" r="F2"><v>1</v></c>` +
      `<c r="G2"><v>${long}</v></c><c r="H2"><v></v></c>` +
      `<c r="I2" t="n"><v>-0.25</v> </c><c r="J2"><v>1e3</v> </c><c r="K2" t="s"><v>1.5</v> </c>` +
      `<c r="L2" s="1"><v>44564.5</v> </c><c r="M2"><v>007</v> </c></row>`;
    const file = path.join(dir, 'spellings.xlsx');
    fs.writeFileSync(
      file,
      zipParts({
        'xl/workbook.xml': '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels':
          '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/s.xml"/>' +
          '<Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/>' +
          '<Relationship Id="rId3" Type="x/styles" Target="styles.xml"/></Relationships>',
        'xl/sharedStrings.xml': shared,
        'xl/styles.xml': styles,
        'xl/worksheets/s.xml': `<worksheet><sheetData>${usual}${other}</sheetData></worksheet>`,
      }),
    );
    const book = await readXlsxPackage(file, readZipDirectory(file));
    const [first, second] = book!.sheets[0]!.rows.toArrays();
    expect(first).toEqual([
      'Acme',
      'logins',
      new Date('2022-01-03T00:00:00Z'),
      12.5,
      'a&b',
      true,
      Number(long),
      null,
      -0.25,
      1000,
      null,
      new Date('2022-01-03T12:00:00Z'),
      7,
    ]);
    expect(second).toEqual(first);
  });
});
