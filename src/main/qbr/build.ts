// One account's QBR document for a quarter, built from the workspace in the narrative's
// language: every number from the data, the narrative from the CSM. A chosen section with
// nothing to show is left out of the customer's pack and listed in meta.omitted, with the
// reason, for the builder's pre-flight checklist.
import type { Database } from 'sql.js';
import type { IsoDate } from '../../shared/domain/entities';
import type { QbrNarrative } from '../../shared/ipc/contract';
import type { QbrDocument, QbrSection, SectionKind } from '../../shared/qbr/document';
import { QBR_SECTION_KINDS } from '../../shared/qbr/document';
import { getAccount } from '../db/repos/accounts';
import { getPresenter } from './presenter';
import { loadQbrContext } from './context';
import type { QbrContext } from './context';
import { appendixSection, sources } from './sections/appendix';
import { adoptionSection } from './sections/adoption';
import { healthSection } from './sections/health';
import { benchmarksSection } from './sections/benchmarks';
import { measuredGoalsSection } from './sections/goals';
import { titleSection } from './sections/narrative';
import { renewalSection } from './sections/renewal';
import { risksSection } from './sections/risks';
import { sentimentSection } from './sections/sentiment';
import { summarySection } from './sections/summary';
import { supportSection } from './sections/support';
import { valueSection } from './sections/value';

// Goals and benchmarks read the workspace itself (below), the others the loaded context.
const BUILDERS: Record<
  Exclude<SectionKind, 'goals' | 'benchmarks'>,
  (ctx: QbrContext) => QbrSection
> = {
  title: titleSection,
  executive_summary: summarySection,
  value_delivered: valueSection,
  adoption: adoptionSection,
  health: healthSection,
  support: supportSection,
  sentiment: sentimentSection,
  renewal: renewalSection,
  risks_next_steps: risksSection,
  appendix: appendixSection,
};

export interface BuildRequest {
  accountId: string;
  quarter: string;
  narrative: QbrNarrative;
  /** The day the document is generated (the app's clock). */
  today: IsoDate;
  /** The date the workspace's data are current to; defaults to today. */
  asOf?: IsoDate | undefined;
  appVersion?: string | undefined;
}

/**
 * Health snapshots are read as stored: callers bring them up to date first (ensureHealthFresh),
 * once for a whole batch rather than once per account.
 */
export function buildQbrDocument(db: Database, req: BuildRequest): QbrDocument {
  const account = getAccount(db, req.accountId);
  const ctx = loadQbrContext(db, {
    account,
    quarter: req.quarter,
    narrative: req.narrative,
    today: req.today,
    asOf: req.asOf ?? req.today,
    presenter: getPresenter(db),
    appVersion: req.appVersion ?? 'dev',
  });
  const chosen = new Set(req.narrative.sections);
  // Goals read the success plan's measured goals from the workspace, beside the narrative's.
  const built = QBR_SECTION_KINDS.filter((kind) => chosen.has(kind)).map((kind) =>
    kind === 'goals'
      ? measuredGoalsSection(db, ctx)
      : kind === 'benchmarks'
        ? benchmarksSection(db, ctx)
        : BUILDERS[kind](ctx),
  );
  return {
    meta: {
      accountId: account.id,
      accountName: account.name,
      quarter: req.quarter,
      language: req.narrative.language,
      paper: req.narrative.paper,
      companyName: ctx.presenter.companyName,
      presenter: ctx.presenter,
      generatedOn: req.today,
      dataAsOf: ctx.asOf,
      documentTitle: ctx.t('qbr.doc.title'),
      omitted: built.flatMap((s) =>
        s.status === 'no_data' ? [{ kind: s.kind, title: s.title, reason: s.message }] : [],
      ),
      sources: sources(ctx),
    },
    sections: built.filter((s) => s.status === 'ok'),
  };
}
