// The parts of an OOXML package and the relationships between them. Part names are looked up
// without regard to case, and relationship targets may be relative, absolute ("/xl/..."), use
// backslashes or percent-escapes: every writer's spelling leads to the same part.
import type { ZipEntryInfo } from './zip-guard';
import { attr } from './xml-text';
import { scanPart } from './part-scan';
import type { ScanOptions } from './part-scan';

export class PackageParts {
  private readonly byName = new Map<string, ZipEntryInfo>();

  constructor(
    readonly filePath: string,
    entries: readonly ZipEntryInfo[],
  ) {
    for (const e of entries) {
      const key = e.name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, e);
    }
  }

  get(name: string): ZipEntryInfo | undefined {
    return this.byName.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  names(): IterableIterator<string> {
    return this.byName.keys();
  }
}

export interface Relationship {
  id: string;
  /** The last segment of its type URI: "worksheet", "sharedStrings", "styles", ... */
  type: string;
  /** The part it points at, as a package part name. */
  part: string;
  /** The target as written. */
  target: string;
}

/** The folder a part sits in ("xl/" for "xl/workbook.xml"). */
export const folderOf = (part: string): string => part.slice(0, part.lastIndexOf('/') + 1);

/** A relationship target as a part name, resolved against the folder of the part it is from. */
export function resolveTarget(folder: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  try {
    t = decodeURIComponent(t);
  } catch {
    // A stray '%' is part of the name.
  }
  const joined = t.startsWith('/') ? t.slice(1) : folder + t;
  const out: string[] = [];
  for (const p of joined.split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The relationships part of a part: "xl/_rels/workbook.xml.rels" for "xl/workbook.xml". */
export const relsPartOf = (part: string): string =>
  `${folderOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

/** A part's relationships; none when it has no relationships part. */
export async function readRelationships(
  parts: PackageParts,
  part: string,
  options: ScanOptions,
): Promise<Relationship[]> {
  const entry = parts.get(relsPartOf(part));
  if (!entry) return [];
  const folder = folderOf(part);
  const rels: Relationship[] = [];
  await scanPart(
    parts.filePath,
    entry,
    {
      wantsText: false,
      open(name, attrs) {
        if (name !== 'Relationship') return;
        const id = attr(attrs, 'Id');
        const target = attr(attrs, 'Target');
        if (!id || !target || attr(attrs, 'TargetMode') === 'External') return;
        const type = attr(attrs, 'Type') ?? '';
        rels.push({
          target,
          id,
          type: type.slice(type.lastIndexOf('/') + 1),
          part: resolveTarget(folder, target),
        });
      },
      close() {},
      text() {},
    },
    options,
  );
  return rels;
}

/**
 * The part a relationship names, when the package holds it; else the same target read from the
 * package root, which some writers mean.
 */
export function existingPart(parts: PackageParts, rel: Relationship): string | null {
  if (parts.has(rel.part)) return rel.part;
  const fromRoot = resolveTarget('', rel.target);
  return parts.has(fromRoot) ? fromRoot : null;
}

const FORMATS = {
  ods: { format: '.ods (OpenDocument)', app: 'LibreOffice Calc' },
  numbers: { format: '.numbers (Apple Numbers)', app: 'Numbers' },
  xlsb: { format: '.xlsb (Excel Binary Workbook)', app: 'Excel' },
} as const;

export type OtherFormat = (typeof FORMATS)[keyof typeof FORMATS];

/** A spreadsheet format QBR Studio does not read, known by the file's name. */
export function otherFormatByName(extension: string): OtherFormat | null {
  const format = extension.replace(/^\./, '').toLowerCase();
  return format === 'ods' || format === 'numbers' || format === 'xlsb' ? FORMATS[format] : null;
}

/** ... or by the parts of a zip that holds no SpreadsheetML workbook. */
export function otherFormatByParts(parts: PackageParts): OtherFormat | null {
  if (parts.has('mimetype') || parts.has('content.xml')) return FORMATS.ods;
  if (parts.has('index/document.iwa') || parts.has('index.xml') || parts.has('index.xml.gz'))
    return FORMATS.numbers;
  if (parts.has('xl/workbook.bin')) return FORMATS.xlsb;
  return null;
}
