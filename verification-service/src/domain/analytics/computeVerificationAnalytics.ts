import type { OutcomeCounts, VerificationAnalytics } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { utcDaysOf } from './analyticsRange';
import {
  aggregateVerificationsInRange,
  type VerificationOutcomeRow,
  type VerificationKeyedRow,
} from '../verifications/verificationsTable';

const outcomes = (row: VerificationOutcomeRow | undefined): OutcomeCounts => ({
  total: row?.total ?? 0,
  passed: row?.passed ?? 0,
  failed: row?.failed ?? 0,
  expired: row?.expired ?? 0,
  cancelled: row?.cancelled ?? 0,
  running: row?.running ?? 0,
});

const seconds = (value: unknown): number | null =>
  value === null || value === undefined ? null : Math.round(Number(value) * 1000) / 1000;

/**
 * The dashboard's numbers for one organisation's verifications created in [from, to), each
 * computed by PostgreSQL (the same SQL on PGlite): totals by status, a per-UTC-day series by
 * outcome, rates over finished verifications, median and p90 seconds to verify (passed ones, from
 * opening and from creation), the risk score histogram and the top-20 breakdowns.
 */
export async function computeVerificationAnalytics(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string; range: { from: Date; to: Date } },
): Promise<VerificationAnalytics> {
  const { range } = input;
  const { byStatus, series, durations, histogram, byChannel, byAgent, bySystem, byLink } =
    await aggregateVerificationsInRange(ctx, { tx: input.tx, orgId: input.orgId, from: range.from, to: range.to });

  const status = Object.fromEntries(byStatus.map((r) => [r.status, r.n])) as Record<string, number | undefined>;
  const n = (s: string) => status[s] ?? 0;
  const totals = {
    total: byStatus.reduce((sum, r) => sum + r.n, 0),
    passed: n('passed'),
    failed: n('failed'),
    expired: n('expired'),
    cancelled: n('cancelled'),
    running: n('pending') + n('opened'),
    by_status: {
      pending: n('pending'),
      opened: n('opened'),
      passed: n('passed'),
      failed: n('failed'),
      expired: n('expired'),
      cancelled: n('cancelled'),
    },
  };
  const finished = totals.passed + totals.failed + totals.expired + totals.cancelled;
  const rate = (count: number) => (finished === 0 ? null : count / finished);
  const perDay = new Map(series.map((r) => [r.day, r]));
  const d = durations[0] ?? {};
  const buckets = new Map(histogram.map((r) => [r.bucket, r.n]));
  const keyed = (rows: VerificationKeyedRow[]) =>
    rows.map((r) => ({ key: r.key, label: r.label ?? r.key, ...outcomes(r) }));
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    totals,
    rates: {
      pass: rate(totals.passed),
      fail: rate(totals.failed),
      expired: rate(totals.expired),
      cancelled: rate(totals.cancelled),
    },
    series: utcDaysOf(range).map((date) => ({ date, ...outcomes(perDay.get(date)) })),
    time_to_verify: {
      opened_to_completed: {
        count: Number(d.opened_count ?? 0),
        median_seconds: seconds(d.opened_median),
        p90_seconds: seconds(d.opened_p90),
      },
      created_to_completed: {
        count: Number(d.created_count ?? 0),
        median_seconds: seconds(d.created_median),
        p90_seconds: seconds(d.created_p90),
      },
    },
    risk_histogram: Array.from({ length: 10 }, (_, i) => ({
      min: i * 10,
      max: i === 9 ? 100 : i * 10 + 9,
      count: buckets.get(i) ?? 0,
    })),
    by_channel: keyed(byChannel),
    by_agent: keyed(byAgent),
    by_ticket_system: keyed(bySystem),
    by_link: keyed(byLink),
  };
}
