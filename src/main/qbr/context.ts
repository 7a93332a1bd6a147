// Everything one account's QBR is built from, read once: the account's records, its weekly
// health snapshots, open playbook tasks and experiment results as of the quarter's end, plus
// the document language's words and number formats.
import type { Database } from 'sql.js';
import { analyzeExperiment, renderMessage } from '../../shared/analytics/experiments';
import type { KpiResult, WordingMessage } from '../../shared/analytics/experiments';
import type { AccountData, HealthBands, HealthSnapshot } from '../../shared/analytics/health';
import { HEALTH_LABELS } from '../../shared/analytics/health';
import type { HealthLabelKey } from '../../shared/analytics/health';
import type { Period } from '../../shared/analytics/portfolio/periods';
import type { Account, Experiment, IsoDate } from '../../shared/domain/entities';
import { translate } from '../../shared/i18n';
import { metricLabel, metricNamesFor } from '../../shared/i18n/metric-names';
import type { MessageKey } from '../../shared/i18n';
import type { QbrNarrative } from '../../shared/ipc/contract';
import type { Presenter, QbrLanguage } from '../../shared/qbr/document';
import { listExperiments, loadObservations } from '../experiments/repo';
import { planStatus } from '../experiments/versions';
import { loadAccountData } from '../health/load';
import { readMetricNames } from '../metrics/names';
import { currentModel, modelVersions } from '../health/model-store';
import { readSnapshots } from '../health/snapshot-store';
import { quarterPeriod, shiftQuarter } from './quarters';

export type Tx = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface ExperimentOutcome {
  experiment: Experiment;
  results: KpiResult[];
  /** Plan version analysed, when it changed after its results were first viewed. */
  changedPlanVersion: number | null;
}

export interface QbrContext {
  language: QbrLanguage;
  t: Tx;
  /** A health catalogue label (component names, actions, owners), or the key when unknown. */
  healthLabel: (key: string) => string;
  /** An experiment sentence (headline, caution, next step) in the document's language. */
  experimentText: (message: WordingMessage) => string;
  /** A usage metric's name in the document's language: the workspace's own, else the default. */
  metricName: (key: string) => string;
  /** The names the workspace gave its metrics in the document's language (no defaults). */
  ownMetricNames: Readonly<Record<string, string>>;
  quarter: string;
  period: Period;
  previous: Period;
  /** The same quarter a year earlier, for the executive summary's comparisons. */
  yearAgo: Period;
  today: IsoDate;
  /** The date the workspace's data are current to. */
  asOf: IsoDate;
  presenter: Presenter;
  appVersion: string;
  modelVersion: number;
  account: Account;
  data: AccountData;
  narrative: QbrNarrative;
  snapshots: HealthSnapshot[];
  bands: HealthBands;
  experiments: ExperimentOutcome[];
}

function experimentsAsOf(db: Database, accountId: string, end: IsoDate): ExperimentOutcome[] {
  return listExperiments(db, accountId)
    .filter((experiment) => experiment.rolloutDate <= end)
    .flatMap((experiment) => {
      // A QBR about a past quarter shows what was known at its end, not later measurements.
      const observations = loadObservations(db, experiment.id).filter((o) => o.date <= end);
      if (observations.length === 0) return [];
      const status = planStatus(db, experiment.id);
      return [
        {
          experiment,
          results: analyzeExperiment(experiment, observations),
          changedPlanVersion: status.changedAfterResultsViewed ? status.version : null,
        },
      ];
    });
}

export function loadQbrContext(
  db: Database,
  opts: {
    account: Account;
    quarter: string;
    narrative: QbrNarrative;
    today: IsoDate;
    asOf: IsoDate;
    presenter: Presenter;
    appVersion: string;
  },
): QbrContext {
  const language = opts.narrative.language;
  const period = quarterPeriod(opts.quarter);
  const healthLabels = HEALTH_LABELS[language];
  const { model } = currentModel(db);
  const metricNames = metricNamesFor(language, readMetricNames(db));
  return {
    language,
    t: (key, params) => translate(language, key, params),
    healthLabel: (key) => healthLabels[key as HealthLabelKey] ?? key,
    experimentText: (message) => renderMessage(message, language),
    metricName: (key) => metricLabel(language, key, metricNames),
    ownMetricNames: metricNames,
    quarter: opts.quarter,
    period,
    previous: quarterPeriod(shiftQuarter(opts.quarter, -1)),
    yearAgo: quarterPeriod(shiftQuarter(opts.quarter, -4)),
    today: opts.today,
    asOf: opts.asOf,
    presenter: opts.presenter,
    appVersion: opts.appVersion,
    modelVersion: model.version,
    account: opts.account,
    data: loadAccountData(db, opts.account),
    narrative: opts.narrative,
    snapshots: readSnapshots(db, opts.account.id, modelVersions(db)),
    bands: model.bands,
    experiments: experimentsAsOf(db, opts.account.id, period.to),
  };
}

export const inPeriod = (date: IsoDate | null | undefined, period: Period): boolean =>
  date !== null && date !== undefined && date >= period.from && date <= period.to;
