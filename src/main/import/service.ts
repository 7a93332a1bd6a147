import { randomUUID } from 'node:crypto';
import type { Database } from 'sql.js';
import type { DataKind } from '../../shared/domain/kinds';
import { DataKind as DataKindSchema } from '../../shared/domain/kinds';
import type {
  DateOrder,
  EventPayload,
  ImportPreview,
  ImportSummary,
  Locale,
  ProblemPage,
  SheetChanges,
  SheetPreview,
} from '../../shared/ipc/contract';
import type { Workspace } from '../db/workspace';

import { createBatch, finishBatch } from '../db/repos/import-batches';
import { TABLES } from '../db/tables';
import { selectAll } from '../db/repos/rows';
import { findKind, findMapping, saveMapping } from '../db/repos/saved-mappings';
import { getSettings } from '../db/repos/settings';
import type { Clock } from '../platform/clock';
import { kindDef, message } from './check';
import type { ProblemLog } from './check';
import type { AnalyzeOptions, Mapping, SheetAnalysis } from './map';
import {
  accountsByName,
  analyzeSheet,
  headerSignature,
  headersSignature,
  needsAccountNames,
} from './map';
import { CellBudget } from './progress';
import { readWorkbookFile, refusal } from './read';
import type { RawSheet, ReadOptions } from './read';
import type { TextEncodingName } from '../../shared/ipc/contract/csv-messages';
import {
  BulkWriter,
  ChangePreview,
  columnsFromFile,
  writeErrorWorkbook,
  writeSheet,
} from './write';
import { makeRoomFor } from './write/file-room';
import { IMPORT_PAGE_CACHE_KIB, withPageCache } from './write/page-cache';

export type ImportProgress = EventPayload<'import:progress'>;

export interface ImportRunOptions {
  /** Called as rows are read and written; the app forwards it as the 'import:progress' event. */
  onProgress?: (progress: ImportProgress) => void;
  /** Aborts reading; `cancel(sessionId)` does the same for an open still reading. */
  signal?: AbortSignal;
  /** Reader tuning (tests stream small files, or give a small cell budget); `encoding` reads
   * every delimited-text file in it (the CLI's --encoding). */
  read?: Pick<ReadOptions, 'budget' | 'encoding'>;
  /** The encoding the user chose per text file, by file name (the wizard's choice). */
  encodings?: Readonly<Record<string, TextEncodingName>>;
}

interface SessionSheet {
  sheet: RawSheet;
  date1904: boolean;
  cached: SheetAnalysis | null;
}

interface Session {
  sheets: Map<string, SessionSheet>;
  source: string;
  /** What was opened, so a text file can be read again in another encoding. */
  paths: readonly string[];
  encodings: Readonly<Record<string, TextEncodingName>>;
}

export interface SheetChoice {
  sheetKey: string;
  kind: DataKind;
  mapping: Mapping;
  dateOrders?: Record<string, DateOrder> | undefined;
}

/** Kinds that others refer to are written first, so one multi-file import can hold both. */
const WRITE_ORDER = DataKindSchema.options;

const needsSubscriptions = (a: SheetAnalysis) =>
  a.kind === 'usage' && typeof a.mapping.subscriptionId === 'number';

/** Committed imports whose problems main keeps for paging and saving (each may spill to disk). */
const KEPT_BATCHES = 3;

interface CommittedSheet {
  fileName: string;
  sheetName: string;
  kind: DataKind;
  problems: ProblemLog;
}

/**
 * parse -> preview -> commit. Reading and previewing never touch the workspace; a commit writes
 * every chosen sheet in one transaction recorded as one undoable batch, or nothing at all.
 */
export class ImportService {
  private readonly sessions = new Map<string, Session>();
  private readonly reading = new Map<string, AbortController>();
  private readonly committed = new Map<number, CommittedSheet[]>();

  constructor(private readonly deps: { workspace: () => Workspace; clock: Clock }) {}

  async open(paths: readonly string[], options: ImportRunOptions = {}): Promise<ImportPreview> {
    const sessionId = randomUUID();
    const controller = new AbortController();
    const abort = () => controller.abort();
    if (options.signal?.aborted) controller.abort();
    options.signal?.addEventListener('abort', abort);
    this.reading.set(sessionId, controller);
    const session: Session = {
      sheets: new Map(),
      source: paths.map((p) => p.split(/[\\/]/).pop()).join(', '),
      paths,
      encodings: options.encodings ?? {},
    };
    // One budget for all the files: together they are what the preview holds in memory.
    const budget = options.read?.budget ?? new CellBudget();
    let read = false;
    try {
      let before = 0;
      for (const p of paths) {
        const chosen = session.encodings[p.split(/[\\/]/).pop()!];
        const book = await readWorkbookFile(p, {
          ...options.read,
          ...(chosen ? { encoding: chosen } : {}),
          budget,
          signal: controller.signal,
          onRows: (done) =>
            options.onProgress?.({ sessionId, phase: 'reading', done: before + done, total: null }),
        });
        book.sheets.forEach((sheet, i) => {
          before += sheet.rows.length;
          session.sheets.set(`${book.fileName}#${i}`, {
            sheet,
            date1904: book.date1904,
            cached: null,
          });
        });
      }
      read = true;
    } finally {
      this.reading.delete(sessionId);
      options.signal?.removeEventListener('abort', abort);
      // A file that failed (or a cancel) gives back the sheets of the files read before it.
      if (!read) for (const s of session.sheets.values()) s.sheet.rows.dispose();
    }
    options.onProgress?.({ sessionId, phase: 'validating', done: 0, total: session.sheets.size });
    this.sessions.set(sessionId, session);
    try {
      for (const [key, s] of session.sheets) s.cached = this.analyze(key, s, undefined, null);
      // Usage keyed by subscription resolves through contract lines, which may sit in another
      // sheet.
      const resolver = this.subscriptionResolver([...session.sheets.values()].map((s) => s.cached));
      for (const [key, s] of session.sheets) {
        if (s.cached && needsSubscriptions(s.cached))
          s.cached = this.analyze(key, s, undefined, resolver);
      }
      // Sheets keyed by account name resolve through accounts sheets that may come later.
      for (const [key, s] of session.sheets) {
        if (s.cached && needsAccountNames(s.cached))
          s.cached = this.analyze(key, s, undefined, resolver);
      }
    } catch (err) {
      // Nobody can reach a session whose preview failed: its rows and problems go now.
      this.closeSession(sessionId);
      throw err;
    }
    const sheets = [...session.sheets.values()].map((s) => s.cached!.preview);
    return { sessionId, importableKinds: [...DataKindSchema.options], sheets };
  }

  preview(sessionId: string, choice: SheetChoice): SheetPreview {
    const session = this.session(sessionId);
    const s = this.sessionSheet(sessionId, choice.sheetKey);
    const resolver = this.subscriptionResolver([...session.sheets.values()].map((x) => x.cached));
    s.cached = this.analyze(choice.sheetKey, s, choice, resolver);
    return s.cached.preview;
  }

  /** The choices the importer would make by itself: every sheet it recognised, as mapped. */
  automaticChoices(preview: ImportPreview, forceKind?: DataKind): SheetChoice[] {
    if (forceKind) {
      return preview.sheets.map((s) => ({
        sheetKey: s.sheetKey,
        kind: forceKind,
        mapping: s.kind === forceKind ? s.mapping : {},
      }));
    }
    return preview.sheets
      .filter((s) => s.kind !== null && s.problem === null)
      .map((s) => ({ sheetKey: s.sheetKey, kind: s.kind as DataKind, mapping: s.mapping }));
  }

  commit(
    sessionId: string,
    choices: readonly SheetChoice[],
    options: Pick<ImportRunOptions, 'onProgress'> = {},
  ): ImportSummary {
    const session = this.session(sessionId);
    const ordered = [...choices].sort(
      (a, b) => WRITE_ORDER.indexOf(a.kind) - WRITE_ORDER.indexOf(b.kind),
    );
    const analyses: { choice: SheetChoice; analysis: SheetAnalysis }[] = [];
    for (const choice of ordered) {
      const s = this.sessionSheet(sessionId, choice.sheetKey);
      // Subscriptions resolve only through lines in the workspace or among the sheets imported now.
      const resolver = this.subscriptionResolver(analyses.map((a) => a.analysis));
      const reuse = s.cached && sameChoice(s.cached, choice) && !needsSubscriptions(s.cached);
      const analysis = reuse
        ? s.cached!
        : this.analyze(choice.sheetKey, s, choice, resolver, false);
      const { problemMessage, fileName, sheetName } = analysis.preview;
      // Every unvalidated sheet has a problem; should one not, it is refused as not imported.
      if (!analysis.validation || problemMessage) {
        throw refusal('INVALID_INPUT', 'import.session.sheetRefused', {
          file: fileName,
          sheet: sheetName,
          problem: {
            message: problemMessage ?? message('import.sheet.skipped'),
            kind: analysis.kind,
          },
        });
      }
      analyses.push({ choice, analysis });
    }
    const total = analyses.reduce((n, a) => n + a.analysis.validation!.validEntities, 0);
    const ws = this.deps.workspace();
    const at = this.deps.clock.now().toISOString();
    let written = 0;
    const progress = (done: number) => {
      options.onProgress?.({ sessionId, phase: 'writing', done: written + done, total });
    };
    makeRoomFor(
      ws.db,
      analyses.map((a) => a.analysis),
    );
    const summary = withPageCache(ws.db, IMPORT_PAGE_CACHE_KIB, () =>
      ws.transaction(() => {
        const batchId = createBatch(ws.db, session.source, at);
        const writer = new BulkWriter(ws.db, batchId);
        try {
          const sheets = analyses.map(({ choice, analysis }) => {
            const sheet = writeSheet(writer, choice.kind, analysis, progress);
            written += analysis.validation!.validEntities;
            return sheet;
          });
          for (const { choice, analysis } of analyses) {
            saveMapping(
              ws.db,
              headerSignature(choice.kind, analysis.preview.headers),
              choice.kind,
              analysis.mapping,
              at,
            );
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
      }),
    );
    progress(0);
    const kept = new Set(analyses.map((a) => a.analysis.validation!.problems));
    this.keepProblems(
      summary.batchId,
      analyses.map(({ choice, analysis }) => ({
        fileName: analysis.preview.fileName,
        sheetName: analysis.preview.sheetName,
        kind: choice.kind,
        problems: analysis.validation!.problems,
      })),
    );
    this.closeSession(sessionId, kept);
    return summary;
  }

  /** A page of a committed sheet's problems, among the first 1,000 it kept. */
  problemPage(batchId: number, sheet: number, offset: number, limit: number): ProblemPage {
    const s = this.committedSheets(batchId)[sheet];
    if (!s) throw refusal('NOT_FOUND', 'import.session.noSheet', { sheet: String(sheet) });
    const kept = s.problems.first;
    const ordered = [...kept].sort((a, b) => a.row - b.row);
    return {
      total: s.problems.count,
      kept: kept.length,
      problems: ordered.slice(offset, offset + limit),
    };
  }

  /** Saves every problem of a committed import, streamed to `file`; returns how many. */
  saveProblems(batchId: number, file: string, locale: Locale = 'en'): Promise<number> {
    const sheets = this.committedSheets(batchId);
    return writeErrorWorkbook(
      file,
      sheets.map((s) => ({
        fileName: s.fileName,
        sheetName: s.sheetName,
        kind: s.kind,
        problems: s.problems.all(),
      })),
      locale,
    );
  }

  private committedSheets(batchId: number): CommittedSheet[] {
    const sheets = this.committed.get(batchId);
    // Problems are kept for the last few imports of this run of the app only.
    if (!sheets) throw refusal('NOT_FOUND', 'import.session.closed');
    return sheets;
  }

  private keepProblems(batchId: number, sheets: CommittedSheet[]): void {
    this.committed.set(batchId, sheets);
    for (const id of [...this.committed.keys()].slice(0, -KEPT_BATCHES)) {
      for (const s of this.committed.get(id)!) s.problems.dispose();
      this.committed.delete(id);
    }
  }

  /**
   * Forgets a session: its sheets' rows (their pages on disk too) and the spilled problems of
   * every analysis not in `keep`.
   */
  private closeSession(sessionId: string, keep: ReadonlySet<ProblemLog> = new Set()): void {
    const session = this.sessions.get(sessionId);
    this.sessions.delete(sessionId);
    for (const s of session?.sheets.values() ?? []) {
      s.sheet.rows.dispose();
      const log = s.cached?.validation?.problems;
      if (log && !keep.has(log)) log.dispose();
    }
  }

  /**
   * Reads the session's files again with a text file in the encoding the user chose, as a new
   * session (the old one is closed): the rows themselves change, so every sheet is analysed anew.
   */
  async reopen(
    sessionId: string,
    encodings: Readonly<Record<string, TextEncodingName>>,
    options: Omit<ImportRunOptions, 'encodings'> = {},
  ): Promise<ImportPreview> {
    const { paths, encodings: before } = this.session(sessionId);
    this.cancel(sessionId);
    return this.open(paths, { ...options, encodings: { ...before, ...encodings } });
  }

  cancel(sessionId: string): void {
    this.reading.get(sessionId)?.abort();
    this.closeSession(sessionId);
  }

  /**
   * Maps and checks a sheet; for a preview (`withChanges`) also what it would change in the
   * workspace, counted while checking since the checked entities are not kept.
   */
  private analyze(
    sheetKey: string,
    s: SessionSheet,
    choice: SheetChoice | undefined,
    accountOfSubscription: AnalyzeOptions['accountOfSubscription'] | null,
    withChanges = true,
  ): SheetAnalysis {
    const ws = this.deps.workspace();
    const made: { changes?: ChangePreview } = {};
    try {
      // The preview's lookups read stored rows page by page, as the write does.
      const analysis = withPageCache(ws.db, IMPORT_PAGE_CACHE_KIB, () =>
        analyzeSheet(s.sheet, sheetKey, {
          ...(choice ? { kind: choice.kind, mapping: choice.mapping } : {}),
          ...(choice?.dateOrders ? { dateOrders: choice.dateOrders } : {}),
          savedMapping: (kind, headers) => findMapping(ws.db, headerSignature(kind, headers)),
          savedKind: (headers) => findKind(ws.db, headersSignature(headers)),
          currency: getSettings(ws.db).reportCurrency,
          date1904: s.date1904,
          ...(accountOfSubscription ? { accountOfSubscription } : {}),
          accountOfName: accountsByName(ws.db, this.sheetsBeside(s)),
          ...(withChanges
            ? {
                onValid: (kind: DataKind, mapping: Mapping) => {
                  const spec = TABLES[kind];
                  made.changes = new ChangePreview(
                    ws.db,
                    spec,
                    columnsFromFile(spec, kindDef(kind), mapping),
                  );
                  return made.changes.add;
                },
              }
            : {}),
        }),
      );
      // How a text file was decoded stays in every preview of its sheet.
      analysis.preview.textEncoding = s.sheet.textEncoding ?? null;
      // The analysis this one replaces is gone with its spilled problems.
      if (s.cached && s.cached !== analysis) s.cached.validation?.problems.dispose();
      const changes = made.changes?.finish((row) => analysis.validation!.entitiesOfRow(row));
      return withChecks(analysis, changes ?? null);
    } finally {
      made.changes?.dispose();
    }
  }

  /** The analyses of the other sheets of `s`'s session (accounts named there are known by name). */
  private sheetsBeside(s: SessionSheet): (SheetAnalysis | null)[] {
    for (const session of this.sessions.values()) {
      const sheets = [...session.sheets.values()];
      if (sheets.includes(s)) return sheets.filter((x) => x !== s).map((x) => x.cached);
    }
    return [];
  }

  /** subscription id -> account id, from the workspace's contract lines and those of `analyses`. */
  private subscriptionResolver(
    analyses: readonly (SheetAnalysis | null)[],
  ): (id: string) => string | undefined {
    let map: Map<string, string> | null = null;
    const db: Database = this.deps.workspace().db;
    return (id) => {
      if (!map) {
        map = new Map();
        for (const r of selectAll(db, 'SELECT id, account_id FROM contract_lines'))
          map.set(String(r.id), String(r.account_id));
        for (const a of analyses) {
          if (a?.kind !== 'contract_lines' || !a.validation) continue;
          a.validation.eachValid((_, entity) =>
            map!.set(String(entity.id), String(entity.accountId)),
          );
        }
      }
      return map.get(id);
    };
  }

  private session(sessionId: string): Session {
    const session = this.sessions.get(sessionId);
    if (!session) throw refusal('NOT_FOUND', 'import.session.closed');
    return session;
  }

  private sessionSheet(sessionId: string, sheetKey: string): SessionSheet {
    const s = this.session(sessionId).sheets.get(sheetKey);
    if (!s) throw refusal('NOT_FOUND', 'import.session.noSheet', { sheet: sheetKey });
    return s;
  }
}

/**
 * The preview's account of the checks: every problem counted (only the first are kept), rows
 * skipped as not data with why (not counted as rows to import), and what the import would change
 * in the workspace, so that no existing row changes without the user having seen it.
 */
function withChecks(analysis: SheetAnalysis, changes: SheetChanges | null): SheetAnalysis {
  const { validation, kind } = analysis;
  if (!validation || !kind) return analysis;
  analysis.preview = {
    ...analysis.preview,
    rowCount: analysis.preview.rowCount - validation.skippedCount,
    errorCount: validation.problems.count,
    skippedRows: validation.skipped,
    skippedRowCount: validation.skippedCount,
    ...(changes ? { changes } : {}),
  };
  return analysis;
}

function sameChoice(analysis: SheetAnalysis, choice: SheetChoice): boolean {
  if (analysis.kind !== choice.kind) return false;
  if (
    Object.keys(choice.mapping).length > 0 &&
    JSON.stringify(analysis.mapping) !== JSON.stringify(choice.mapping)
  )
    return false;
  const orders = choice.dateOrders ?? {};
  return Object.entries(orders).every(
    ([field, order]) => analysis.preview.dateOrders[field] === order,
  );
}
