import type { AppContext } from '../../../kernel/AppContext';
import type { Handlers } from '../../../infrastructure/http/handler';
import { analyticsRange } from '../../../domain/analytics/analyticsRange';
import { computeVerificationAnalytics } from '../../../domain/analytics/computeVerificationAnalytics';

/** `GET /v1/analytics/verifications` (scope `verifications:read`). */
export function analyticsHandlers(ctx: Pick<AppContext, 'db' | 'clock'>): Handlers {
  return {
    getVerificationAnalytics: ({ caller, query }) =>
      computeVerificationAnalytics(ctx, { orgId: caller.orgId, range: analyticsRange(query, ctx.clock.now()) }),
  };
}
