import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { VerificationAnalytics } from '@helpdesk-verify/core-client/schemas';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { LoadState } from '../../../components/LoadState';
import { formatDuration } from '../../../components/formatDuration';
import { TimeSeriesChart } from '../../../components/charts/TimeSeriesChart';
import { OutcomeRatesChart } from '../../../components/charts/OutcomeRatesChart';
import { RiskHistogram } from '../../../components/charts/RiskHistogram';
import { BreakdownChart } from '../../../components/charts/BreakdownChart';
import type { PageProps } from '../../../ConsoleRoute';
import { dashboardRange, dayBefore } from './dashboardRange';
import '../operate.css';

const PRESETS = [7, 30, 90] as const;

/** The organisation's verifications in a date range: volume, outcomes, time to verify, risk and breakdowns. */
export function DashboardPage(_: PageProps) {
  const { query, route } = useLocation();
  const range = dashboardRange(query, new Date());
  const analytics = useLoad(
    () => api.getVerificationAnalytics({ query: { from: range.fromIso, to: range.toIso } }),
    [range.fromIso, range.toIso],
  );
  const [from, setFrom] = useState(range.fromDay);
  const [to, setTo] = useState(range.toDay);
  useEffect(() => {
    setFrom(range.fromDay);
    setTo(range.toDay);
  }, [range.fromDay, range.toDay]);
  const go = (fromDay: string, toDay: string) => route(`/console/?from=${fromDay}&to=${toDay}`);

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Dashboard</h1>
      <form
        class="range card"
        aria-label="Date range"
        onSubmit={(e) => {
          e.preventDefault();
          go(from, to);
        }}
      >
        <div>
          <label for="range-from">From</label>
          <input
            id="range-from"
            type="date"
            required
            value={from}
            max={to}
            onInput={(e) => setFrom(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for="range-to">To</label>
          <input
            id="range-to"
            type="date"
            required
            value={to}
            min={from}
            onInput={(e) => setTo(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button-primary">
          Show
        </button>
        {PRESETS.map((days) => (
          <button key={days} type="button" onClick={() => go(dayBefore(range.today, days - 1), range.today)}>
            Last {days} days
          </button>
        ))}
      </form>
      <LoadState state={analytics} what="the numbers">
        {(data) => <DashboardCharts data={data} />}
      </LoadState>
    </section>
  );
}

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

function DashboardCharts({ data }: { data: VerificationAnalytics }) {
  const ttv = data.time_to_verify;
  return (
    <>
      <div class="stats">
        <Stat label="Verifications" value={String(data.totals.total)} />
        <Stat label="Pass rate" value={percent(data.rates.pass)} />
        <Stat label="Running now" value={String(data.totals.running)} />
        <Stat
          label="Median time to verify"
          value={formatDuration(ttv.opened_to_completed.median_seconds)}
          hint="employee, start to decision"
        />
        <Stat
          label="90th percentile"
          value={formatDuration(ttv.opened_to_completed.p90_seconds)}
          hint="employee, start to decision"
        />
        <Stat
          label="Median wait for the help desk"
          value={formatDuration(ttv.created_to_completed.median_seconds)}
          hint={`p90 ${formatDuration(ttv.created_to_completed.p90_seconds)}`}
        />
      </div>
      {data.totals.total === 0 && (
        <p class="empty-state">
          No verifications were created in this range. Send one from Verifications → New verification or from a
          ticketing app.
        </p>
      )}
      <div class="charts">
        <ChartCard title="Verifications over time" wide>
          <TimeSeriesChart series={data.series} />
        </ChartCard>
        <ChartCard title="Outcomes">
          <OutcomeRatesChart rates={data.rates} />
        </ChartCard>
        <ChartCard title="Risk scores">
          <RiskHistogram buckets={data.risk_histogram} />
        </ChartCard>
        <ChartCard title="By channel">
          <BreakdownChart title="Verifications by channel" rows={data.by_channel} />
        </ChartCard>
        <ChartCard title="By agent">
          <BreakdownChart title="Verifications by agent" rows={data.by_agent} />
        </ChartCard>
        <ChartCard title="By ticketing system">
          <BreakdownChart title="Verifications by ticketing system" rows={data.by_ticket_system} />
        </ChartCard>
        <ChartCard title="By Link">
          <BreakdownChart title="Verifications by Link" rows={data.by_link} />
        </ChartCard>
      </div>
    </>
  );
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div class="stat">
      <span class="value">{value}</span>
      <span class="label">{label}</span>
      {hint && <span class="label small"> ({hint})</span>}
    </div>
  );
}

function ChartCard({ title, wide, children }: { title: string; wide?: boolean; children: ComponentChildren }) {
  const id = `chart-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section class={wide ? 'card chart-wide' : 'card'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
