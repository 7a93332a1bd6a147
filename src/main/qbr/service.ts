// The QBR operations behind the IPC channels and the CLI: the narrative, the document for a
// preview, and writing one account's pack.
import type {
  QbrChartImage,
  QbrExportRecord,
  QbrNarrative,
  QbrPreview,
} from '../../shared/ipc/contract';
import type { IsoDate } from '../../shared/domain/entities';
import type { QbrDocument, QbrLanguage } from '../../shared/qbr/document';
import { getAccount } from '../db/repos/accounts';
import { getSettings } from '../db/repos/settings';
import type { Workspace } from '../db/workspace';
import { outlineSvgText, renderChartSvg } from '../export/charts';
import { writeQbrPack } from '../export/pack';
import { sectionChart } from '../export/section-charts';
import { ensureHealthFresh } from '../health/recompute';
import { buildQbrDocument } from './build';
import { recordExport } from './export-log';
import { getNarrative } from './narrative-store';
import { packPathsBeside } from './pack-files';
import { quarterPeriod } from './quarters';

const PREVIEW_CHART = { width: 620, height: 295 };

export function uiLanguage(ws: Workspace): QbrLanguage {
  return getSettings(ws.db).locale;
}

/** The narrative to use: the one being edited if given, else the saved one (or the defaults). */
export function narrativeOrSaved(
  ws: Workspace,
  accountId: string,
  quarter: string,
  narrative: QbrNarrative | undefined,
): QbrNarrative {
  getAccount(ws.db, accountId);
  return narrative ?? getNarrative(ws.db, accountId, quarter, uiLanguage(ws)).narrative;
}

export function documentFor(
  ws: Workspace,
  req: { accountId: string; quarter: string; narrative?: QbrNarrative | undefined },
  today: IsoDate,
  opts: { asOf?: IsoDate; appVersion?: string } = {},
): QbrDocument {
  quarterPeriod(req.quarter);
  const narrative = narrativeOrSaved(ws, req.accountId, req.quarter, req.narrative);
  ensureHealthFresh(ws, opts.asOf ?? today);
  return buildQbrDocument(ws.db, {
    accountId: req.accountId,
    quarter: req.quarter,
    narrative,
    today,
    asOf: opts.asOf,
    appVersion: opts.appVersion,
  });
}

/** The document plus its charts as font-free SVG images the renderer can show in an <img>. */
export function previewOf(doc: QbrDocument): QbrPreview {
  const charts: QbrChartImage[] = doc.sections.flatMap((section) => {
    const spec = sectionChart(section, doc.meta.language);
    if (!spec) return [];
    const svg = outlineSvgText(renderChartSvg(spec, PREVIEW_CHART));
    return [
      {
        section: section.kind,
        src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      },
    ];
  });
  return { document: doc, charts };
}

export async function exportPack(
  ws: Workspace,
  doc: QbrDocument,
  reportPath: string,
  at: string,
): Promise<QbrExportRecord> {
  const { written } = await writeQbrPack(doc, packPathsBeside(reportPath));
  return ws.transaction(() =>
    recordExport(ws.db, {
      accountId: doc.meta.accountId,
      quarter: doc.meta.quarter,
      language: doc.meta.language,
      files: written,
      exportedAt: at,
    }),
  );
}
