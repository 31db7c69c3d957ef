import type { PasskeyCredential as PasskeyCredentialJson } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../../kernel/AppContext';
import type { Handlers } from '../../../infrastructure/http/handler';
import { notFound } from '../../../kernel/ProblemError';
import { employeeExists } from '../../../domain/directory/employeesTable';
import {
  listPasskeyCredentials,
  revokePasskeyCredential,
  type PasskeyCredential,
} from '../../../domain/proofs/devicePasskey/passkeyCredentialsTable';

export function toPasskeyJson(c: PasskeyCredential): PasskeyCredentialJson {
  return {
    credential_id: c.credentialId,
    employee_id: c.employeeId,
    aaguid: c.aaguid,
    fmt: c.fmt,
    attested: c.attested,
    attestation_detail: c.attestationDetail,
    transports: c.transports,
    sign_count: c.counter,
    backup_eligible: c.backupEligible,
    backup_state: c.backupState,
    created_at: c.createdAt.toISOString(),
    last_used_at: c.lastUsedAt?.toISOString() ?? null,
    revoked_at: c.revokedAt?.toISOString() ?? null,
  };
}

/** `GET /v1/employees/{id}/passkeys` and `DELETE /v1/employees/{id}/passkeys/{credential_id}` (admin). */
export function passkeyHandlers(ctx: AppContext): Handlers {
  return {
    async listEmployeePasskeys({ params, caller }) {
      if (!(await employeeExists(ctx, { orgId: caller.orgId, id: params.id }))) throw notFound('employee', params.id);
      return {
        data: (await listPasskeyCredentials(ctx, { orgId: caller.orgId, employeeId: params.id })).map(toPasskeyJson),
      };
    },
    async revokeEmployeePasskey({ params, caller }) {
      const revoked = await revokePasskeyCredential(ctx, {
        orgId: caller.orgId,
        employeeId: params.id,
        credentialId: params.credential_id,
        at: ctx.clock.now(),
      });
      if (!revoked) throw notFound('passkey', params.credential_id);
      ctx.logger.info(
        { org_id: caller.orgId, employee_id: params.id, credential_id: params.credential_id },
        'passkey revoked',
      );
      return toPasskeyJson(revoked);
    },
  };
}
