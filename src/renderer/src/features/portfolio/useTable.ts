import { useEffect, useRef, useState } from 'react';
import type { TableAnswer, TableRequest } from '../../../../shared/ipc/contract';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { firstPageRequest, takeFirstPage } from './first-page';

type Query = Omit<TableRequest, 'limit' | 'waitForHealth'>;

/**
 * The accounts table. Opening the screen takes up to two answers: first the first rows without
 * waiting for health scores being recomputed (their columns blank; the answer to the request made
 * as the app started, when nothing has changed since), then, unless that was everything, all rows
 * with fresh scores. Later queries and data changes ask for all rows at once, keeping the last
 * answer on screen meanwhile; answers that arrive after a newer request started are dropped.
 */
export function useTable(query: Query): TableAnswer | null {
  const dataVersion = useApp((s) => s.dataVersion);
  const setError = useApp((s) => s.setError);
  const [value, setValue] = useState<TableAnswer | null>(null);
  const shown = useRef(false);
  const key = JSON.stringify(query);
  useEffect(() => {
    let live = true;
    const show = (answer: TableAnswer) => {
      if (!live) return false;
      shown.current = true;
      setValue(answer);
      return true;
    };
    const load = async () => {
      if (!shown.current) {
        const request = firstPageRequest(query);
        const early = takeFirstPage(request);
        const first =
          (dataVersion === 0 ? await early : null) ?? (await call('portfolio:table', request));
        if (!show(first) || (!first.healthPending && first.rows.length === first.matched)) return;
      }
      show(await call('portfolio:table', query));
    };
    load().catch((err: Error) => live && setError(err.message));
    return () => {
      live = false;
    };
    // `query` is rebuilt every render; `key` says when what it asks for changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, dataVersion, setError]);
  return value;
}
