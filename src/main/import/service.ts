import { randomUUID } from 'node:crypto';
import type { DataKind } from '../../shared/domain/kinds';
import { DataKind as DataKindSchema } from '../../shared/domain/kinds';
import type { ImportPreview, ImportSummary, SheetPreview, SheetSummary } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import type { Workspace } from '../db/workspace';
import { BatchWriter } from '../db/repos/batch-writer';
import { createBatch, finishBatch } from '../db/repos/import-batches';
import { findMapping, saveMapping } from '../db/repos/saved-mappings';
import { getSettings } from '../db/repos/settings';
import { TABLES } from '../db/tables';
import type { Clock } from '../platform/clock';
import type { SheetAnalysis } from './analyze-sheet';
import { analyzeSheet } from './analyze-sheet';
import type { RawSheet } from './cells';
import type { Mapping } from './mapping';
import { headerSignature } from './mapping';
import { kindDef } from './kinds';
import { readWorkbookFile } from './read-file';

interface SessionSheet {
  sheet: RawSheet;
  date1904: boolean;
}

interface Session {
  sheets: Map<string, SessionSheet>;
  source: string;
}

export interface SheetChoice {
  sheetKey: string;
  kind: DataKind;
  mapping: Mapping;
}

/** Kinds that others refer to are written first, so one multi-file import can hold both. */
const WRITE_ORDER = DataKindSchema.options;

/**
 * parse -> preview -> commit. Reading and previewing never touch the workspace; a commit writes
 * every chosen sheet in one transaction recorded as one undoable batch, or nothing at all.
 */
export class ImportService {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly deps: { workspace: () => Workspace; clock: Clock }) {}

  async open(paths: readonly string[]): Promise<ImportPreview> {
    const session: Session = { sheets: new Map(), source: paths.map((p) => p.split(/[\\/]/).pop()).join(', ') };
    for (const p of paths) {
      const book = await readWorkbookFile(p);
      book.sheets.forEach((sheet, i) => {
        session.sheets.set(`${book.fileName}#${i}`, { sheet, date1904: book.date1904 });
      });
    }
    const sessionId = randomUUID();
    this.sessions.set(sessionId, session);
    const sheets = [...session.sheets.entries()].map(([key, s]) => this.analyze(key, s).preview);
    return { sessionId, importableKinds: DataKindSchema.options.filter((k) => kindDef(k)), sheets };
  }

  preview(sessionId: string, choice: SheetChoice): SheetPreview {
    const s = this.sessionSheet(sessionId, choice.sheetKey);
    return this.analyze(choice.sheetKey, s, choice).preview;
  }

  /** The choices the importer would make by itself: every sheet it recognised, as mapped. */
  automaticChoices(preview: ImportPreview): SheetChoice[] {
    return preview.sheets
      .filter((s) => s.kind !== null && s.problem === null)
      .map((s) => ({ sheetKey: s.sheetKey, kind: s.kind as DataKind, mapping: s.mapping }));
  }

  commit(sessionId: string, choices: readonly SheetChoice[]): ImportSummary {
    const session = this.session(sessionId);
    const analyses = choices.map((choice) => {
      const analysis = this.analyze(choice.sheetKey, this.sessionSheet(sessionId, choice.sheetKey), choice);
      if (!analysis.validation || analysis.preview.problem) {
        throw new AppError('INVALID_INPUT', `${analysis.preview.fileName} / ${analysis.preview.sheetName}: ${analysis.preview.problem ?? 'cannot be imported'}`);
      }
      return { choice, analysis };
    });
    analyses.sort((a, b) => WRITE_ORDER.indexOf(a.choice.kind) - WRITE_ORDER.indexOf(b.choice.kind));
    const ws = this.deps.workspace();
    const at = this.deps.clock.now().toISOString();
    const summary = ws.transaction(() => {
      const batchId = createBatch(ws.db, session.source, at);
      const writer = new BatchWriter(ws.db, batchId);
      try {
        const sheets = analyses.map(({ choice, analysis }) => writeSheet(writer, choice.kind, analysis));
        for (const { choice, analysis } of analyses) {
          saveMapping(ws.db, headerSignature(choice.kind, analysis.preview.headers), choice.kind, choice.mapping, at);
        }
        finishBatch(
          ws.db,
          batchId,
          sheets.reduce((n, s) => n + s.inserted, 0),
          sheets.reduce((n, s) => n + s.updated, 0),
        );
        return { batchId, sheets };
      } finally {
        writer.finish();
      }
    });
    this.sessions.delete(sessionId);
    return summary;
  }

  cancel(sessionId: string): void {
    this.sessions.delete(sessionId);
  }

  private analyze(sheetKey: string, s: SessionSheet, choice?: SheetChoice): SheetAnalysis {
    const ws = this.deps.workspace();
    return analyzeSheet(s.sheet, sheetKey, {
      ...(choice ? { kind: choice.kind, mapping: choice.mapping } : {}),
      savedMapping: (kind, headers) => findMapping(ws.db, headerSignature(kind, headers)),
      defaults: { currency: getSettings(ws.db).reportCurrency },
      date1904: s.date1904,
    });
  }

  private session(sessionId: string): Session {
    const session = this.sessions.get(sessionId);
    if (!session) throw new AppError('NOT_FOUND', 'This import was closed; choose the files again.');
    return session;
  }

  private sessionSheet(sessionId: string, sheetKey: string): SessionSheet {
    const s = this.session(sessionId).sheets.get(sheetKey);
    if (!s) throw new AppError('NOT_FOUND', `The import has no sheet ${sheetKey}.`);
    return s;
  }
}

function writeSheet(writer: BatchWriter, kind: DataKind, analysis: SheetAnalysis): SheetSummary {
  const spec = TABLES[kind];
  const validation = analysis.validation!;
  const errors = [...validation.errors];
  const seen = new Map<string, { row: number; json: string }>();
  let inserted = 0;
  let updated = 0;
  let skipped = 0;
  for (const { row, entity } of validation.valid) {
    const key = JSON.stringify(spec.key.map((f) => entity[f]));
    const json = JSON.stringify(entity);
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.json !== json) {
        errors.push({ row, column: null, message: `Duplicate key ${spec.key.map((f) => String(entity[f])).join(' / ')}: row ${earlier.row} has the same key with different values; this row was not imported.` });
      }
      skipped++;
      continue;
    }
    seen.set(key, { row, json });
    const outcome = writer.upsert(spec, entity);
    if (outcome === 'inserted') inserted++;
    else if (outcome === 'updated') updated++;
    else skipped++;
  }
  return {
    fileName: analysis.preview.fileName,
    sheetName: analysis.preview.sheetName,
    kind,
    rowsRead: analysis.preview.rowCount,
    inserted,
    updated,
    skipped,
    errors: errors.sort((a, b) => a.row - b.row),
  };
}
