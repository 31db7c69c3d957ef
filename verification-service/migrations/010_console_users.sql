-- Console sign-in (issue 7): the people of an organisation who use the console, their sessions and
-- the organisation's OpenID Connect provider.

-- An email names one console user across the service, so password sign-in needs no organisation.
-- password_hash is scrypt (NULL: SSO only); oidc_subject is the IdP's `sub` once they used SSO.
CREATE TABLE console_users (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'agent', 'auditor')),
  disabled boolean NOT NULL DEFAULT false,
  password_hash text,
  oidc_subject text,
  failed_sign_ins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  last_sign_in_at timestamptz
);
CREATE INDEX console_users_org ON console_users (org_id, created_at DESC, id DESC);
CREATE UNIQUE INDEX console_users_oidc_subject ON console_users (org_id, oidc_subject);

-- The cookie carries a random session secret; only its SHA-256 is stored.
CREATE TABLE console_sessions (
  id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  user_id text NOT NULL REFERENCES console_users (id) ON DELETE CASCADE,
  token_hash bytea NOT NULL UNIQUE,
  method text NOT NULL CHECK (method IN ('password', 'oidc', 'passkey')),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX console_sessions_user ON console_sessions (org_id, user_id);

-- One OpenID Connect provider per organisation; the client secret is sealed with the service key.
CREATE TABLE console_oidc_configs (
  org_id text PRIMARY KEY REFERENCES organizations (id),
  issuer text NOT NULL,
  client_id text NOT NULL,
  client_secret_sealed bytea NOT NULL,
  allowed_email_domains text[] NOT NULL,
  default_role text NOT NULL CHECK (default_role IN ('admin', 'agent', 'auditor')),
  role_claim text,
  role_mapping jsonb NOT NULL,
  enabled boolean NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

-- Passkeys a console user enrolled from a session, for passwordless sign-in (discoverable credentials).
CREATE TABLE console_passkeys (
  credential_id text PRIMARY KEY,
  org_id text NOT NULL REFERENCES organizations (id),
  user_id text NOT NULL REFERENCES console_users (id) ON DELETE CASCADE,
  public_key bytea NOT NULL,
  counter bigint NOT NULL,
  transports text[] NOT NULL,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz
);
CREATE INDEX console_passkeys_user ON console_passkeys (org_id, user_id);

-- WebAuthn challenges, single use: consumed (deleted) by the first response that names them.
CREATE TABLE console_webauthn_challenges (
  challenge_hash bytea PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('register', 'sign_in')),
  org_id text REFERENCES organizations (id),
  user_id text,
  expires_at timestamptz NOT NULL
);
