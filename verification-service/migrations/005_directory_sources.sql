-- Directory sources (issue 6): an employee remembers which source provisioned it ('ldap', 'scim'),
-- so a sync only disables the people that left its own directory, never hand-made employees.
ALTER TABLE employees ADD COLUMN source text CHECK (source IN ('ldap', 'scim'));
-- Sources match on stable ids first (entryUUID, objectGUID, SCIM externalId).
CREATE INDEX employees_external_id ON employees (org_id, external_id);

-- One LDAP directory per organisation; the bind password is sealed with the service key.
CREATE TABLE ldap_sources (
  org_id text PRIMARY KEY REFERENCES organizations (id),
  url text NOT NULL,
  bind_dn text NOT NULL,
  password_sealed bytea NOT NULL,
  base_dn text NOT NULL,
  filter text NOT NULL,
  attributes jsonb NOT NULL,
  disabled_when jsonb,
  last_sync_at timestamptz,
  last_sync_result jsonb,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

-- SCIM 2.0 provisioning (Okta, Entra ID): the User resource as the identity provider last wrote it
-- (so PATCH paths such as name.givenName apply to what it sent), and when it deprovisioned the
-- employee (DELETE keeps the row and its verifications; the resource is gone for SCIM).
ALTER TABLE employees ADD COLUMN scim_resource jsonb;
ALTER TABLE employees ADD COLUMN deprovisioned_at timestamptz;
