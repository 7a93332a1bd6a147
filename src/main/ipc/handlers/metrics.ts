import type { HandlerMap } from './types';
import { metricNamesAnswer, writeMetricNames } from '../../metrics/names';

export const metricHandlers: HandlerMap<'metrics:names' | 'metrics:setNames'> = {
  'metrics:names': (_input, s) => metricNamesAnswer(s.workspaces.require().db),
  'metrics:setNames': ({ names }, s) => {
    const ws = s.workspaces.require();
    return ws.transaction(() => {
      writeMetricNames(ws.db, names);
      return metricNamesAnswer(ws.db);
    });
  },
};
