import type { AppContext } from '../../../kernel/AppContext';
import type { Handlers } from '../../../infrastructure/http/handler';
import { createConsoleUser } from '../../../domain/consoleUsers/createConsoleUser';
import { deleteConsoleUser } from '../../../domain/consoleUsers/deleteConsoleUser';
import { getConsoleUser } from '../../../domain/consoleUsers/getConsoleUser';
import { listConsoleUsers } from '../../../domain/consoleUsers/listConsoleUsers';
import { updateConsoleUser } from '../../../domain/consoleUsers/updateConsoleUser';

/** `/v1/users`: the organisation's console users (admin; admin:read to list and get). */
export function consoleUserHandlers(deps: AppContext): Handlers {
  return {
    listUsers: ({ caller, query }) => listConsoleUsers(deps, { orgId: caller.orgId, now: deps.clock.now(), ...query }),
    createUser: ({ caller, body }) =>
      createConsoleUser(deps, {
        orgId: caller.orgId,
        email: body.email,
        name: body.name,
        role: body.role,
        initialPassword: body.initial_password,
      }),
    getUser: ({ caller, params }) =>
      getConsoleUser(deps, { orgId: caller.orgId, id: params.id, now: deps.clock.now() }),
    updateUser: ({ caller, params, body }) =>
      updateConsoleUser(deps, { orgId: caller.orgId, id: params.id, change: body }),
    deleteUser: ({ caller, params }) => deleteConsoleUser(deps, { orgId: caller.orgId, id: params.id }),
  };
}
