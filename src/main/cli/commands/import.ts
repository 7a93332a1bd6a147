import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SheetPreview } from '../../../shared/ipc/contract';
import type { CliCommand } from '../context';
import { UsageError, printJson } from '../context';
import { describeEncodings, encodingOption, encodingUsed } from '../encoding-option';
import {
  applyChoices,
  describeMapping,
  ignoredReason,
  mappingUsed,
  parseKindOptions,
  parseMapOptions,
} from '../import-choices';

export const importCommand: CliCommand = {
  name: 'import',
  usage:
    'import --workspace FILE PATH... [--encoding NAME] [--kind KIND | --kind FILE=KIND]... [--map field=Column]... [--errors-out FILE.xlsx] [--dry-run] [--json]   import spreadsheets (--dry-run: say what would change, change nothing) (creates the workspace if missing)',
  async run(args, services, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        workspace: { type: 'string' },
        encoding: { type: 'string' },
        json: { type: 'boolean' },
        kind: { type: 'string', multiple: true },
        map: { type: 'string', multiple: true },
        'errors-out': { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
    });
    if (!values.workspace) throw new UsageError('import needs --workspace FILE');
    if (positionals.length === 0) throw new UsageError('import needs at least one file to import');
    const kinds = parseKindOptions(values.kind);
    const maps = parseMapOptions(values.map);
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
    // With a kind forced (for all files or one) or columns mapped, each sheet is read again as
    // asked; a sheet that still lacks required columns is skipped, never imported half-way.
    let sheets;
    try {
      sheets = applyChoices(services.imports, preview, kinds, maps);
    } catch (err) {
      services.imports.cancel(preview.sessionId);
      dropNewWorkspace();
      throw err;
    }
    const choices = services.imports.automaticChoices({ ...preview, sheets });
    const ignored = sheets
      .filter((s) => !choices.some((c) => c.sheetKey === s.sheetKey))
      .map((s) => ({
        file: s.fileName,
        sheet: s.sheetName,
        problem: ignoredReason(s),
        kindCandidates: s.kindCandidates ?? [],
      }));
    if (choices.length === 0) {
      services.imports.cancel(preview.sessionId);
      dropNewWorkspace();
      throw new UsageError(
        `Nothing to import: ${ignored.map((s) => `${s.file} / ${s.sheet}: ${s.problem}`).join('; ')}`,
      );
    }
    const importing = sheets.filter((s) => choices.some((c) => c.sheetKey === s.sheetKey));
    if (values['dry-run']) {
      services.imports.cancel(preview.sessionId);
      dropNewWorkspace();
      const chosen = sheets.filter((s) => choices.some((c) => c.sheetKey === s.sheetKey));
      const dry = {
        workspace: ws.file,
        dryRun: true,
        sheets: chosen.map((s) => ({ ...dryRunSheet(s), ...mappingUsed(s), ...encodingUsed(s) })),
        ignoredSheets: ignored,
      };
      if (values.json) return printJson(io, dry);
      for (const s of dry.sheets) {
        printDryRun(io, s);
        io.out(
          describeMapping(chosen.find((c) => c.fileName === s.file && c.sheetName === s.sheet)!),
        );
      }
      for (const s of ignored) io.out(`${s.file} / ${s.sheet}: skipped (${s.problem})\n`);
      io.out('Dry run: nothing was changed.\n');
      return;
    }
    if (importing.every((s) => s.validCount === 0)) {
      // Every row has a problem: importing would only record an empty batch. Nothing changes.
      services.imports.cancel(preview.sessionId);
      dropNewWorkspace();
      const problems = importing.map(
        (s) =>
          `${s.fileName} / ${s.sheetName} (${s.kind}): ${s.errorCount} errors, e.g. ${s.errors
            .slice(0, 3)
            .map((e) => `row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`)
            .join('; ')}`,
      );
      throw new Error(`No row could be imported; nothing was changed. ${problems.join(' | ')}`);
    }
    const summary = services.imports.commit(preview.sessionId, choices);
    const usedBy = (file: string, sheet: string) =>
      importing.find((s) => s.fileName === file && s.sheetName === sheet);
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
        ...mappingUsed(usedBy(s.fileName, s.sheetName)!),
        ...encodingUsed(usedBy(s.fileName, s.sheetName)),
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
      io.out(describeMapping(usedBy(s.file, s.sheet)!));
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
