import { damage } from './refusal';
import type { PackageParts, Relationship } from './package';
import { existingPart, readRelationships } from './package';
import type { ScanOptions } from './part-scan';
import { scanPart } from './part-scan';
import { attr, prefixedAttr } from './xml-text';

export interface WorkbookSheet {
  name: string;
  /** The zip part holding the sheet's XML. */
  part: string;
}

export interface WorkbookLayout {
  sheets: WorkbookSheet[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

/** The workbook part: named by the package's own relationships, else where Excel puts it. */
async function workbookPart(parts: PackageParts, options: ScanOptions): Promise<string | null> {
  const root = await readRelationships(parts, '', options);
  const office = root.find((r) => r.type === 'officeDocument' && parts.has(r.part));
  // An .xlsb names its binary workbook here: not SpreadsheetML, so not a workbook we read.
  if (office) return office.part.toLowerCase().endsWith('.xml') ? office.part : null;
  for (const guess of ['xl/workbook.xml', 'workbook.xml']) if (parts.has(guess)) return guess;
  return null;
}

/**
 * The worksheets in the order the user sees them (chart and dialog sheets left out), the date
 * system, and where the shared strings and styles are. Null when the zip holds no workbook.
 */
export async function readWorkbookLayout(
  parts: PackageParts,
  options: ScanOptions,
): Promise<WorkbookLayout | null> {
  const part = await workbookPart(parts, options);
  if (!part) return worksheetsOnly(parts);
  const listed: { name: string; rid: string | undefined }[] = [];
  let date1904 = false;
  await scanPart(
    parts.filePath,
    parts.get(part)!,
    {
      wantsText: false,
      open(name, attrs) {
        if (name === 'sheet') {
          listed.push({
            name: attr(attrs, 'name') ?? `Sheet${listed.length + 1}`,
            rid: prefixedAttr(attrs, 'id'),
          });
        } else if (name === 'workbookPr') {
          const d = attr(attrs, 'date1904');
          date1904 = d === '1' || d === 'true';
        }
      },
      close() {},
      text() {},
    },
    options,
  );
  const rels = await readRelationships(parts, part, options);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const located = (r: Relationship | undefined) => (r ? existingPart(parts, r) : null);
  const sheets: WorkbookSheet[] = [];
  for (const s of listed) {
    const rel = s.rid === undefined ? undefined : byId.get(s.rid);
    if (rel && rel.type !== 'worksheet') continue;
    const found = located(rel);
    if (rel && !found) throw damage('import.reason.partMissing', { part: rel.part });
    if (found) sheets.push({ name: s.name, part: found });
  }
  if (listed.length === 0 || rels.length === 0) {
    // No relationships to go by (a hand-made or truncated package): the worksheets by name.
    for (const s of worksheetsByName(parts))
      if (!sheets.some((k) => k.part.toLowerCase() === s.part))
        sheets.push({ name: listed[sheets.length]?.name ?? s.name, part: s.part });
  }
  const ofType = (type: string) => located(rels.find((r) => r.type === type));
  const guess = (name: string) => (parts.has(name) ? name : null);
  return {
    sheets,
    date1904,
    sharedStrings: ofType('sharedStrings') ?? guess('xl/sharedStrings.xml'),
    styles: ofType('styles') ?? guess('xl/styles.xml'),
  };
}

/** xl/worksheets/sheetN.xml in number order, named SheetN, for packages that lost their map. */
function worksheetsByName(parts: PackageParts): WorkbookSheet[] {
  const found: { n: number; part: string }[] = [];
  for (const name of parts.names()) {
    const m = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
    if (m) found.push({ n: Number(m[1]), part: name });
  }
  return found.sort((a, b) => a.n - b.n).map((f) => ({ name: `Sheet${f.n}`, part: f.part }));
}

/** A package with worksheets but no workbook part: read them as they are, in the 1900 system. */
function worksheetsOnly(parts: PackageParts): WorkbookLayout | null {
  const sheets = worksheetsByName(parts);
  if (sheets.length === 0) return null;
  const guess = (name: string) => (parts.has(name) ? name : null);
  return {
    sheets,
    date1904: false,
    sharedStrings: guess('xl/sharedStrings.xml'),
    styles: guess('xl/styles.xml'),
  };
}
