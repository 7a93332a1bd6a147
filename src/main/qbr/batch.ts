// Exporting many accounts' packs into one folder. Accounts run one after another (rendering is
// CPU-bound; two at once would only compete for the same cores), each awaited so a cancel
// request gets its turn between accounts. One account's failure is recorded and the batch moves on.
import fs from 'node:fs';
import type { EventPayload, QbrBatchSummary } from '../../shared/ipc/contract';
import type { IsoDate } from '../../shared/domain/entities';
import type { QbrLanguage, PaperSize } from '../../shared/qbr/document';
import { AppError } from '../../shared/ipc/result';
import { selectAll } from '../db/repos/rows';
import { churnedBy } from './churned';
import { quarterPeriod } from './quarters';
import type { Workspace } from '../db/workspace';
import { writeQbrPack } from '../export/pack';
import { ensureHealthFresh } from '../health/recompute';
import { buildQbrDocument } from './build';
import { recordExport } from './export-log';
import { heapWatermark } from './heap-watermark';
import { getNarrative } from './narrative-store';
import { packPaths, uniqueStems } from './pack-files';

export interface BatchRequest {
  jobId: string;
  folder: string;
  quarter: string;
  /** Overrides each account's saved narrative choice. */
  language?: QbrLanguage | undefined;
  paper?: PaperSize | undefined;
  segment?: string | undefined;
  accountIds?: readonly string[] | undefined;
  /** Accounts churned before the quarter's end are skipped unless this is set. */
  includeChurned?: boolean | undefined;
  today: IsoDate;
  /** The date the data are current to (the workspace's as-of); defaults to today. */
  asOf?: IsoDate | undefined;
  appVersion?: string | undefined;
  /** When the export happened, as stored in the export log. */
  at: () => string;
  defaultLanguage: QbrLanguage;
  signal?: AbortSignal | undefined;
  onProgress?: (progress: EventPayload<'export:progress'>) => void;
}

function selectAccounts(ws: Workspace, req: BatchRequest): { id: string; name: string }[] {
  const rows = selectAll(
    ws.db,
    req.segment === undefined
      ? 'SELECT id, name FROM accounts ORDER BY name, id'
      : 'SELECT id, name FROM accounts WHERE segment = ? ORDER BY name, id',
    req.segment === undefined ? [] : [req.segment],
  ).map((row) => ({ id: String(row.id), name: String(row.name) }));
  if (!req.accountIds) return rows;
  const known = new Map(rows.map((a) => [a.id, a]));
  const missing = req.accountIds.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new AppError('NOT_FOUND', `No such account: ${missing.slice(0, 5).join(', ')}.`);
  }
  return req.accountIds.map((id) => known.get(id)!);
}

function messageOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `${code}: ${(error as Error).message}` : String((error as Error).message ?? error);
}

export async function exportBatch(ws: Workspace, req: BatchRequest): Promise<QbrBatchSummary> {
  fs.mkdirSync(req.folder, { recursive: true });
  const chosen = selectAccounts(ws, req);
  // A pack for a customer who has already left (ARR 0, a stale score) helps no one.
  const churned = req.includeChurned
    ? new Set<string>()
    : churnedBy(ws.db, quarterPeriod(req.quarter).to);
  const accounts = chosen.filter((a) => !churned.has(a.id));
  ensureHealthFresh(ws, req.asOf ?? req.today);
  const stems = uniqueStems(accounts);
  const summary: QbrBatchSummary = {
    jobId: req.jobId,
    folder: req.folder,
    quarter: req.quarter,
    total: accounts.length,
    skippedChurned: chosen
      .filter((a) => churned.has(a.id))
      .map((a) => ({ accountId: a.id, accountName: a.name })),
    written: [],
    failed: [],
    cancelled: false,
  };
  // Nothing of a pack is kept once it is written: its garbage is collected as the batch goes.
  const releaseGarbage = heapWatermark();
  // The export log is written once, when the batch ends however it ends: one transaction per pack
  // set off a save of the whole workspace every couple of seconds, so a batch of every account
  // wrote the workspace a number of times that grew with the book (accounts x workspace size).
  const exported: Parameters<typeof recordExport>[1][] = [];
  try {
    for (const account of accounts) {
      if (req.signal?.aborted) {
        summary.cancelled = true;
        break;
      }
      let error: string | null = null;
      try {
        const saved = getNarrative(ws.db, account.id, req.quarter, req.defaultLanguage).narrative;
        const narrative = {
          ...saved,
          language: req.language ?? saved.language,
          paper: req.paper ?? saved.paper,
        };
        const doc = buildQbrDocument(ws.db, {
          accountId: account.id,
          quarter: req.quarter,
          narrative,
          today: req.today,
          asOf: req.asOf,
          appVersion: req.appVersion,
        });
        const { written } = await writeQbrPack(
          doc,
          packPaths(req.folder, stems.get(account.id)!, req.quarter),
        );
        exported.push({
          accountId: account.id,
          quarter: req.quarter,
          language: narrative.language,
          files: written,
          exportedAt: req.at(),
        });
        summary.written.push({ accountId: account.id, accountName: account.name, files: written });
      } catch (err) {
        error = messageOf(err);
        summary.failed.push({ accountId: account.id, accountName: account.name, message: error });
      }
      req.onProgress?.({
        jobId: req.jobId,
        done: summary.written.length + summary.failed.length,
        total: accounts.length,
        accountId: account.id,
        accountName: account.name,
        error,
      });
      releaseGarbage();
    }
  } finally {
    if (exported.length > 0)
      ws.transaction(() => {
        for (const entry of exported) recordExport(ws.db, entry);
      });
  }
  return summary;
}
