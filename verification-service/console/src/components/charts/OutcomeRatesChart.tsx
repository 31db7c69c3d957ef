import { ChartLegend } from './ChartLegend';

const W = 480;
const H = 36;

type Rates = { pass: number | null; fail: number | null; expired: number | null; cancelled: number | null };

const SEGMENTS = [
  { key: 'pass', label: 'Passed', className: 'c-passed' },
  { key: 'fail', label: 'Failed', className: 'c-failed' },
  { key: 'expired', label: 'Expired', className: 'c-expired' },
  { key: 'cancelled', label: 'Cancelled', className: 'c-cancelled' },
] as const;

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

/** Pass / fail / expired / cancelled shares of finished verifications as one 100% bar. */
export function OutcomeRatesChart({ rates }: { rates: Rates }) {
  const none = SEGMENTS.every((s) => rates[s.key] === null);
  const summary = none
    ? 'Outcome rates: no finished verifications in this range.'
    : 'Outcome rates of finished verifications: ' +
      SEGMENTS.map((s) => `${s.label.toLowerCase()} ${percent(rates[s.key])}`).join(', ') +
      '.';
  let x = 0;
  return (
    <figure class="chart-figure">
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        {none ? (
          <rect class="c-expired" x={0} y={4} width={W} height={H - 8} rx={4} />
        ) : (
          SEGMENTS.map((s) => {
            const w = (rates[s.key] ?? 0) * W;
            const rect = w > 0 ? <rect key={s.key} class={s.className} x={x} y={4} width={w} height={H - 8} /> : null;
            x += w;
            return rect;
          })
        )}
      </svg>
      <ChartLegend
        items={SEGMENTS.map((s) => ({ label: s.label, className: s.className, value: percent(rates[s.key]) }))}
      />
    </figure>
  );
}
