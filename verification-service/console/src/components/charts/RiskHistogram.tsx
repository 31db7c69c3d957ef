import { ChartLegend } from './ChartLegend';

const W = 480;
const H = 200;
const PAD = { top: 12, bottom: 28, left: 36, right: 8 };

const band = (min: number) => (min >= 70 ? 'c-risk-high' : min >= 40 ? 'c-risk-mid' : 'c-risk-low');

/** Finished verifications by risk score bucket (0–9 … 90–100), coloured low / medium / high. */
export function RiskHistogram({ buckets }: { buckets: readonly { min: number; max: number; count: number }[] }) {
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, buckets.length);
  const high = buckets.filter((b) => b.min >= 70).reduce((sum, b) => sum + b.count, 0);
  const summary =
    total === 0
      ? 'Risk scores: no finished verifications in this range.'
      : `Risk scores of ${total} finished verifications: ` +
        buckets.map((b) => `${b.min}–${b.max}: ${b.count}`).join(', ') +
        `. ${high} scored 70 or more.`;
  return (
    <figure class="chart-figure">
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        <line class="axis" x1={PAD.left} y1={PAD.top + plotH} x2={W - PAD.right} y2={PAD.top + plotH} />
        <text x={PAD.left - 6} y={PAD.top + 4} text-anchor="end">
          {max}
        </text>
        {buckets.map((b, i) => {
          const h = (b.count / max) * plotH;
          const x = PAD.left + i * slot + slot * 0.1;
          return (
            <g key={b.min}>
              <title>{`Risk ${b.min}–${b.max}: ${b.count}`}</title>
              {h > 0 && <rect class={band(b.min)} x={x} y={PAD.top + plotH - h} width={slot * 0.8} height={h} />}
              <text x={x + slot * 0.4} y={H - 8} text-anchor="middle">
                {`${b.min}–${b.max}`}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartLegend
        items={[
          { label: 'Low (0–39)', className: 'c-risk-low' },
          { label: 'Medium (40–69)', className: 'c-risk-mid' },
          { label: 'High (70–100)', className: 'c-risk-high' },
        ]}
      />
    </figure>
  );
}
