import type { OutcomeCounts, VerificationAnalytics } from '@helpdesk-verify/core-client/schemas';
import type { Queryable } from '../../kernel/database';
import { utcDaysOf } from './analyticsRange';

/** Counts by outcome of the rows of `v` in a group. */
const OUTCOMES = `count(*)::int AS total,
  count(*) FILTER (WHERE v.status = 'passed')::int AS passed,
  count(*) FILTER (WHERE v.status = 'failed')::int AS failed,
  count(*) FILTER (WHERE v.status = 'expired')::int AS expired,
  count(*) FILTER (WHERE v.status = 'cancelled')::int AS cancelled,
  count(*) FILTER (WHERE v.status IN ('pending', 'opened'))::int AS running`;

/** Verifications of the organisation created in the range; `$1` org, `$2` from, `$3` to (uses verifications_org). */
const IN_RANGE = 'v.org_id = $1 AND v.created_at >= $2 AND v.created_at < $3';

const TOP = 20;

type OutcomeRow = OutcomeCounts & { [column: string]: unknown };
type KeyedRow = OutcomeRow & { key: string; label: string };

const outcomes = (row: OutcomeRow | undefined): OutcomeCounts => ({
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
  db: Queryable,
  orgId: string,
  range: { from: Date; to: Date },
): Promise<VerificationAnalytics> {
  const params = [orgId, range.from, range.to];
  const [byStatus, series, durations, histogram, byChannel, byAgent, bySystem, byLink] = await Promise.all([
    db.query<{ status: string; n: number }>(
      `SELECT v.status, count(*)::int AS n FROM verifications v WHERE ${IN_RANGE} GROUP BY v.status`,
      params,
    ),
    db.query<OutcomeRow & { day: string }>(
      `SELECT to_char(v.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, ${OUTCOMES} FROM verifications v WHERE ${IN_RANGE} GROUP BY 1`,
      params,
    ),
    db.query<Record<string, unknown>>(
      `SELECT count(*) FILTER (WHERE v.opened_at IS NOT NULL)::int AS opened_count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM v.completed_at - v.opened_at)::float8) FILTER (WHERE v.opened_at IS NOT NULL) AS opened_median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM v.completed_at - v.opened_at)::float8) FILTER (WHERE v.opened_at IS NOT NULL) AS opened_p90,
              count(*)::int AS created_count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM v.completed_at - v.created_at)::float8) AS created_median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM v.completed_at - v.created_at)::float8) AS created_p90
         FROM verifications v WHERE ${IN_RANGE} AND v.status = 'passed' AND v.completed_at IS NOT NULL`,
      params,
    ),
    db.query<{ bucket: number; n: number }>(
      `SELECT least(greatest((v.risk->>'score')::int, 0) / 10, 9) AS bucket, count(*)::int AS n
         FROM verifications v WHERE ${IN_RANGE} AND v.risk IS NOT NULL GROUP BY 1`,
      params,
    ),
    db.query<KeyedRow>(
      `SELECT c AS key, c AS label, ${OUTCOMES} FROM verifications v CROSS JOIN LATERAL unnest(v.channels) AS c
        WHERE ${IN_RANGE} GROUP BY c ORDER BY total DESC, key LIMIT ${TOP}`,
      params,
    ),
    db.query<KeyedRow>(
      `SELECT a.key, min(v.agent->>'name') AS label, ${OUTCOMES}
         FROM verifications v CROSS JOIN LATERAL (SELECT coalesce(nullif(v.agent->>'email', ''), nullif(v.agent->>'id', ''), v.agent->>'name') AS key) a
        WHERE ${IN_RANGE} GROUP BY a.key ORDER BY total DESC, a.key LIMIT ${TOP}`,
      params,
    ),
    db.query<KeyedRow>(
      `SELECT v.ticket_system AS key, v.ticket_system AS label, ${OUTCOMES} FROM verifications v
        WHERE ${IN_RANGE} GROUP BY v.ticket_system ORDER BY total DESC, key LIMIT ${TOP}`,
      params,
    ),
    db.query<KeyedRow>(
      `SELECT v.link_id AS key, min(l.name) AS label, ${OUTCOMES} FROM verifications v JOIN links l ON l.id = v.link_id AND l.org_id = v.org_id
        WHERE ${IN_RANGE} GROUP BY v.link_id ORDER BY total DESC, key LIMIT ${TOP}`,
      params,
    ),
  ]);

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
  const keyed = (rows: KeyedRow[]) => rows.map((r) => ({ key: r.key, label: r.label ?? r.key, ...outcomes(r) }));
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
