import path from 'node:path';
import type { DataKind } from '../../shared/domain/kinds';
import { DataKind as DataKindSchema } from '../../shared/domain/kinds';
import type { ImportPreview, SheetPreview } from '../../shared/ipc/contract';
import { kindDef } from '../import/check/kinds';
import { keyedByName, nameKeyField } from '../import/map/mapping';
import { normalizeHeader } from '../import/map/normalize-header';
import type { ImportService } from '../import/service';
import { UsageError } from './context';

/** `--kind KIND` for every sheet, or `--kind FILE=KIND` / `--kind FILE#SHEET=KIND` for one. */
export interface KindOption {
  target: string | null;
  kind: DataKind;
}

/** `--map field=Column`: the column (by its header) a field is read from, in every sheet. */
export interface MapOption {
  field: string;
  column: string;
}

function kindOf(value: string): DataKind {
  const kind = DataKindSchema.safeParse(value.trim());
  if (!kind.success)
    throw new UsageError(`--kind must be one of: ${DataKindSchema.options.join(', ')}`);
  return kind.data;
}

export function parseKindOptions(values: readonly string[] | undefined): KindOption[] {
  return (values ?? []).map((v) => {
    const at = v.lastIndexOf('=');
    return at < 0
      ? { target: null, kind: kindOf(v) }
      : { target: v.slice(0, at), kind: kindOf(v.slice(at + 1)) };
  });
}

export function parseMapOptions(values: readonly string[] | undefined): MapOption[] {
  return (values ?? []).map((v) => {
    const at = v.indexOf('=');
    if (at <= 0 || at === v.length - 1)
      throw new UsageError(`--map takes field=Column (e.g. --map name=Customer), not "${v}"`);
    return { field: v.slice(0, at).trim(), column: v.slice(at + 1).trim() };
  });
}

/** Whether `--kind FILE=…` names this sheet: by file (with or without folder) or FILE#SHEET. */
function targets(target: string, sheet: SheetPreview): boolean {
  const [file, sheetName] = target.split('#') as [string, string | undefined];
  const fileMatches = path.basename(file) === sheet.fileName;
  return fileMatches && (sheetName === undefined || sheetName === sheet.sheetName);
}

function kindFor(sheet: SheetPreview, kinds: readonly KindOption[]): DataKind | null {
  const own = kinds.find((k) => k.target !== null && targets(k.target, sheet));
  return own?.kind ?? kinds.find((k) => k.target === null)?.kind ?? null;
}

/** The column a `--map` names: its header as written, else ignoring case, spacing and accents. */
function columnOf(sheet: SheetPreview, column: string): number {
  const exact = sheet.headers.indexOf(column);
  if (exact >= 0) return exact;
  const plain = normalizeHeader(column);
  const loose = sheet.headers.findIndex((h) => normalizeHeader(h) === plain);
  if (loose >= 0) return loose;
  throw new UsageError(
    `--map: ${sheet.fileName} / ${sheet.sheetName} has no column "${column}"; its columns are: ${sheet.headers.join(', ')}`,
  );
}

/**
 * The sheets as the user asked for them: each with its --kind (per file or for all) and its
 * columns as --map says, read again through the importer's preview so the result is validated
 * the same way the wizard's choices are.
 */
export function applyChoices(
  imports: ImportService,
  preview: ImportPreview,
  kinds: readonly KindOption[],
  maps: readonly MapOption[],
): SheetPreview[] {
  if (kinds.some((k) => k.target !== null && !preview.sheets.some((s) => targets(k.target!, s))))
    throw new UsageError(
      `--kind names no file being imported: ${kinds
        .filter((k) => k.target !== null)
        .map((k) => k.target)
        .join(', ')}`,
    );
  return preview.sheets.map((sheet) => {
    const kind = kindFor(sheet, kinds) ?? sheet.kind;
    if (!kind || (kind === sheet.kind && maps.length === 0)) return sheet;
    // A kind the importer did not pick starts from its automatic mapping for that kind.
    const base =
      kind === sheet.kind
        ? sheet
        : imports.preview(preview.sessionId, { sheetKey: sheet.sheetKey, kind, mapping: {} });
    if (maps.length === 0) return base;
    const fields = kindDef(kind).fields.map((f) => f.id);
    const mapping = { ...base.mapping };
    for (const m of maps) {
      if (!fields.includes(m.field))
        throw new UsageError(
          `--map: ${kind} has no field "${m.field}"; its fields are: ${fields.join(', ')}`,
        );
      const col = columnOf(sheet, m.column);
      // A column read as one field is not read as another too.
      for (const [f, c] of Object.entries(mapping)) if (c === col) mapping[f] = null;
      mapping[m.field] = col;
    }
    return imports.preview(preview.sessionId, { sheetKey: sheet.sheetKey, kind, mapping });
  });
}

/** Why a sheet is not imported, in the CLI's words: the kinds it could be and how to choose. */
export function ignoredReason(sheet: SheetPreview): string {
  const candidates = sheet.kindCandidates ?? [];
  if (sheet.kind === null && candidates.length > 0) {
    return `not sure what it holds: it could be ${candidates.join(' or ')}; choose with --kind ${candidates[0]} (or --kind "${sheet.fileName}=${candidates[0]}" for this file alone)`;
  }
  return sheet.problem ?? 'not recognised';
}

/** The mapping a sheet is read with, field -> header, and whether accounts are keyed by name. */
export function mappingUsed(sheet: SheetPreview): {
  mapping: Record<string, string>;
  key: 'id' | 'name' | null;
} {
  const mapping: Record<string, string> = {};
  for (const [field, col] of Object.entries(sheet.mapping))
    if (col !== null && col !== undefined) mapping[field] = sheet.headers[col] ?? `#${col + 1}`;
  if (!sheet.kind) return { mapping, key: null };
  const def = kindDef(sheet.kind);
  const key = nameKeyField(def) ? (keyedByName(def, sheet.mapping) ? 'name' : 'id') : null;
  return { mapping, key };
}

/** One line per sheet: "  mapping: name <- "Customer", arr <- "ARR" (accounts keyed by name)". */
export function describeMapping(sheet: SheetPreview): string {
  const { mapping, key } = mappingUsed(sheet);
  const pairs = Object.entries(mapping).map(([f, h]) => `${f} <- "${h}"`);
  const keyed = key === 'name' ? ' (keyed by account name: no id column)' : '';
  return `  mapping: ${pairs.join(', ')}${keyed}\n`;
}
