import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DataKind } from '../../../shared/domain/kinds';
import { DataKind as DataKindSchema } from '../../../shared/domain/kinds';
import type { SheetPreview } from '../../../shared/ipc/contract';
import type { CliCommand } from '../context';
import { UsageError, printJson } from '../context';
import { describeEncodings, encodingOption } from '../encoding-option';

function parseKind(value: string | undefined): DataKind | undefined {
  if (value === undefined) return undefined;
  const kind = DataKindSchema.safeParse(value);
  if (!kind.success)
    throw new UsageError(`--kind must be one of: ${DataKindSchema.options.join(', ')}`);
  return kind.data;
}

export const importCommand: CliCommand = {
  name: 'import',
  usage:
    'import --workspace FILE PATH... [--encoding NAME] [--kind KIND] [--errors-out FILE.xlsx] [--dry-run] [--json]   import spreadsheets (--dry-run: say what would change, change nothing) (creates the workspace if missing)',
  async run(args, services, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        workspace: { type: 'string' },
        encoding: { type: 'string' },
        json: { type: 'boolean' },
        kind: { type: 'string' },
        'errors-out': { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
    });
    if (!values.workspace) throw new UsageError('import needs --workspace FILE');
    if (positionals.length === 0) throw new UsageError('import needs at least one file to import');
    const forceKind = parseKind(values.kind);
    const existed = fs.existsSync(values.workspace);
    const ws = await services.workspaces.open(values.workspace, true);
    const dropNewWorkspace = () => {
      // A refused file changes nothing, not even by leaving a new empty workspace behind.
      if (existed) return;
      services.workspaces.closeAll();
      fs.rmSync(ws.file, { force: true });
    };
    let preview;
    try {
      preview = await services.imports.open(
        positionals.map((p) => path.resolve(p)),
        encodingOption(values.encoding),
      );
      if (!values.json) io.out(describeEncodings(preview.sheets));
    } catch (err) {
      dropNewWorkspace();
      throw err;
    }
    // With the kind forced, each sheet is mapped for that kind; a sheet that still lacks
    // required columns is reported as skipped, never imported half-way.
    const sheets = forceKind
      ? preview.sheets.map((s) =>
          services.imports.preview(preview.sessionId, {
            sheetKey: s.sheetKey,
            kind: forceKind,
            mapping: {},
          }),
        )
      : preview.sheets;
    const choices = services.imports.automaticChoices({ ...preview, sheets });
    const ignored = sheets
      .filter((s) => !choices.some((c) => c.sheetKey === s.sheetKey))
      .map((s) => ({
        file: s.fileName,
        sheet: s.sheetName,
        problem: s.problem ?? 'not recognised',
      }));
    if (choices.length === 0) {
      services.imports.cancel(preview.sessionId);
      dropNewWorkspace();
      throw new UsageError(
        `Nothing to import: ${ignored.map((s) => `${s.file} / ${s.sheet}: ${s.problem}`).join('; ')}`,
      );
    }
    if (values['dry-run']) {
      services.imports.cancel(preview.sessionId);
      dropNewWorkspace();
      const chosen = sheets.filter((s) => choices.some((c) => c.sheetKey === s.sheetKey));
      const dry = {
        workspace: ws.file,
        dryRun: true,
        sheets: chosen.map(dryRunSheet),
        ignoredSheets: ignored,
      };
      if (values.json) return printJson(io, dry);
      for (const s of dry.sheets) printDryRun(io, s);
      for (const s of ignored) io.out(`${s.file} / ${s.sheet}: skipped (${s.problem})\n`);
      io.out('Dry run: nothing was changed.\n');
      return;
    }
    const summary = services.imports.commit(preview.sessionId, choices);
    ws.flush();
    if (values['errors-out']) {
      // Every problem, streamed to the file: the summary lists only the first 1,000 per sheet.
      await services.imports.saveProblems(summary.batchId, path.resolve(values['errors-out']));
    }
    const result = {
      workspace: ws.file,
      batchId: summary.batchId,
      sheets: summary.sheets.map((s) => ({
        file: s.fileName,
        sheet: s.sheetName,
        kind: s.kind,
        rowsRead: s.rowsRead,
        inserted: s.inserted,
        updated: s.updated,
        skipped: s.skipped,
        errorCount: s.errorCount,
        errors: s.errors,
        skippedRowCount: s.skippedRowCount,
        skippedRows: s.skippedRows,
      })),
      ignoredSheets: ignored,
    };
    if (values.json) return printJson(io, result);
    for (const s of result.sheets) {
      io.out(
        `${s.file} / ${s.sheet} (${s.kind}): ${s.rowsRead} rows, ${s.inserted} inserted, ${s.updated} updated, ${s.skipped} unchanged or skipped, ${s.errorCount} errors\n`,
      );
      for (const e of s.errors.slice(0, 20))
        io.out(`  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}\n`);
      if (s.errorCount > 20)
        io.out(`  ... and ${s.errorCount - 20} more (--errors-out FILE.xlsx lists them all)\n`);
      printSkipped(io, s.skippedRows, s.skippedRowCount);
    }
    for (const s of ignored) io.out(`${s.file} / ${s.sheet}: skipped (${s.problem})\n`);
    io.out(
      `Batch ${summary.batchId}: undo it with undo-import --workspace ${ws.file} --batch ${summary.batchId}\n`,
    );
  },
};

/** What a dry run says of a sheet: counts, rows skipped as not data, and every change's diff. */
function dryRunSheet(s: SheetPreview) {
  return {
    file: s.fileName,
    sheet: s.sheetName,
    kind: s.kind,
    rowsRead: s.rowCount,
    valid: s.validCount,
    errorCount: s.errorCount,
    errors: s.errors,
    skippedRowCount: s.skippedRowCount ?? 0,
    skippedRows: s.skippedRows ?? [],
    changes: s.changes ?? null,
  };
}

type Io = Parameters<CliCommand['run']>[2];

function printDryRun(io: Io, s: ReturnType<typeof dryRunSheet>): void {
  const c = s.changes;
  io.out(
    `${s.file} / ${s.sheet} (${s.kind}): ${s.rowsRead} rows, ${c ? `${c.newRows} new, ${c.unchanged} unchanged, ${c.changed} changed, ` : ''}${s.errorCount} errors\n`,
  );
  if (c && c.changed > 0) {
    const perField = Object.entries(c.fieldCounts).map(([f, n]) => `${f} ${n}`);
    io.out(`  ${c.changed} existing rows would change (${perField.join(', ')}):\n`);
    for (const r of c.rows) {
      const diffs = r.fields.map((f) => `${f.field} ${show(f.from)} -> ${show(f.to)}`);
      io.out(`  row ${r.row} (${r.key}): ${diffs.join('; ')}\n`);
    }
    if (c.changed > c.rows.length) io.out(`  ... and ${c.changed - c.rows.length} more\n`);
  }
  for (const e of s.errors.slice(0, 20))
    io.out(`  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}\n`);
  if (s.errorCount > 20) io.out(`  ... and ${s.errorCount - 20} more\n`);
  printSkipped(io, s.skippedRows, s.skippedRowCount);
}

function printSkipped(
  io: Io,
  rows: readonly { row: number; message: string }[],
  count: number,
): void {
  for (const r of rows.slice(0, 20)) io.out(`  row ${r.row} ${r.message}\n`);
  if (count > 20) io.out(`  ... and ${count - 20} more rows skipped as not data\n`);
}

const show = (v: unknown) => (v === null ? '(empty)' : JSON.stringify(v));
