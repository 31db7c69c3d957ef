-- Passkeys (WebAuthn credentials) bound to an employee by the device_passkey proof. The credential
-- id (base64url) is unique across the service: one authenticator credential never belongs to two employees.
CREATE TABLE passkey_credentials (
  org_id text NOT NULL REFERENCES organizations (id),
  employee_id text NOT NULL REFERENCES employees (id) ON DELETE CASCADE,
  credential_id text PRIMARY KEY,
  public_key bytea NOT NULL,
  counter bigint NOT NULL DEFAULT 0,
  transports jsonb NOT NULL DEFAULT '[]',
  aaguid text NOT NULL,
  fmt text NOT NULL,
  attested boolean NOT NULL,
  attestation_detail text NOT NULL,
  backup_eligible boolean NOT NULL,
  backup_state boolean NOT NULL,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX passkey_credentials_employee ON passkey_credentials (org_id, employee_id);
