import { ChartLegend } from './ChartLegend';
import { OUTCOME_SERIES, type OutcomeCountsLike } from './outcomeSeries';

const W = 720;
const H = 220;
const PAD = { top: 12, right: 8, bottom: 28, left: 36 };

/** Verifications per UTC day as stacked bars by outcome; the accessible name summarises the range. */
export function TimeSeriesChart({ series }: { series: readonly (OutcomeCountsLike & { date: string })[] }) {
  const max = Math.max(1, ...series.map((d) => d.total));
  const total = series.reduce((sum, d) => sum + d.total, 0);
  const peak = series.reduce<(typeof series)[number] | null>(
    (best, d) => (best === null || d.total > best.total ? d : best),
    null,
  );
  const first = series[0]?.date;
  const last = series[series.length - 1]?.date;
  const summary =
    total === 0
      ? `No verifications from ${first ?? '—'} to ${last ?? '—'}.`
      : `Verifications per day from ${first} to ${last}: ${total} in all, busiest day ${peak?.date} with ${peak?.total}. ` +
        OUTCOME_SERIES.map((s) => `${s.label} ${series.reduce((sum, d) => sum + d[s.key], 0)}`).join(', ') +
        '.';
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, series.length);
  const barW = Math.max(1, slot * 0.75);
  const y = (v: number) => (v / max) * plotH;
  const labelEvery = Math.max(1, Math.ceil(series.length / 8));
  return (
    <figure class="chart-figure">
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        <line class="axis" x1={PAD.left} y1={PAD.top + plotH} x2={W - PAD.right} y2={PAD.top + plotH} />
        <text x={PAD.left - 6} y={PAD.top + 4} text-anchor="end">
          {max}
        </text>
        <text x={PAD.left - 6} y={PAD.top + plotH} text-anchor="end">
          0
        </text>
        {series.map((d, i) => {
          let top = PAD.top + plotH;
          const x = PAD.left + i * slot + (slot - barW) / 2;
          return (
            <g key={d.date}>
              <title>{`${d.date}: ${d.total} (${OUTCOME_SERIES.map((s) => `${s.label.toLowerCase()} ${d[s.key]}`).join(', ')})`}</title>
              {OUTCOME_SERIES.map((s) => {
                const h = y(d[s.key]);
                if (h <= 0) return null;
                top -= h;
                return <rect key={s.key} class={s.className} x={x} y={top} width={barW} height={h} />;
              })}
              {i % labelEvery === 0 && (
                <text x={x + barW / 2} y={H - 8} text-anchor="middle">
                  {d.date.slice(5)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ChartLegend items={OUTCOME_SERIES} />
    </figure>
  );
}
