import type { Queryable } from '../../../kernel/database';

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
  db: Queryable,
  c: Omit<PasskeyCredential, 'lastUsedAt' | 'revokedAt'>,
): Promise<boolean> {
  const rows = await db.query(
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
  db: Queryable,
  orgId: string,
  employeeId: string,
  options: { activeOnly?: boolean } = {},
): Promise<PasskeyCredential[]> {
  const rows = await db.query<CredentialRow>(
    `SELECT * FROM passkey_credentials WHERE org_id = $1 AND employee_id = $2${options.activeOnly ? ' AND revoked_at IS NULL' : ''}
      ORDER BY created_at, credential_id`,
    [orgId, employeeId],
  );
  return rows.map(toCredential);
}

/** One credential of the organisation by its id, locked when `forUpdate`. */
export async function findPasskeyCredential(
  db: Queryable,
  orgId: string,
  credentialId: string,
  options: { forUpdate?: boolean } = {},
): Promise<PasskeyCredential | null> {
  const [row] = await db.query<CredentialRow>(
    `SELECT * FROM passkey_credentials WHERE org_id = $1 AND credential_id = $2${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [orgId, credentialId],
  );
  return row ? toCredential(row) : null;
}

/** Records a successful assertion: the new sign counter, backup state and time of use. */
export async function recordPasskeyUse(
  db: Queryable,
  orgId: string,
  credentialId: string,
  use: { counter: number; backupState: boolean; at: Date },
): Promise<void> {
  await db.query(
    'UPDATE passkey_credentials SET counter = $3, backup_state = $4, last_used_at = $5 WHERE org_id = $1 AND credential_id = $2',
    [orgId, credentialId, use.counter, use.backupState, use.at],
  );
}

/** Revokes an employee's credential (idempotent: the first revocation time stays). Null when unknown. */
export async function revokePasskeyCredential(
  db: Queryable,
  orgId: string,
  employeeId: string,
  credentialId: string,
  at: Date,
): Promise<PasskeyCredential | null> {
  const [row] = await db.query<CredentialRow>(
    `UPDATE passkey_credentials SET revoked_at = coalesce(revoked_at, $4)
      WHERE org_id = $1 AND employee_id = $2 AND credential_id = $3 RETURNING *`,
    [orgId, employeeId, credentialId, at],
  );
  return row ? toCredential(row) : null;
}
