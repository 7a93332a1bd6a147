import type { WeekValue } from '../../../../shared/analytics/goals/types';

/** Baseline to now in a small line, with the target as a dashed line (SVG, no chart library). */
export function Sparkline({ points, target }: { points: WeekValue[]; target: number | null }) {
  if (points.length < 2) return null;
  const width = 120;
  const height = 32;
  const values = points.map((p) => p.value).concat(target === null ? [] : [target]);
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const y = (v: number) => height - 2 - ((v - min) / span) * (height - 4);
  const x = (i: number) => (i / (points.length - 1)) * width;
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <svg
      className="goal-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      {target !== null && (
        <line x1={0} x2={width} y1={y(target)} y2={y(target)} stroke="#888" strokeDasharray="3 3" />
      )}
      <polyline points={line} fill="none" stroke="currentColor" strokeWidth={1.5} />
    </svg>
  );
}
