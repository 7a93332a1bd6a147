import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliCommand } from '../context';
import { UsageError, printJson } from '../context';

export const importCommand: CliCommand = {
  name: 'import',
  usage:
    'import --workspace FILE PATH... [--json]   import spreadsheets (creates the workspace if missing)',
  async run(args, services, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { workspace: { type: 'string' }, json: { type: 'boolean' } },
    });
    if (!values.workspace) throw new UsageError('import needs --workspace FILE');
    if (positionals.length === 0) throw new UsageError('import needs at least one file to import');
    const existed = fs.existsSync(values.workspace);
    const ws = await services.workspaces.open(values.workspace, true);
    let preview;
    try {
      preview = await services.imports.open(positionals.map((p) => path.resolve(p)));
    } catch (err) {
      // A refused file changes nothing, not even by leaving a new empty workspace behind.
      if (!existed) {
        services.workspaces.closeAll();
        fs.rmSync(ws.file, { force: true });
      }
      throw err;
    }
    const choices = services.imports.automaticChoices(preview);
    const ignored = preview.sheets
      .filter((s) => !choices.some((c) => c.sheetKey === s.sheetKey))
      .map((s) => ({
        file: s.fileName,
        sheet: s.sheetName,
        problem: s.problem ?? 'not recognised',
      }));
    if (choices.length === 0) {
      services.imports.cancel(preview.sessionId);
      throw new UsageError(
        `Nothing to import: ${ignored.map((s) => `${s.file} / ${s.sheet}: ${s.problem}`).join('; ')}`,
      );
    }
    const summary = services.imports.commit(preview.sessionId, choices);
    ws.flush();
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
        errorCount: s.errors.length,
        errors: s.errors,
      })),
      ignoredSheets: ignored,
    };
    if (values.json) return printJson(io, result);
    for (const s of result.sheets) {
      io.out(
        `${s.file} / ${s.sheet} (${s.kind}): ${s.rowsRead} rows, ${s.inserted} inserted, ${s.updated} updated, ${s.skipped} unchanged, ${s.errorCount} errors\n`,
      );
      for (const e of s.errors.slice(0, 20))
        io.out(`  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}\n`);
    }
    for (const s of ignored) io.out(`${s.file} / ${s.sheet}: skipped (${s.problem})\n`);
  },
};
