/** A tiny inline trend of weekly health scores (0-100); plain SVG so thousands of rows stay cheap. */
export function Sparkline({ values, label }: { values: readonly number[]; label: string }) {
  if (values.length < 2) return <span className="muted">—</span>;
  const w = 72;
  const h = 20;
  const step = w / (values.length - 1);
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(h - (v / 100) * h).toFixed(1)}`);
  const last = values[values.length - 1]!;
  const first = values[0]!;
  const colour = last > first + 2 ? '#1f9d55' : last < first - 2 ? '#d64545' : '#6b7385';
  return (
    <svg width={w} height={h} role="img" aria-label={label} className="pf-spark">
      <polyline points={points.join(' ')} fill="none" stroke={colour} strokeWidth={1.5} />
    </svg>
  );
}
