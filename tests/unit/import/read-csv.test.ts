import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CsvParser,
  decodeText,
  detectDelimiter,
  parseCsv,
  readCsvFile,
} from '../../../src/main/import/read/read-csv';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qbr-csv-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, bytes: Uint8Array | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

const utf16 = (text: string, bigEndian: boolean): Buffer => {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (!bigEndian) return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
};

describe('CSV', () => {
  const expected = [
    ['id', 'name'],
    ['1', 'Şirket ไทย'],
  ];

  const rowsOf = async (file: string) => (await readCsvFile(file)).rows.toArrays();

  it('decodes UTF-8 with and without BOM, UTF-16 LE and BE', async () => {
    const text = 'id,name\n1,Şirket ไทย\n';
    expect(parseCsv(decodeText(Buffer.from(text)))).toEqual(expected);
    expect(
      parseCsv(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))),
    ).toEqual(expected);
    expect(parseCsv(decodeText(utf16(text, false)))).toEqual(expected);
    expect(parseCsv(decodeText(utf16(text, true)))).toEqual(expected);
    expect(await rowsOf(fileWith('le.csv', utf16(text, false)))).toEqual(expected);
    expect(await rowsOf(fileWith('be.csv', utf16(text, true)))).toEqual(expected);
    expect(
      await rowsOf(
        fileWith('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
      ),
    ).toEqual(expected);
  });

  it('reads Windows-1252 when the bytes are not UTF-8 and hold no UTF-8', async () => {
    const bytes = Buffer.from([
      0x69, 0x64, 0x2c, 0x6e, 0x0a, 0x31, 0x2c, 0x43, 0x61, 0x66, 0xe9, 0x0a,
    ]);
    expect(await rowsOf(fileWith('cp1252.csv', bytes))).toEqual([
      ['id', 'n'],
      ['1', 'Café'],
    ]);
  });

  it('detects comma, semicolon and tab delimiters', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,5;2,5;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(parseCsv('a;b\n1,5;2\n')).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });

  it('keeps quoted delimiters, doubled quotes and line breaks inside fields; reads CRLF', () => {
    const text = 'id,note\r\n1,"line one\r\nline two"\r\n2,"say ""hi"", then go"\r\n3,\r\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'note'],
      ['1', 'line one\r\nline two'],
      ['2', 'say "hi", then go'],
      ['3', null],
    ]);
  });

  it('gives the same rows whatever the chunk boundaries', () => {
    const text = 'id,note\r\n1,"a ""quoted"" word"\r\n2,"multi\r\nline"\r\n3,plain\r\n';
    const whole = parseCsv(text, ',');
    for (let cut = 1; cut < text.length; cut++) {
      const parser = new CsvParser(',');
      parser.push(text.slice(0, cut));
      parser.push(text.slice(cut));
      expect(parser.end().toArrays(), `cut at ${cut}`).toEqual(whole);
    }
  });

  it('reads a last line without a newline', () => {
    expect(parseCsv('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
