import type { AppContext } from '../../../kernel/AppContext';
import type { Handlers } from '../../../infrastructure/http/handler';
import { ProblemError } from '../../../kernel/ProblemError';
import { createEmployee } from '../../../domain/directory/createEmployee';
import { deleteEmployee } from '../../../domain/directory/deleteEmployee';
import { getEmployee } from '../../../domain/directory/getEmployee';
import { importEmployees } from '../../../domain/directory/importEmployees';
import { listEmployees } from '../../../domain/directory/listEmployees';
import { updateEmployee } from '../../../domain/directory/updateEmployee';

/**
 * The directory (`createEmployee` … `deleteEmployee`, `importEmployees` from JSON or `text/csv`),
 * scoped to the caller's organisation.
 */
export function directoryHandlers(ctx: AppContext): Handlers {
  return {
    createEmployee: ({ caller, body }) => createEmployee(ctx, { orgId: caller.orgId, employee: body }),
    listEmployees: ({ caller, query }) => listEmployees(ctx, { orgId: caller.orgId, ...query }),
    getEmployee: ({ caller, params }) => getEmployee(ctx, { orgId: caller.orgId, id: params.id }),
    updateEmployee: ({ caller, params, body }) =>
      updateEmployee(ctx, { orgId: caller.orgId, id: params.id, changes: body }),
    deleteEmployee: ({ caller, params }) => deleteEmployee(ctx, { orgId: caller.orgId, id: params.id }),
    importEmployees: async ({ caller, body, rawBody }) => {
      if (rawBody) {
        if (rawBody.contentType !== 'text/csv') {
          throw new ProblemError('unsupported_media_type', 'Send employees as application/json or text/csv');
        }
        return importEmployees(ctx, { orgId: caller.orgId, csv: rawBody.text });
      }
      return importEmployees(ctx, { orgId: caller.orgId, employees: body.employees });
    },
  };
}
