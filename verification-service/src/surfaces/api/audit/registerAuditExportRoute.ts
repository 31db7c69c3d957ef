import { Readable } from 'node:stream';
import { AuditLogFilter } from '@helpdesk-verify/core-client/schemas';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../kernel/AppContext';
import { authorizeApiRequest, type ApiAuthOptions } from '../registerApiRoutes';
import { ProblemError } from '../../../kernel/ProblemError';
import { unstorableTextErrors } from '../../../infrastructure/http/unstorableText';
import { zodIssuesToFieldErrors } from '../../../infrastructure/http/zodIssuesToFieldErrors';
import { auditCsvLines } from '../../../domain/audit/auditCsvLines';

export const AUDIT_EXPORT_PATH = '/v1/audit-log/export.csv';

/**
 * `GET /v1/audit-log/export.csv`: the audit log as streamed `text/csv`, with the filters of
 * `GET /v1/audit-log` and its `audit:read` scope (the endpoint table is JSON-only, so it lives beside it).
 */
export function registerAuditExportRoute(
  app: FastifyInstance,
  ctx: Pick<AppContext, 'db' | 'clock'>,
  auth: ApiAuthOptions,
): void {
  app.get(AUDIT_EXPORT_PATH, async (request, reply) => {
    const caller = await authorizeApiRequest(request, auth, 'audit:read');
    const textErrors = unstorableTextErrors(request.query, ['query']);
    if (textErrors.length > 0)
      throw new ProblemError('validation_error', 'The query contains text that cannot be stored', {
        errors: textErrors,
      });
    const parsed = AuditLogFilter.safeParse(request.query);
    if (!parsed.success) {
      throw new ProblemError('validation_error', 'The query is not valid', {
        errors: zodIssuesToFieldErrors(parsed.error.issues, ['query']),
      });
    }
    const day = ctx.clock.now().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="audit-log-${day}.csv"`)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(Readable.from(auditCsvLines(ctx, { orgId: caller.orgId, filter: parsed.data })));
  });
}
