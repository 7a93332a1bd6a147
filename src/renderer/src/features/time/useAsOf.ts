// The workspace's as-of date and source coverage, asked again whenever the data change.
import { useEffect, useState } from 'react';
import type { WorkspaceAsOf } from '../../../../shared/domain/freshness';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';

export function useAsOf(): [WorkspaceAsOf | null, (next: WorkspaceAsOf) => void] {
  const dataVersion = useApp((s) => s.dataVersion);
  const path = useApp((s) => s.workspace?.path ?? null);
  const open = useApp((s) => s.workspace?.open ?? false);
  const [asOf, setAsOf] = useState<WorkspaceAsOf | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    call('health:asOf', {})
      .then((value) => live && setAsOf(value))
      .catch(() => live && setAsOf(null));
    return () => {
      live = false;
    };
  }, [dataVersion, path, open]);
  return [asOf, setAsOf];
}
