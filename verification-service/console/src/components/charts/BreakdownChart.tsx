import { ChartLegend } from './ChartLegend';
import { OUTCOME_SERIES, type OutcomeCountsLike } from './outcomeSeries';

const W = 480;
const ROW = 26;
const LABEL_W = 130;

/** One horizontal bar per key (channel, agent, ticket system, Link), stacked by outcome. */
export function BreakdownChart({
  title,
  rows,
}: {
  title: string;
  rows: readonly (OutcomeCountsLike & { key: string; label: string })[];
}) {
  if (rows.length === 0) return <p class="muted">No verifications in this range.</p>;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const H = rows.length * ROW + 8;
  const barSpace = W - LABEL_W - 50;
  const summary =
    `${title}: ` + rows.map((r) => `${r.label} ${r.total} (${r.passed} passed, ${r.failed} failed)`).join('; ') + '.';
  return (
    <figure class="chart-figure">
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        {rows.map((r, i) => {
          const yTop = i * ROW + 4;
          let x = LABEL_W;
          return (
            <g key={r.key}>
              <title>{`${r.label}: ${r.total} (${OUTCOME_SERIES.map((s) => `${s.label.toLowerCase()} ${r[s.key]}`).join(', ')})`}</title>
              <text x={LABEL_W - 8} y={yTop + 14} text-anchor="end">
                {r.label.length > 20 ? `${r.label.slice(0, 19)}…` : r.label}
              </text>
              {OUTCOME_SERIES.map((s) => {
                const w = (r[s.key] / max) * barSpace;
                if (w <= 0) return null;
                const rect = <rect key={s.key} class={s.className} x={x} y={yTop} width={w} height={ROW - 8} />;
                x += w;
                return rect;
              })}
              <text x={x + 6} y={yTop + 14}>
                {r.total}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartLegend items={OUTCOME_SERIES} />
    </figure>
  );
}
