import fs from 'node:fs';
import zlib from 'node:zlib';

/**
 * A minimal .xlsx writer that streams worksheets of plain text and number cells to disk: rows go
 * through deflate straight into the file, so a workbook of millions of rows costs no more memory
 * than one. exceljs's streaming writer does the same job at ~100 µs a row (over three minutes for
 * the 2 million problems of issue #14); this one writes the same SpreadsheetML with inline
 * strings at a few µs a row. Only what a problems list needs: one bold heading row, column
 * widths, text and numbers.
 */

/** Node's own CRC-32 (zlib.crc32, Node 20.15+), continued from `crc`. */
const crc32 = (crc: number, bytes: Uint8Array): number => zlib.crc32(bytes, crc);

interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

/** Zip entries written one after another, each deflated as it is written (no zip64: < 4 GB). */
class ZipStream {
  private offset = 0;
  private readonly entries: Entry[] = [];

  constructor(private readonly fd: number) {}

  private out(bytes: Uint8Array): void {
    fs.writeSync(this.fd, bytes);
    this.offset += bytes.length;
  }

  /** Starts an entry; write its text with `write`, then `end` it. */
  begin(name: string): EntryWriter {
    const entry: Entry = {
      name: Buffer.from(name, 'utf8'),
      offset: this.offset,
      crc: 0,
      compressed: 0,
      size: 0,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // data descriptor follows; names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(entry.name.length, 26);
    this.out(local);
    this.out(entry.name);
    return new EntryWriter(
      entry,
      (bytes) => {
        entry.compressed += bytes.length;
        this.out(bytes);
      },
      () => {
        const descriptor = Buffer.alloc(16);
        descriptor.writeUInt32LE(0x08074b50, 0);
        descriptor.writeUInt32LE(entry.crc, 4);
        descriptor.writeUInt32LE(entry.compressed, 8);
        descriptor.writeUInt32LE(entry.size, 12);
        this.out(descriptor);
        this.entries.push(entry);
      },
    );
  }

  finish(): void {
    const start = this.offset;
    for (const e of this.entries) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(0x0808, 8);
      c.writeUInt16LE(8, 10);
      c.writeUInt32LE(e.crc, 16);
      c.writeUInt32LE(e.compressed, 20);
      c.writeUInt32LE(e.size, 24);
      c.writeUInt16LE(e.name.length, 28);
      c.writeUInt32LE(e.offset, 42);
      this.out(c);
      this.out(e.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.out(end);
  }
}

/** Text into one zip entry, gathered into pieces of ~256 KB and deflated piece by piece. */
class EntryWriter {
  private pending: string[] = [];
  private pendingChars = 0;
  private readonly deflate = zlib.createDeflateRaw({ level: 1 });
  private readonly done: Promise<void>;

  constructor(
    private readonly entry: Entry,
    emit: (bytes: Buffer) => void,
    private readonly close: () => void,
  ) {
    this.deflate.on('data', emit);
    this.done = new Promise((resolve, reject) => {
      this.deflate.on('end', resolve);
      this.deflate.on('error', reject);
    });
  }

  /** Adds text; resolves at once unless deflate has a full piece waiting, so memory stays flat. */
  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= 1 << 18) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    this.entry.crc = crc32(this.entry.crc, bytes);
    this.entry.size += bytes.length;
    if (this.entry.size > 0xfff00000) throw new Error('A worksheet of problems passed 4 GB.');
    if (!this.deflate.write(bytes)) await new Promise((r) => this.deflate.once('drain', r));
  }

  async end(): Promise<void> {
    await this.flush();
    this.deflate.end();
    await this.done;
    this.close();
  }
}

const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

const escapeXml = (s: string) =>
  // Characters XML 1.0 cannot hold at all are dropped; the markup ones are escaped.
  !NEEDS_ESCAPE.test(s)
    ? s
    : s
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');

function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export type XlsxCell = string | number;

export interface XlsxColumn {
  header: string;
  width: number;
}

/** Writes worksheets one after another; each starts with its bold heading row. */
export class XlsxStreamWriter {
  private readonly fd: number;
  private readonly zip: ZipStream;
  private readonly sheetNames: string[] = [];
  private sheet: EntryWriter | null = null;
  private rowNumber = 0;

  constructor(
    file: string,
    private readonly columns: readonly XlsxColumn[],
  ) {
    this.fd = fs.openSync(file, 'wx', 0o644);
    this.zip = new ZipStream(this.fd);
  }

  /** Rows written to the current worksheet, its heading included. */
  get rowsInSheet(): number {
    return this.rowNumber;
  }

  async addSheet(name: string): Promise<void> {
    await this.sheet?.write('</sheetData></worksheet>');
    await this.sheet?.end();
    this.sheetNames.push(name);
    this.sheet = this.zip.begin(`xl/worksheets/sheet${this.sheetNames.length}.xml`);
    this.rowNumber = 0;
    const cols = this.columns
      .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`)
      .join('');
    await this.sheet.write(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        `<cols>${cols}</cols><sheetData>`,
    );
    await this.row(
      this.columns.map((c) => c.header),
      1,
    );
  }

  async addRow(cells: readonly XlsxCell[]): Promise<void> {
    await this.row(cells, 0);
  }

  private async row(cells: readonly XlsxCell[], style: number): Promise<void> {
    if (!this.sheet) throw new Error('addSheet before addRow');
    const r = ++this.rowNumber;
    const s = style ? ` s="${style}"` : '';
    // Every cell names its reference: Excel reads cells without, exceljs and others do not.
    let xml = `<row r="${r}">`;
    cells.forEach((v, i) => {
      const ref = `${columnName(i)}${r}`;
      if (typeof v === 'number') xml += `<c r="${ref}"${s}><v>${v}</v></c>`;
      else {
        const space = v !== v.trim() ? ' xml:space="preserve"' : '';
        xml += `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(v)}</t></is></c>`;
      }
    });
    await this.sheet.write(`${xml}</row>`);
  }

  async finish(): Promise<void> {
    try {
      await this.sheet?.write('</sheetData></worksheet>');
      await this.sheet?.end();
      this.sheet = null;
      const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
      const part = async (name: string, xml: string) => {
        const e = this.zip.begin(name);
        await e.write(head + xml);
        await e.end();
      };
      const sheets = this.sheetNames.map((_, i) => i + 1);
      await part(
        '[Content_Types].xml',
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
          sheets
            .map(
              (n) =>
                `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
            )
            .join('') +
          '</Types>',
      );
      await part(
        '_rels/.rels',
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
          '</Relationships>',
      );
      await part(
        'xl/workbook.xml',
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
          this.sheetNames
            .map(
              (name, i) =>
                `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
            )
            .join('') +
          '</sheets></workbook>',
      );
      await part(
        'xl/_rels/workbook.xml.rels',
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          sheets
            .map(
              (n) =>
                `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`,
            )
            .join('') +
          `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
          '</Relationships>',
      );
      await part(
        'xl/styles.xml',
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
          '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
          '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
          '</styleSheet>',
      );
      this.zip.finish();
    } finally {
      fs.closeSync(this.fd);
    }
  }

  /** Closes the file after a failure (the caller removes it). */
  abort(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      // Already closed by finish().
    }
  }
}
