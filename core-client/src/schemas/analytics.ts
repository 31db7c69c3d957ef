import { z } from 'zod';
import { Timestamp } from './common';

/** The longest range one analytics request may cover. */
export const ANALYTICS_MAX_RANGE_DAYS = 366;
/** The range when none is given: the 30 days up to now. */
export const ANALYTICS_DEFAULT_RANGE_DAYS = 30;

export const VerificationAnalyticsQuery = z.object({
  from: Timestamp.optional().describe('Verifications created at or after (default: `to` minus 30 days)'),
  to: Timestamp.optional().describe('Verifications created before (default: now)'),
});
export type VerificationAnalyticsQuery = z.input<typeof VerificationAnalyticsQuery>;

const Count = z.number().int().min(0);
const Rate = z.number().min(0).max(1).nullable();

/** Counts of verifications by outcome; `running` is pending or opened. */
export const OutcomeCounts = z.object({
  total: Count,
  passed: Count,
  failed: Count,
  expired: Count,
  cancelled: Count,
  running: Count,
});
export type OutcomeCounts = z.infer<typeof OutcomeCounts>;

/** Seconds to verify over passed verifications: median and 90th percentile (null without any). */
export const DurationStats = z.object({
  count: Count,
  median_seconds: z.number().nullable(),
  p90_seconds: z.number().nullable(),
});

/** One row of a breakdown: the key (a channel, an agent, a ticket system, a Link id) with its counts. */
export const AnalyticsBreakdownRow = OutcomeCounts.extend({
  key: z.string(),
  label: z.string(),
});

/**
 * The dashboard's numbers for verifications created in [from, to), computed in SQL per organisation.
 * Rates divide by the finished ones (passed + failed + expired + cancelled); null when none finished.
 */
export const VerificationAnalytics = z.object({
  from: Timestamp,
  to: Timestamp,
  totals: OutcomeCounts.extend({
    by_status: z.object({
      pending: Count,
      opened: Count,
      passed: Count,
      failed: Count,
      expired: Count,
      cancelled: Count,
    }),
  }),
  rates: z.object({ pass: Rate, fail: Rate, expired: Rate, cancelled: Rate }),
  series: z
    .array(
      OutcomeCounts.extend({
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .describe('UTC day'),
      }),
    )
    .describe('One entry per UTC day of the range, zeros included'),
  time_to_verify: z.object({
    opened_to_completed: DurationStats.describe(
      'From the employee pressing start to the decision: the time the employee spent',
    ),
    created_to_completed: DurationStats.describe(
      'From the agent asking to the decision: the time the help desk waited',
    ),
  }),
  risk_histogram: z
    .array(z.object({ min: z.number().int(), max: z.number().int(), count: Count }))
    .length(10)
    .describe('Finished verifications by risk score: 0–9, 10–19, …, 90–100'),
  by_channel: z.array(AnalyticsBreakdownRow).describe('A verification sent by email and SMS counts once in each'),
  by_agent: z.array(AnalyticsBreakdownRow).describe('Keyed by the agent email, else id, else name; top 20'),
  by_ticket_system: z.array(AnalyticsBreakdownRow),
  by_link: z.array(AnalyticsBreakdownRow).describe('Keyed by Link id, labelled with its name; top 20'),
});
export type VerificationAnalytics = z.infer<typeof VerificationAnalytics>;
