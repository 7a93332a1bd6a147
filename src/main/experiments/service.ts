// The experiment operations behind the IPC channels and the CLI. Reads are plain; anything that
// writes (a plan, a version, the lock, pasted rows) runs in one workspace transaction.
import type { Database } from 'sql.js';
import { analyzeExperiment, renderMessage } from '../../shared/analytics/experiments';
import type { KpiResult, KpiWording, WordingLocale } from '../../shared/analytics/experiments';
import type { Experiment, ExperimentGroup } from '../../shared/domain/entities';
import type {
  ExperimentDetail,
  ExperimentPlanInput,
  ExperimentResults,
  ExperimentSummary,
  PasteOutcome,
  RenderedWording,
} from '../../shared/ipc/contract/experiments';
import { AppError } from '../../shared/ipc/result';
import { BatchWriter } from '../db/repos/batch-writer';
import { createBatch, finishBatch } from '../db/repos/import-batches';
import { selectAll } from '../db/repos/rows';
import { TABLES } from '../db/tables';
import type { Workspace } from '../db/workspace';
import { parsePastedObservations } from './paste';
import { assertValidPlan, normaliseKpis } from './plan-rules';
import { dataPreview } from './preview';
import {
  accountName,
  findExperiment,
  hasObservations,
  listExperiments,
  loadObservations,
  nextExperimentId,
  requireExperiment,
  saveExperiment,
} from './repo';
import { listVersions, lockLatest, planStatus, recordPlan } from './versions';

/**
 * Results are about to be shown: the plan in force becomes a version (if an import changed it)
 * and is locked. An experiment without data shows nothing, so it stays open.
 */
function markResultsViewed(ws: Workspace, experiment: Experiment, at: string): void {
  ws.transaction(() => {
    recordPlan(ws.db, experiment, at, 'imported');
    if (hasObservations(ws.db, experiment.id)) lockLatest(ws.db, experiment.id, at);
  });
}

function analyze(db: Database, experiment: Experiment): KpiResult[] {
  return analyzeExperiment(experiment, loadObservations(db, experiment.id));
}

export function renderWording(wording: KpiWording, locale: WordingLocale): RenderedWording {
  return {
    headline: renderMessage(wording.headline, locale),
    details: wording.details.map((m) => renderMessage(m, locale)),
    cautions: wording.cautions.map((m) => renderMessage(m, locale)),
    nextSteps: wording.nextSteps.map((m) => renderMessage(m, locale)),
  };
}

export function listExperimentSummaries(
  ws: Workspace,
  at: string,
  accountId?: string,
): ExperimentSummary[] {
  return listExperiments(ws.db, accountId).map((experiment) => {
    const hasData = hasObservations(ws.db, experiment.id);
    // The list shows the primary verdict, which is a result: seeing it locks the plan too.
    markResultsViewed(ws, experiment, at);
    const status = planStatus(ws.db, experiment.id);
    return {
      id: experiment.id,
      accountId: experiment.accountId,
      name: experiment.name,
      primaryKpi: experiment.primaryKpi,
      direction: experiment.direction,
      rolloutDate: experiment.rolloutDate,
      verdict: hasData ? (analyze(ws.db, experiment)[0]?.verdict ?? null) : null,
      planVersion: status.version,
      changedAfterResultsViewed: status.changedAfterResultsViewed,
    };
  });
}

export function getExperimentDetail(ws: Workspace, at: string, id: string): ExperimentDetail {
  const experiment = requireExperiment(ws.db, id);
  // An import may have changed the plan since it was last versioned.
  ws.transaction(() => recordPlan(ws.db, experiment, at, 'imported'));
  const versions = listVersions(ws.db, id);
  const status = planStatus(ws.db, id);
  return {
    experiment,
    accountName: accountName(ws.db, experiment.accountId),
    versions,
    locked: versions.some((v) => v.lockedAt !== null),
    changedAfterResultsViewed: status.changedAfterResultsViewed,
    preview: dataPreview(experiment, loadObservations(ws.db, id)),
  };
}

export function viewExperimentResults(
  ws: Workspace,
  at: string,
  id: string,
  locale: WordingLocale,
): ExperimentResults {
  const experiment = requireExperiment(ws.db, id);
  markResultsViewed(ws, experiment, at);
  return {
    experiment,
    plan: planStatus(ws.db, id),
    kpis: analyze(ws.db, experiment).map((result) => ({
      ...result,
      text: renderWording(result.wording, locale),
    })),
  };
}

export function createExperiment(
  ws: Workspace,
  at: string,
  input: { id?: string | undefined; accountId: string; plan: ExperimentPlanInput },
): ExperimentDetail {
  const created = ws.transaction(() => {
    if (accountName(ws.db, input.accountId) === null) {
      throw new AppError('NOT_FOUND', `There is no account ${input.accountId}.`);
    }
    const id = input.id ?? nextExperimentId(ws.db);
    if (findExperiment(ws.db, id)) {
      throw new AppError('CONFLICT', `An experiment with the id ${id} already exists.`);
    }
    const experiment = normaliseKpis({ ...input.plan, id, accountId: input.accountId });
    assertValidPlan(experiment);
    saveExperiment(ws.db, experiment);
    recordPlan(ws.db, experiment, at, 'created');
    return experiment;
  });
  return getExperimentDetail(ws, at, created.id);
}

export function updateExperiment(
  ws: Workspace,
  at: string,
  id: string,
  plan: ExperimentPlanInput,
): ExperimentDetail {
  ws.transaction(() => {
    const current = requireExperiment(ws.db, id);
    const next = normaliseKpis({ ...plan, id, accountId: current.accountId });
    assertValidPlan(next);
    // The plan in force is versioned first, so an edit never overwrites a plan someone saw.
    recordPlan(ws.db, current, at, 'imported');
    saveExperiment(ws.db, next);
    recordPlan(ws.db, next, at, 'edited');
  });
  return getExperimentDetail(ws, at, id);
}

function storedGroups(db: Database, experimentId: string): Map<string, ExperimentGroup> {
  const rows = selectAll(
    db,
    'SELECT DISTINCT unit_id, grp FROM experiment_observations WHERE experiment_id = ?',
    [experimentId],
  );
  return new Map(rows.map((row) => [String(row.unit_id), String(row.grp) as ExperimentGroup]));
}

/** Adds pasted rows as one undoable import batch, or refuses them all with the problems found. */
export function addPastedObservations(
  ws: Workspace,
  at: string,
  id: string,
  text: string,
): PasteOutcome {
  const experiment = requireExperiment(ws.db, id);
  const parsed = parsePastedObservations(text, experiment, storedGroups(ws.db, id));
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0]!;
    throw new AppError(
      'INVALID_INPUT',
      `${parsed.errors.length} pasted rows have problems, so none were added (row ${first.row}: ${first.message})`,
      parsed.errors.slice(0, 500),
    );
  }
  return ws.transaction(() => {
    const batchId = createBatch(ws.db, `Pasted observations for ${id}`, at);
    const writer = new BatchWriter(ws.db, batchId);
    const counts = { inserted: 0, updated: 0, unchanged: 0 };
    try {
      for (const row of parsed.observations) {
        counts[writer.upsert(TABLES.experiment_observations, { ...row })]++;
      }
    } finally {
      writer.finish();
    }
    finishBatch(ws.db, batchId, counts.inserted, counts.updated);
    return { rows: parsed.observations.length, ...counts, batchId };
  });
}
