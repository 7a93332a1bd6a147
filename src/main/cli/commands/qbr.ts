import { todayOf } from '../../platform/clock';
import path from 'node:path';
import { Locale } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { QbrLanguage, PaperSize } from '../../../shared/qbr/document';
import { writeQbrPack } from '../../export/pack';
import type { PackPaths } from '../../export/pack';
import { exportBatch } from '../../qbr/batch';
import { recordExport } from '../../qbr/export-log';
import { quarterPeriod } from '../../qbr/quarters';
import { documentFor, narrativeOrSaved } from '../../qbr/service';
import { asOfDay } from '../../time/as-of';
import type { CliCommand } from '../context';
import { UsageError, commandOptions, printJson } from '../context';

function language(value: string | undefined): QbrLanguage | undefined {
  if (value === undefined) return undefined;
  const parsed = Locale.safeParse(value);
  if (!parsed.success) throw new UsageError('--lang must be en, th or tr');
  return parsed.data;
}

function paper(value: string | undefined): PaperSize | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if (upper !== 'A4' && upper !== 'LETTER') throw new UsageError('--paper must be a4 or letter');
  return upper;
}

export const qbrCommand: CliCommand = {
  name: 'qbr',
  usage:
    'qbr --workspace FILE --account ID --quarter YYYY-Qn [--lang en|th|tr] [--paper a4|letter] [--pdf OUT.pdf] [--deck OUT.pptx] [--deck-pdf OUT.pdf]\n' +
    '    qbr --workspace FILE --all --quarter YYYY-Qn --out DIR [--lang ...] [--paper ...] [--include-churned]\n' +
    '                                               (--all skips accounts churned before the quarter ends)\n' +
    '                                               QBR pack: report PDF, deck PPTX and deck PDF',
  async run(args, services, io) {
    const values = commandOptions(
      this,
      args,
      {
        workspace: { type: 'string' },
        account: { type: 'string' },
        all: { type: 'boolean' },
        quarter: { type: 'string' },
        lang: { type: 'string' },
        paper: { type: 'string' },
        pdf: { type: 'string' },
        deck: { type: 'string' },
        'deck-pdf': { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
        'include-churned': { type: 'boolean' },
      },
      ['workspace'],
    );
    if (!values.quarter || !/^\d{4}-Q[1-4]$/.test(values.quarter))
      throw new UsageError('qbr needs --quarter YYYY-Qn, e.g. 2025-Q3');
    quarterPeriod(values.quarter);
    const lang = language(values.lang);
    const size = paper(values.paper);
    const today = todayOf(services.clock);
    const at = () => services.clock.now().toISOString();

    if (values.all) {
      if (!values.out) throw new UsageError('qbr --all needs --out DIR');
      const ws = await services.workspaces.open(values.workspace);
      const summary = await exportBatch(ws, {
        jobId: 'cli',
        folder: path.resolve(values.out),
        quarter: values.quarter,
        language: lang,
        paper: size,
        includeChurned: values['include-churned'] === true,
        today,
        asOf: asOfDay(ws.db, services),
        appVersion: services.appVersion,
        at,
        defaultLanguage: lang ?? 'en',
        onProgress: (p) =>
          io.err(`${p.done}/${p.total} ${p.accountName}${p.error ? ` FAILED: ${p.error}` : ''}\n`),
      });
      if (summary.skippedChurned.length > 0) {
        io.err(
          `Skipped ${summary.skippedChurned.length} account(s) churned before the end of ${values.quarter} (--include-churned writes them): ${summary.skippedChurned.map((a) => a.accountName).join(', ')}\n`,
        );
      }
      printJson(io, summary);
      if (summary.failed.length > 0) {
        throw new AppError(
          'SAVE_FAILED',
          `${summary.failed.length} of ${summary.total} packs failed; see "failed" above.`,
        );
      }
      return;
    }

    if (!values.account) throw new UsageError('qbr needs --account ID (or --all --out DIR)');
    const targets: PackPaths = {
      ...(values.pdf ? { pdfPath: path.resolve(values.pdf) } : {}),
      ...(values.deck ? { deckPath: path.resolve(values.deck) } : {}),
      ...(values['deck-pdf'] ? { deckPdfPath: path.resolve(values['deck-pdf']) } : {}),
    };
    if (Object.keys(targets).length === 0)
      throw new UsageError('qbr needs at least one of --pdf, --deck, --deck-pdf');
    const ws = await services.workspaces.open(values.workspace);
    const saved = narrativeOrSaved(ws, values.account, values.quarter, undefined);
    const narrative = { ...saved, language: lang ?? saved.language, paper: size ?? saved.paper };
    const doc = documentFor(
      ws,
      { accountId: values.account, quarter: values.quarter, narrative },
      today,
      { asOf: asOfDay(ws.db, services), appVersion: services.appVersion },
    );
    const { written } = await writeQbrPack(doc, targets);
    const record = ws.transaction(() =>
      recordExport(ws.db, {
        accountId: doc.meta.accountId,
        quarter: doc.meta.quarter,
        language: doc.meta.language,
        files: written,
        exportedAt: at(),
      }),
    );
    if (values.json) return printJson(io, { ...record, accountName: doc.meta.accountName });
    io.out(
      `${doc.meta.accountName} ${doc.meta.quarter}:\n${written.map((f) => `  ${f}`).join('\n')}\n`,
    );
  },
};
