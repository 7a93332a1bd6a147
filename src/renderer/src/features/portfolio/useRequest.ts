import { useEffect, useState } from 'react';
import { useApp } from '../../stores/app';

/**
 * Runs a request whenever its key changes or main reports changed data; keeps the last answer
 * while a new one is on its way, and drops answers that arrive after a newer request started.
 * A null key holds the request back (until what it waits for has arrived).
 */
export function useRequest<T>(key: string | null, load: () => Promise<T>): T | null {
  const dataVersion = useApp((s) => s.dataVersion);
  const setError = useApp((s) => s.setError);
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    load()
      .then((v) => live && setValue(v))
      .catch((err: Error) => live && setError(err.message));
    return () => {
      live = false;
    };
    // `load` is rebuilt every render; `key` says when what it asks for changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, dataVersion, setError]);
  return value;
}
