// The workspace's as-of date and source coverage, asked again whenever the data change.
import { useEffect, useState } from 'react';
import type { WorkspaceAsOf } from '../../../../shared/domain/freshness';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';

let asking: { key: string; answer: Promise<WorkspaceAsOf> } | null = null;

/**
 * One request for every screen part that mounts at once (the Portfolio and the data-age banner
 * each want it as the app opens): a second identical one would queue in main ahead of the
 * first rows. Once answered, the next caller asks afresh.
 */
function askAsOf(key: string): Promise<WorkspaceAsOf> {
  if (asking?.key === key) return asking.answer;
  const answer = call('health:asOf', {});
  const done = () => {
    if (asking?.answer === answer) asking = null;
  };
  answer.then(done, done);
  asking = { key, answer };
  return answer;
}

export function useAsOf(): [WorkspaceAsOf | null, (next: WorkspaceAsOf) => void] {
  const dataVersion = useApp((s) => s.dataVersion);
  const path = useApp((s) => s.workspace?.path ?? null);
  const open = useApp((s) => s.workspace?.open ?? false);
  const [asOf, setAsOf] = useState<WorkspaceAsOf | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    askAsOf(`${dataVersion}|${path}`)
      .then((value) => live && setAsOf(value))
      .catch(() => live && setAsOf(null));
    return () => {
      live = false;
    };
  }, [dataVersion, path, open]);
  return [asOf, setAsOf];
}
