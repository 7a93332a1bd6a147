import { useEffect, useState } from 'react';
import { useApp } from '../../stores/app';

/** Loads data for a screen part, again whenever main reports a change; errors go to the banner. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): T | null {
  const dataVersion = useApp((s) => s.dataVersion);
  const setError = useApp((s) => s.setError);
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    load()
      .then((v) => live && setValue(v))
      .catch((err: Error) => setError(err.message));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, dataVersion, setError]);
  return value;
}
