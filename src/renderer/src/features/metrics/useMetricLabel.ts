// The workspace's metric names for every screen that shows a metric: loaded once per data change
// and shared, so a chart grid or a goal list does not ask main once per metric.
import { useCallback, useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { metricLabel, metricNamesFor } from '../../../../shared/i18n/metric-names';
import type { MetricNames } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';

interface NamesState {
  names: MetricNames;
  /** The workspace and data version the names were asked for; one request per change. */
  asked: string | null;
}

const useNames = create<NamesState>(() => ({ names: {}, asked: null }));

function load(asked: string): void {
  if (useNames.getState().asked === asked) return;
  useNames.setState({ asked });
  call('metrics:names', {})
    .then((answer) => {
      if (useNames.getState().asked === asked) useNames.setState({ names: answer.names });
    })
    // Without the workspace's names every metric still shows its translated or humanised default.
    .catch(() => undefined);
}

/** `(key) => name` in the current language: the workspace's name, else known, else humanised. */
export function useMetricLabel(): (key: string) => string {
  const { locale } = useI18n();
  // Null while no workspace is open; a workspace without a file yet is still one.
  const path = useApp((s) => (s.workspace?.open ? (s.workspace.path ?? '') : null));
  const dataVersion = useApp((s) => s.dataVersion);
  const names = useNames((s) => s.names);
  useEffect(() => {
    if (path === null) useNames.setState({ names: {}, asked: null });
    else load(`${path}#${dataVersion}`);
  }, [path, dataVersion]);
  const own = useMemo(() => metricNamesFor(locale, names), [locale, names]);
  return useCallback((key: string) => metricLabel(locale, key, own), [locale, own]);
}
