import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lines, runBoundedImport, tempFolder } from '../../helpers/bounded-cli';
import { zipParts } from '../../helpers/zip';

// Hostile workbooks (issue #14.1 for .xlsx) run through the real CLI import in a child process
// with a 1.5 GB heap and a time bound: each ends in a summary or a one-line refusal in the
// user's words, and a refusal leaves the workspace byte-identical.

const LIMIT_MS = 60_000;
const LIBRARY_TEXT =
  /Cannot read properties|undefined|Unexpected|Invalid (row|time)|TypeError|RangeError/;

let tmp: ReturnType<typeof tempFolder>;
let workspace: string;
beforeAll(async () => {
  tmp = tempFolder('qbr-hostile-xlsx-');
  workspace = path.join(tmp.dir, 'w.qbr');
  const csv = path.join(tmp.dir, 'accounts.csv');
  fs.writeFileSync(csv, 'Account ID,Account Name,ARR\nA1,Acme,1200\nA2,Globex,3400\n');
  const first = await runBoundedImport(workspace, [csv]);
  expect(first.code, first.stderr).toBe(0);
}, LIMIT_MS);
afterAll(() => tmp.remove());

const WORKBOOK = {
  '[Content_Types].xml':
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  '_rels/.rels':
    '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml': '<workbook><sheets><sheet name="Data" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};
const sheet = (data: string, after = '') =>
  `<worksheet><sheetData>${data}</sheetData>${after}</worksheet>`;
const HEADER =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Account ID</t></is></c><c r="B1" t="inlineStr"><is><t>Account Name</t></is></c></row>';
const account = (r: number, id: string, name: string) =>
  `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${id}</t></is></c><c r="B${r}" t="inlineStr"><is><t>${name}</t></is></c></row>`;

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(tmp.dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** Rewrites what a zip declares for one part, in its local header and its directory entry. */
function declare(zip: Buffer, part: string, change: { size?: number; crc?: number }): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(part);
  for (let at = out.indexOf(name); at >= 0; at = out.indexOf(name, at + 1)) {
    const local = at - 30;
    const central = at - 46;
    if (local >= 0 && out.readUInt32LE(local) === 0x04034b50) {
      if (change.size !== undefined) out.writeUInt32LE(change.size, local + 22);
      if (change.crc !== undefined) out.writeUInt32LE(change.crc, local + 14);
    } else if (central >= 0 && out.readUInt32LE(central) === 0x02014b50) {
      if (change.size !== undefined) out.writeUInt32LE(change.size, central + 24);
      if (change.crc !== undefined) out.writeUInt32LE(change.crc, central + 16);
    }
  }
  return out;
}

async function refused(file: string): Promise<string> {
  const r = await runBoundedImport(workspace, [file], [], { timeoutMs: LIMIT_MS });
  expect(r.killed, `${file} ran past ${LIMIT_MS} ms`).toBe(false);
  expect(r.code, r.stdout).toBe(1);
  const said = lines(r.stderr);
  expect(said, r.stderr).toHaveLength(1);
  expect(said[0]).toContain(path.basename(file));
  expect(said[0]).not.toMatch(LIBRARY_TEXT);
  expect(r.workspaceUnchanged).toBe(true);
  return said[0]!;
}

async function imported(file: string, extra: readonly string[] = []): Promise<string> {
  const r = await runBoundedImport(workspace, [file], extra, { timeoutMs: LIMIT_MS });
  expect(r.killed).toBe(false);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe('hostile workbooks through the CLI', { timeout: LIMIT_MS * 2 }, () => {
  it('refuses a row numbered 2,000,000,000 at once, naming the row and Excel’s limit', async () => {
    const file = write(
      'far-row.xlsx',
      zipParts({
        ...WORKBOOK,
        'xl/worksheets/sheet1.xml': sheet(
          `${HEADER}${account(2, 'A9', 'Initech')}<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>`,
        ),
      }),
    );
    expect(fs.statSync(file).size).toBeLessThan(2048);
    expect(await refused(file)).toMatch(/row numbered 2,000,000,000.*1,048,576/);
  });

  it('reads a 2 KB workbook with a cell at XFD1048576 without a cell or row object per gap', async () => {
    const file = write(
      'far-cell.xlsx',
      zipParts({
        ...WORKBOOK,
        'xl/worksheets/sheet1.xml': sheet(
          `${HEADER}${account(2, 'A7', 'Umbrella')}<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row>`,
        ),
      }),
    );
    expect(fs.statSync(file).size).toBeLessThan(2048);
    const r = await runBoundedImport(workspace, [file], [], { timeoutMs: LIMIT_MS });
    expect(r.killed).toBe(false);
    // Imported, or refused in a sentence (the far cell is not an account): never a crash.
    if (r.code === 0) expect(r.stdout).toMatch(/inserted|updated|unchanged/);
    else {
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).not.toMatch(LIBRARY_TEXT);
      expect(r.workspaceUnchanged).toBe(true);
    }
    expect(r.maxRssBytes ?? 0).toBeLessThan(1024 * 1024 * 1024);
  });

  it('refuses a column past XFD', async () => {
    const file = write(
      'far-column.xlsx',
      zipParts({
        ...WORKBOOK,
        'xl/worksheets/sheet1.xml': sheet(`${HEADER}<row r="2"><c r="XFE2"><v>1</v></c></row>`),
      }),
    );
    expect(await refused(file)).toMatch(/XFE2/);
  });

  for (const tag of ['<row ', '<c ']) {
    it(`refuses 400,000 unclosed "${tag.trim()}" tags in linear time`, async () => {
      const open = tag === '<c ' ? '<row r="2">' : '';
      const file = write(
        `unclosed-${tag.trim().slice(1)}.xlsx`,
        zipParts({
          ...WORKBOOK,
          'xl/worksheets/sheet1.xml': sheet(`${HEADER}${open}${tag.repeat(400_000)}`),
        }),
      );
      expect(await refused(file)).toMatch(/markup far larger|damaged|cut short/);
    });
  }

  it('refuses the row of a cell longer than Excel allows, naming the cell (inline and shared strings)', async () => {
    const long = 'x'.repeat(40_000);
    const inline = write(
      'long-inline.xlsx',
      zipParts({
        ...WORKBOOK,
        'xl/worksheets/sheet1.xml': sheet(
          `${HEADER}${account(2, 'L1', 'Acme')}${account(3, 'L2', long)}`,
        ),
      }),
    );
    const saidInline = await imported(inline, ['--kind', 'accounts']);
    expect(saidInline).toContain('1 inserted');
    expect(saidInline).toContain('row 3, Account Name: Cell B3 holds more than 32,767 characters');
    const shared = write(
      'long-shared.xlsx',
      zipParts({
        ...WORKBOOK,
        'xl/_rels/workbook.xml.rels':
          '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        'xl/sharedStrings.xml': `<sst><si><t>L3</t></si><si><t>${long}</t></si></sst>`,
        'xl/worksheets/sheet1.xml': sheet(
          `${HEADER}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>${account(3, 'L4', 'Initech')}`,
        ),
      }),
    );
    const saidShared = await imported(shared, ['--kind', 'accounts']);
    expect(saidShared).toContain('1 inserted');
    expect(saidShared).toContain('row 2, Account Name: Cell B2 holds more than 32,767 characters');
  });

  it('stops inflating at the declared size: a sheet declaring 1,000 bytes that inflates to 40 MB', async () => {
    const rows = Array.from({ length: 400_000 }, (_, i) => account(i + 2, `A${i}`, 'Name'));
    const zip = zipParts({
      ...WORKBOOK,
      'xl/worksheets/sheet1.xml': sheet(HEADER + rows.join('')),
    });
    const file = write(
      'under-declared.xlsx',
      declare(zip, 'xl/worksheets/sheet1.xml', { size: 1000 }),
    );
    expect(await refused(file)).toMatch(/xl\/worksheets\/sheet1\.xml is damaged/);
  });

  it('refuses a part whose checksum does not match, however small the file', async () => {
    const zip = zipParts({
      ...WORKBOOK,
      'xl/worksheets/sheet1.xml': sheet(HEADER + account(2, 'A1', 'Acme')),
    });
    const file = write('bad-crc.xlsx', declare(zip, 'xl/worksheets/sheet1.xml', { crc: 12345 }));
    expect(await refused(file)).toMatch(/damaged/);
  });

  it('refuses a part that would inflate past the global ratio cap before inflating it', async () => {
    const big = `<worksheet><sheetData>${' '.repeat(64 * 1024 * 1024)}</sheetData></worksheet>`;
    const file = write('bomb.xlsx', zipParts({ ...WORKBOOK, 'xl/worksheets/sheet1.xml': big }));
    expect(await refused(file)).toMatch(/expand/);
  });

  it('imports an 8 KB template whose drop-down, formats and merges cover whole columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Accounts');
    ws.addRow(['Account ID', 'Account Name', 'Plan']);
    ws.addRow(['T1', 'Tyrell', 'Gold']);
    ws.addRow(['T2', 'Wayne', 'Silver']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    // exceljs cannot be asked for ranges this size, so they are put in its XML directly.
    const parts = unzip(bytes);
    parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml']!.replace(
      /<dimension ref="[^"]*"\/>/,
      '<dimension ref="A1:XFD1048576"/>',
    ).replace(
      '</sheetData>',
      '</sheetData><mergeCells count="1"><mergeCell ref="E:F"/></mergeCells><conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" sqref="C:C D1:XFD1048576"><formula1>"Gold,Silver"</formula1></dataValidation></dataValidations>',
    );
    const file = write('whole-columns.xlsx', zipParts(parts));
    expect(fs.statSync(file).size).toBeLessThan(16 * 1024);
    expect(await imported(file)).toMatch(/2 inserted/);
  });

  for (const [name, parts, format] of [
    [
      'binary.xlsb',
      {
        '[Content_Types].xml': '<Types/>',
        '_rels/.rels': WORKBOOK['_rels/.rels'].replace('workbook.xml', 'workbook.bin'),
        'xl/workbook.bin': 'binary',
      },
      /\.xlsb \(Excel Binary Workbook\).*Excel/,
    ],
    [
      'calc.ods',
      {
        mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
        'content.xml': '<office:document-content/>',
      },
      /\.ods \(OpenDocument\).*LibreOffice Calc/,
    ],
    [
      'apple.numbers',
      { 'Index/Document.iwa': 'iwa', 'Metadata/Properties.plist': 'plist' },
      /\.numbers \(Apple Numbers\).*Numbers/,
    ],
  ] as const) {
    it(`refuses ${name} naming its format and how to save it as .xlsx`, async () => {
      const file = write(name, zipParts(parts as Record<string, string>));
      expect(await refused(file)).toMatch(format);
    });
  }
});

/** A zip's parts as text (exceljs writes plain deflate, no data descriptors to follow). */
function unzip(zip: Buffer): Record<string, string> {
  const parts: Record<string, string> = {};
  for (let at = 0; zip.readUInt32LE(at) === 0x04034b50;) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extra;
    const data = zip.subarray(start, start + size);
    parts[name] = (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
    at = start + size;
  }
  return parts;
}
