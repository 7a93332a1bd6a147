import { Suspense, lazy } from 'react';
import type { ChartProps } from './EChart';

// ECharts is the largest part of the renderer's code: in a chunk of its own, loaded when the
// first chart mounts, so a screen's first paint (the Portfolio's first rows) never waits for it
// to be fetched and parsed.
const EChart = lazy(() => import('./EChart'));

/** A chart; until ECharts has loaded, an empty box of the chart's size holds its place. */
export function Chart(props: ChartProps) {
  const placeholder = (
    <div
      role="img"
      aria-label={props.ariaLabel}
      style={{ width: '100%', height: props.height ?? 260 }}
    />
  );
  return (
    <Suspense fallback={placeholder}>
      <EChart {...props} />
    </Suspense>
  );
}
