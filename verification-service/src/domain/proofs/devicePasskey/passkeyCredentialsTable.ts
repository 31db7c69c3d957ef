import type { Db, Tx } from '../../../kernel/database';

/** A database, or the transaction of the caller as `tx`. */

/** A stored passkey (`passkey_credentials`), as the proof and the API use it. */
export interface PasskeyCredential {
  credentialId: string;
  orgId: string;
  employeeId: string;
  publicKey: Uint8Array<ArrayBuffer>;
  counter: number;
  transports: string[];
  aaguid: string;
  fmt: string;
  attested: boolean;
  attestationDetail: string;
  backupEligible: boolean;
  backupState: boolean;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

interface CredentialRow {
  credential_id: string;
  org_id: string;
  employee_id: string;
  public_key: Uint8Array;
  counter: string | number;
  transports: string[];
  aaguid: string;
  fmt: string;
  attested: boolean;
  attestation_detail: string;
  backup_eligible: boolean;
  backup_state: boolean;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  [key: string]: unknown;
}

const toCredential = (r: CredentialRow): PasskeyCredential => ({
  credentialId: r.credential_id,
  orgId: r.org_id,
  employeeId: r.employee_id,
  publicKey: new Uint8Array(r.public_key),
  counter: Number(r.counter),
  transports: r.transports,
  aaguid: r.aaguid,
  fmt: r.fmt,
  attested: r.attested,
  attestationDetail: r.attestation_detail,
  backupEligible: r.backup_eligible,
  backupState: r.backup_state,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

/** Stores a newly enrolled credential. Returns false when the credential id is already registered. */
export async function insertPasskeyCredential(
  ctx: Db,
  input: Tx & { credential: Omit<PasskeyCredential, 'lastUsedAt' | 'revokedAt'> },
): Promise<boolean> {
  const c = input.credential;
  const rows = await (input.tx ?? ctx.db).query(
    `INSERT INTO passkey_credentials (credential_id, org_id, employee_id, public_key, counter, transports, aaguid, fmt, attested, attestation_detail,
                                      backup_eligible, backup_state, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (credential_id) DO NOTHING RETURNING credential_id`,
    [
      c.credentialId,
      c.orgId,
      c.employeeId,
      Buffer.from(c.publicKey),
      c.counter,
      JSON.stringify(c.transports),
      c.aaguid,
      c.fmt,
      c.attested,
      c.attestationDetail,
      c.backupEligible,
      c.backupState,
      c.createdAt,
    ],
  );
  return rows.length === 1;
}

/** The employee's credentials, oldest first; `activeOnly` leaves out revoked ones. */
export async function listPasskeyCredentials(
  ctx: Db,
  input: Tx & { orgId: string; employeeId: string; activeOnly?: boolean },
): Promise<PasskeyCredential[]> {
  const rows = await (input.tx ?? ctx.db).query<CredentialRow>(
    `SELECT * FROM passkey_credentials WHERE org_id = $1 AND employee_id = $2${input.activeOnly ? ' AND revoked_at IS NULL' : ''}
      ORDER BY created_at, credential_id`,
    [input.orgId, input.employeeId],
  );
  return rows.map(toCredential);
}

/** One credential of the organisation by its id, locked when `forUpdate`. */
export async function findPasskeyCredential(
  ctx: Db,
  input: Tx & { orgId: string; credentialId: string; forUpdate?: boolean },
): Promise<PasskeyCredential | null> {
  const [row] = await (input.tx ?? ctx.db).query<CredentialRow>(
    `SELECT * FROM passkey_credentials WHERE org_id = $1 AND credential_id = $2${input.forUpdate ? ' FOR UPDATE' : ''}`,
    [input.orgId, input.credentialId],
  );
  return row ? toCredential(row) : null;
}

/** Records a successful assertion: the new sign counter, backup state and time of use. */
export async function recordPasskeyUse(
  ctx: Db,
  input: Tx & { orgId: string; credentialId: string; counter: number; backupState: boolean; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'UPDATE passkey_credentials SET counter = $3, backup_state = $4, last_used_at = $5 WHERE org_id = $1 AND credential_id = $2',
    [input.orgId, input.credentialId, input.counter, input.backupState, input.at],
  );
}

/** Revokes an employee's credential (idempotent: the first revocation time stays). Null when unknown. */
export async function revokePasskeyCredential(
  ctx: Db,
  input: Tx & { orgId: string; employeeId: string; credentialId: string; at: Date },
): Promise<PasskeyCredential | null> {
  const [row] = await (input.tx ?? ctx.db).query<CredentialRow>(
    `UPDATE passkey_credentials SET revoked_at = coalesce(revoked_at, $4)
      WHERE org_id = $1 AND employee_id = $2 AND credential_id = $3 RETURNING *`,
    [input.orgId, input.employeeId, input.credentialId, input.at],
  );
  return row ? toCredential(row) : null;
}
