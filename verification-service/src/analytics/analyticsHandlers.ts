import type { AppContext } from '../app/AppContext';
import type { Handlers } from '../http/handler';
import { analyticsRange } from './analyticsRange';
import { computeVerificationAnalytics } from './computeVerificationAnalytics';

/** `GET /v1/analytics/verifications` (scope `verifications:read`). */
export function analyticsHandlers(ctx: Pick<AppContext, 'db' | 'clock'>): Handlers {
  return {
    getVerificationAnalytics: ({ caller, query }) => computeVerificationAnalytics(ctx.db, caller.orgId, analyticsRange(query, ctx.clock.now())),
  };
}
