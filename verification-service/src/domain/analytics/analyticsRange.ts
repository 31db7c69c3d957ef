import {
  ANALYTICS_DEFAULT_RANGE_DAYS,
  ANALYTICS_MAX_RANGE_DAYS,
  type VerificationAnalyticsQuery,
} from '@helpdesk-verify/core-client/schemas';
import { ProblemError } from '../../kernel/ProblemError';

const DAY_MS = 86_400_000;

/** The [from, to) of an analytics request: defaults to the 30 days up to now; at most 366 days, from before to. */
export function analyticsRange(query: VerificationAnalyticsQuery, now: Date): { from: Date; to: Date } {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - ANALYTICS_DEFAULT_RANGE_DAYS * DAY_MS);
  if (from >= to) {
    throw new ProblemError('validation_error', '`from` must be before `to`', {
      errors: [{ path: ['query', 'from'], message: 'must be before to' }],
    });
  }
  if (to.getTime() - from.getTime() > ANALYTICS_MAX_RANGE_DAYS * DAY_MS) {
    throw new ProblemError('validation_error', `The range may cover at most ${ANALYTICS_MAX_RANGE_DAYS} days`, {
      errors: [{ path: ['query', 'from'], message: `at most ${ANALYTICS_MAX_RANGE_DAYS} days before to` }],
    });
  }
  return { from, to };
}

/** The UTC days (YYYY-MM-DD) the range touches, in order. */
export function utcDaysOf(range: { from: Date; to: Date }): string[] {
  const days: string[] = [];
  const last = new Date(range.to.getTime() - 1).toISOString().slice(0, 10);
  for (let t = Date.parse(range.from.toISOString().slice(0, 10)); ; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    days.push(day);
    if (day >= last) return days;
  }
}
