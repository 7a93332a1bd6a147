import {
  addPastedObservations,
  createExperiment,
  getExperimentDetail,
  listExperimentSummaries,
  updateExperiment,
  viewExperimentResults,
} from '../../experiments/service';
import type { Services } from '../../services';
import type { HandlerMap } from './types';

type ExperimentChannel =
  | 'experiments:list'
  | 'experiments:get'
  | 'experiments:results'
  | 'experiments:create'
  | 'experiments:update'
  | 'experiments:addObservations';

const now = (s: Services) => s.clock.now().toISOString();

export const experimentHandlers: HandlerMap<ExperimentChannel> = {
  'experiments:list': ({ accountId }, s) =>
    listExperimentSummaries(s.workspaces.require(), now(s), accountId),
  'experiments:get': ({ id }, s) => getExperimentDetail(s.workspaces.require(), now(s), id),
  'experiments:results': ({ id, locale }, s) =>
    viewExperimentResults(s.workspaces.require(), now(s), id, locale),
  'experiments:create': (input, s) => createExperiment(s.workspaces.require(), now(s), input),
  'experiments:update': ({ id, plan }, s) =>
    updateExperiment(s.workspaces.require(), now(s), id, plan),
  'experiments:addObservations': ({ id, text }, s) =>
    addPastedObservations(s.workspaces.require(), now(s), id, text),
};
